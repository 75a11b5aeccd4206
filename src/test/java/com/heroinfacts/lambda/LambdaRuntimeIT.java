package com.heroinfacts.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shaded jar under AWS Lambda's own Java runtime interface client, against the Runtime API on 127.0.0.1:
 * the handler string as Lambda resolves it, the stream contract, errors reported as Lambda reports them, and
 * SnapStart's init with the priming hook.
 */
class LambdaRuntimeIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration ANSWER = Duration.ofSeconds(20);
    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");
    private static final String SKILL_ID = "amzn1.ask.skill.runtime-it";

    private static Path taskRoot;
    private RuntimeApiEmulator api;
    private final List<LambdaRuntimeProcess> started = new ArrayList<>();

    @BeforeAll
    static void unpackTheJar() throws IOException {
        taskRoot = LambdaRuntimeProcess.taskRoot();
    }

    @BeforeEach
    void startTheApi() throws IOException {
        api = new RuntimeApiEmulator();
    }

    @AfterEach
    void stop() throws Exception {
        for (LambdaRuntimeProcess process : started) {
            process.close();
        }
        api.close();
    }

    @Test
    void the_handler_string_resolves_and_a_conversation_is_answered_through_the_runtime_api() throws Exception {
        start(LambdaRuntimeProcess.HANDLER, Map.of("SKILL_ID", SKILL_ID), List.of());

        JsonNode welcome = answer(Priming.request("launch.json", SKILL_ID, "en-US", null));
        JsonNode topic = answer(turn("SpeedballingIntent", welcome));
        JsonNode yes = answer(turn("AMAZON.YesIntent", topic));

        assertThat(speech(welcome)).startsWith("Welcome to Heroin Facts");
        assertThat(speech(topic)).contains("Speedballing");
        assertThat(topic.at("/sessionAttributes/offer").asText()).isNotBlank();
        assertThat(speech(yes)).doesNotContain("Speedballing");
        assertThat(api.calls()).startsWith("GET invocation/next").contains("POST invocation/00000000-0000-0000-0000-000000000001/response");
    }

    @Test
    void a_screen_devices_question_is_answered_from_the_jar_with_the_apl_screen() throws Exception {
        start(LambdaRuntimeProcess.HANDLER, Map.of("SKILL_ID", SKILL_ID), List.of());

        JsonNode answer = answer(Priming.request("screen-intent.json", SKILL_ID, "en-US", "NaloxoneIntent"));

        assertThat(speech(answer)).containsIgnoringCase("naloxone");
        assertThat(answer.at("/response/directives/0/type").asText()).isEqualTo("Alexa.Presentation.APL.RenderDocument");
        assertThat(answer.at("/response/directives/0/document/type").asText()).isEqualTo("APL");
    }

    @Test
    void a_request_for_another_skill_gets_a_refusal_not_a_function_error_and_the_runtime_carries_on() throws Exception {
        start(LambdaRuntimeProcess.HANDLER, Map.of("SKILL_ID", SKILL_ID), List.of());

        RuntimeApiEmulator.Result refused = api.invoke(
                Priming.request("launch.json", "amzn1.ask.skill.someone-else", "en-US", null), ANSWER);
        RuntimeApiEmulator.Result malformed = api.invoke("{\"version\": \"1.0\", \"request\": ".getBytes(StandardCharsets.UTF_8), ANSWER);
        JsonNode next = answer(Priming.request("launch.json", SKILL_ID, "en-US", null));

        // a Lambda error would make Alexa say "there was a problem with the requested skill's response"
        assertThat(refused.error()).isFalse();
        assertThat(refused.body()).isEqualTo(Refusal.WRONG_SKILL_ID.json());
        assertThat(malformed.error()).isFalse();
        assertThat(malformed.body()).isEqualTo(Refusal.MALFORMED_JSON.json());
        assertThat(speech(next)).startsWith("Welcome to Heroin Facts");
    }

    @Test
    void a_setting_the_skill_refuses_fails_the_init_and_is_reported_to_init_error() throws Exception {
        LambdaRuntimeProcess lambda = start(LambdaRuntimeProcess.HANDLER, Map.of("HELPLINE_NUMBER", "<call me>"), List.of());

        JsonNode error = JSON.readTree(api.initError(ANSWER));

        assertThat(error.path("errorMessage").asText()).contains("helpline number");
        assertThat(api.calls()).containsExactly("POST init/error");
        for (int i = 0; i < 50 && lambda.isAlive(); i++) {
            Thread.sleep(100);
        }
        assertThat(lambda.isAlive()).as("the runtime exits after an init error").isFalse();
    }

    @Test
    void a_handler_string_naming_no_class_is_reported_as_the_functions_error() throws Exception {
        start("com.heroinfacts.lambda.NoSuchHandler", Map.of(), List.of());

        RuntimeApiEmulator.Result result = api.invoke(Priming.request("launch.json", SKILL_ID, "en-US", null), ANSWER);

        assertThat(result.error()).isTrue();
        assertThat(result.text()).contains("ClassNotFoundException").contains("com.heroinfacts.lambda.NoSuchHandler");
    }

    @Test
    void a_snapstart_init_primes_before_the_snapshot_then_answers_after_the_restore() throws Exception {
        LambdaRuntimeProcess lambda = start(LambdaRuntimeProcess.HANDLER,
                Map.of("SKILL_ID", SKILL_ID, "AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start"), List.of());

        JsonNode welcome = answer(Priming.request("launch.json", SKILL_ID, "en-US", null));

        assertThat(api.calls()).startsWith("GET restore/next", "GET invocation/next");
        assertThat(lambda.output()).containsPattern("primed: \\d+ requests in " + Priming.ROUNDS + " rounds");
        assertThat(speech(welcome)).startsWith("Welcome to Heroin Facts");
    }

    private LambdaRuntimeProcess start(String handler, Map<String, String> environment, List<String> extraOptions) throws IOException {
        List<String> options = new ArrayList<>(LambdaRuntimeProcess.LAMBDA_JVM_OPTIONS);
        options.addAll(extraOptions);
        LambdaRuntimeProcess process = LambdaRuntimeProcess.start(JAVA, options, handler, taskRoot, api, environment);
        started.add(process);
        return process;
    }

    private JsonNode answer(byte[] request) throws Exception {
        RuntimeApiEmulator.Result result = api.invoke(request, ANSWER);
        assertThat(result.error()).as(result.text()).isFalse();
        return JSON.readTree(result.body());
    }

    /** The next turn of the session: the intent, with the attributes the previous answer returned. */
    private static byte[] turn(String intent, JsonNode previous) throws IOException {
        ObjectNode request = Priming.intentRequest("intent.json", SKILL_ID, "en-US", intent);
        ((ObjectNode) request.path("session")).set("attributes", previous.path("sessionAttributes"));
        return JSON.writeValueAsBytes(request);
    }

    private static String speech(JsonNode envelope) {
        return envelope.at("/response/outputSpeech/ssml").asText().replaceAll("<[^>]+>", "");
    }
}
