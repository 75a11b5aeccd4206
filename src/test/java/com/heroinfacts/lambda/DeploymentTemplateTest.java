package com.heroinfacts.lambda;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.heroinfacts.skill.SkillSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployment template against the code it deploys: what the ASK CLI passes in (ask-resources.json), what the
 * function runs, how versions are published and who may call it.
 */
class DeploymentTemplateTest {

    private static final Path TEMPLATE = Path.of("infrastructure/cfn-deployer/skill-stack.yaml");
    private static final Path ASK_RESOURCES = Path.of("ask-resources.json");
    /** Java 21's class file version: the newest the java21 runtime loads. */
    private static final int JAVA_21_CLASS_VERSION = 65;

    private static Map<String, Object> template;
    private static JsonNode userConfig;

    @BeforeAll
    static void read() throws IOException {
        template = CloudFormationYaml.read(TEMPLATE);
        userConfig = new ObjectMapper().readTree(ASK_RESOURCES.toFile())
                .path("profiles").path("default").path("skillInfrastructure").path("userConfig");
    }

    @Test
    void the_ask_cli_deploys_this_template_with_the_cfn_deployer() throws IOException {
        JsonNode infrastructure = new ObjectMapper().readTree(ASK_RESOURCES.toFile())
                .path("profiles").path("default").path("skillInfrastructure");

        assertThat(infrastructure.path("type").asText()).isEqualTo("@ask-cli/cfn-deployer");
        assertThat(Path.of(userConfig.path("templatePath").asText()).normalize()).isEqualTo(TEMPLATE);
        assertThat(map(template, "Outputs")).containsKey("SkillEndpoint");
    }

    @Test
    void the_handler_is_a_request_stream_handler_that_lambda_can_construct() throws Exception {
        String handler = userConfig.path("handler").asText();

        assertThat(parameter("LambdaHandler").get("AllowedValues")).isEqualTo(List.of(handler));
        assertThat(functionProperty("Handler")).isEqualTo(Map.of("Ref", "LambdaHandler"));
        Class<?> type = Class.forName(handler);
        assertThat(RequestStreamHandler.class).isAssignableFrom(type);
        assertThat(Modifier.isPublic(type.getModifiers()) && Modifier.isPublic(type.getConstructor().getModifiers())).isTrue();
    }

    @Test
    void the_runtime_is_java21_and_loads_the_compiled_classes() throws IOException {
        assertThat(userConfig.path("runtime").asText()).isEqualTo("java21");
        assertThat(parameter("LambdaRuntime").get("AllowedValues")).isEqualTo(List.of("java21"));
        assertThat(functionProperty("Runtime")).isEqualTo(Map.of("Ref", "LambdaRuntime"));
        assertThat(classFileVersion(HeroinFactsStreamHandler.class)).isLessThanOrEqualTo(JAVA_21_CLASS_VERSION);
    }

    @Test
    @SuppressWarnings("unchecked")
    void snapstart_is_on_and_the_skill_endpoint_is_an_alias_of_a_published_version() {
        assertThat(functionProperty("SnapStart")).isEqualTo(Map.of("ApplyOn", "PublishedVersions"));

        String alias = ref(map(map(template, "Outputs"), "SkillEndpoint").get("Value"));
        assertThat(resource(alias).get("Type")).isEqualTo("AWS::Lambda::Alias");
        List<Object> getAtt = (List<Object>) asMap(map(resource(alias), "Properties").get("FunctionVersion")).get("Fn::GetAtt");
        assertThat(getAtt).as("FunctionVersion: !GetAtt <version>.Version").hasSize(2).endsWith("Version");
        String versionResource = (String) getAtt.get(0);
        assertThat(resource(versionResource).get("Type")).isEqualTo("AWS::Lambda::Version");
        assertThat(ref(map(resource(versionResource), "Properties").get("FunctionName"))).isEqualTo(functionName());
        // kept on replacement, so that rolling back is moving the alias (DEPLOY.md)
        assertThat(resource(versionResource)).containsEntry("UpdateReplacePolicy", "Retain");
    }

    @Test
    void the_timeout_is_under_alexas_eight_seconds_and_the_memory_within_lambdas_range() {
        int timeout = ((Number) resolve(functionProperty("Timeout"))).intValue();
        int memory = ((Number) resolve(functionProperty("MemorySize"))).intValue();

        assertThat(timeout).isBetween(1, 7);
        assertThat(memory).isBetween(128, 10240);
    }

    @Test
    void only_this_skill_may_invoke_the_function_and_only_through_the_alias() {
        List<Map<String, Object>> permissions = resourcesOfType("AWS::Lambda::Permission");

        assertThat(permissions).hasSize(1);
        Map<String, Object> permission = map(permissions.get(0), "Properties");
        assertThat(permission).containsEntry("Principal", "alexa-appkit.amazon.com")
                .containsEntry("Action", "lambda:InvokeFunction")
                .containsEntry("EventSourceToken", Map.of("Ref", "SkillId"));
        assertThat(permission.get("FunctionName")).isEqualTo(map(map(template, "Outputs"), "SkillEndpoint").get("Value"));
    }

    @Test
    void the_environment_is_what_the_handler_reads_and_the_helplines_configured_are_valid() {
        Map<String, Object> variables = map(functionProperty("Environment"), "Variables");

        assertThat(variables).containsEntry(SkillSettings.SKILL_ID, Map.of("Ref", "SkillId"))
                .containsEntry(SkillSettings.HELPLINE_NUMBER, Map.of("Ref", "HelplineNumber"));
        String fromDefault = (String) parameter("HelplineNumber").get("Default");
        String fromAskResources = userConfig.path("cfn").path("parameters").path("HelplineNumber").asText();
        for (String helpline : List.of(fromDefault, fromAskResources)) {
            assertThat(SkillSettings.fromEnvironment(Map.of(SkillSettings.HELPLINE_NUMBER, helpline)).numbers().helpline())
                    .isEqualTo(helpline);
        }
    }

    @Test
    void logs_go_to_a_log_group_with_a_retention() {
        String logGroup = ref(asMap(functionProperty("LoggingConfig")).get("LogGroup"));

        assertThat(resource(logGroup).get("Type")).isEqualTo("AWS::Logs::LogGroup");
        assertThat(map(resource(logGroup), "Properties").get("RetentionInDays")).isEqualTo(Map.of("Ref", "LogRetentionDays"));
        assertThat(parameter("LogRetentionDays").get("Default")).isNotNull();
    }

    @Test
    void every_setting_of_the_function_is_in_the_version_description_so_a_change_publishes_a_new_version() {
        Set<String> settings = new HashSet<>();
        collectSettings(map(function(), "Properties"), settings);
        // resources are named after the stack, not set; the bucket and key travel with CodeVersion;
        // single-valued parameters cannot change
        settings.removeAll(map(template, "Resources").keySet());
        settings.removeAll(Set.of("CodeBucket", "CodeKey", "LambdaRuntime", "LambdaHandler"));

        Map<String, Object> version = resourcesOfType("AWS::Lambda::Version").get(0);
        Set<String> described = new HashSet<>();
        collectSettings(map(version, "Properties").get("Description"), described);

        assertThat(settings).contains("CodeVersion", "SkillId", "HelplineNumber", "JavaToolOptions", "MemorySize", "Timeout");
        assertThat(described).containsAll(settings);
    }

    @Test
    void the_version_description_fits_lambdas_256_characters_with_the_longest_values() {
        List<?> sub = (List<?>) asMap(map(resourcesOfType("AWS::Lambda::Version").get(0), "Properties").get("Description"))
                .get("Fn::Sub");
        Map<String, String> longest = Map.of("CodeVersion", "x".repeat(32), // S3 version ids are 32 characters
                "SkillId", "amzn1.ask.skill." + "0".repeat(36), "HelplineNumber", "0".repeat(20));
        String description = (String) sub.get(0);
        for (Map.Entry<?, ?> local : ((Map<?, ?>) sub.get(1)).entrySet()) {
            description = description.replace("${" + local.getKey() + "}", String.valueOf(resolve(local.getValue())));
        }
        for (Map.Entry<String, String> value : longest.entrySet()) {
            description = description.replace("${" + value.getKey() + "}", value.getValue());
        }

        assertThat(description).doesNotContain("${").hasSizeLessThanOrEqualTo(256);
    }

    @Test
    void the_java_tool_options_are_options_a_jvm_accepts() throws Exception {
        String options = (String) resolve(map(functionProperty("Environment"), "Variables").get("JAVA_TOOL_OPTIONS"));
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow()));
        command.addAll(List.of(options.split(" ")));
        command.add("-version");

        Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes());

        assertThat(java.waitFor()).as(output).isZero();
    }

    // --- reading the template

    private static Map<String, Object> parameter(String name) {
        return map(map(template, "Parameters"), name);
    }

    private static Map<String, Object> resource(String name) {
        Map<String, Object> resource = map(map(template, "Resources"), name);
        assertThat(resource).as("resource " + name).isNotNull();
        return resource;
    }

    private static List<Map<String, Object>> resourcesOfType(String type) {
        List<Map<String, Object>> found = new ArrayList<>();
        map(template, "Resources").values().forEach(r -> {
            if (type.equals(asMap(r).get("Type"))) {
                found.add(asMap(r));
            }
        });
        return found;
    }

    private static String functionName() {
        List<String> names = new ArrayList<>();
        map(template, "Resources").forEach((name, r) -> {
            if ("AWS::Lambda::Function".equals(asMap(r).get("Type"))) {
                names.add(name);
            }
        });
        assertThat(names).as("one function").hasSize(1);
        return names.get(0);
    }

    private static Map<String, Object> function() {
        return resource(functionName());
    }

    private static Object functionProperty(String name) {
        return map(function(), "Properties").get(name);
    }

    private static String ref(Object value) {
        assertThat(value).as("a !Ref").isInstanceOf(Map.class);
        return (String) asMap(value).get("Ref");
    }

    /** Resolves !FindInMap against the template's mappings; anything else is returned as written. */
    private static Object resolve(Object value) {
        if (value instanceof Map<?, ?> m && m.get("Fn::FindInMap") instanceof List<?> path) {
            return map(map(map(template, "Mappings"), (String) path.get(0)), (String) path.get(1)).get(path.get(2));
        }
        return value;
    }

    /** The names (by !Ref or ${...}) and tuning entries (by !FindInMap) a piece of the template depends on. */
    private static void collectSettings(Object node, Set<String> into) {
        if (node instanceof Map<?, ?> m) {
            if (m.get("Ref") instanceof String name) {
                into.add(name);
            }
            if (m.get("Fn::FindInMap") instanceof List<?> path) {
                into.add((String) path.get(2));
            }
            if (m.get("Fn::Sub") instanceof List<?> sub) {
                Matcher variable = Pattern.compile("\\$\\{([A-Za-z0-9]+)}").matcher((String) sub.get(0));
                Map<?, ?> locals = sub.size() > 1 ? (Map<?, ?>) sub.get(1) : Map.of();
                // a local variable counts only where the string uses it
                while (variable.find()) {
                    if (locals.containsKey(variable.group(1))) {
                        collectSettings(locals.get(variable.group(1)), into);
                    } else {
                        into.add(variable.group(1));
                    }
                }
                return;
            }
            m.values().forEach(v -> collectSettings(v, into));
        } else if (node instanceof List<?> list) {
            list.forEach(v -> collectSettings(v, into));
        }
    }

    /** The mapping under {@code key}, or null when there is none. */
    private static Map<String, Object> map(Object node, String key) {
        Object value = asMap(node).get(key);
        return value instanceof Map<?, ?> ? asMap(value) : null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object node) {
        return node instanceof Map<?, ?> ? (Map<String, Object>) node : Map.of();
    }

    private static int classFileVersion(Class<?> type) throws IOException {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class");
             DataInputStream data = new DataInputStream(in)) {
            data.readInt(); // magic
            data.readUnsignedShort(); // minor
            return data.readUnsignedShort();
        }
    }
}
