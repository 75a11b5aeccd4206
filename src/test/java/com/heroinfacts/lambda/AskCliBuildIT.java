package com.heroinfacts.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code ask deploy}'s "Build Skill Code" step, run by the pinned ASK CLI's own code (tools/ask-cli, installed from
 * npm by this test when it is missing, offline after) on a fresh copy of the repository, as DEPLOY.md's steps leave
 * it: built once by {@code ./mvnw}, with the skill id in {@code .ask/ask-states.json}. The CLI's custom build flow
 * runs {@code hooks/build.sh}; what it produces is the file the cfn-deployer uploads and the template deploys.
 * Skipped, saying why, where Node.js, npm or git is missing.
 */
class AskCliBuildIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path ASK_CLI = PROJECT.resolve("tools/ask-cli");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String STATES = "{\"askcliStatesVersion\":\"2020-03-31\",\"profiles\":{\"default\":"
            + "{\"skillId\":\"amzn1.ask.skill.6f1d0c2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f\"}}}";
    private static final String HANDLER_CLASS = "com/heroinfacts/lambda/HeroinFactsStreamHandler.class";

    @TempDir
    Path folder;

    @BeforeAll
    static void askCliInstalled() throws Exception {
        assumeTrue(onPath("node") && onPath("npm"), "Node.js and npm are not on the PATH: the ASK CLI cannot run here");
        assumeTrue(onPath("git"), "git is not on the PATH: no way to list the repository's files");
        JsonNode lock = MAPPER.readTree(ASK_CLI.resolve("package-lock.json").toFile()).path("packages");
        if (!installed(lock, "ask-cli") || !installed(lock, "antlr4ts")) {
            // the lock file's exact tree; npm's cache serves it on later runs
            run(ASK_CLI, Map.of(), 600, "npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--prefer-offline");
        }
        assertThat(installed(lock, "ask-cli")).as("ask-cli installed as locked").isTrue();
    }

    @Test
    void ask_deploy_builds_the_jar_the_template_deploys_and_keeps_the_skill_id() throws Exception {
        Path clone = freshCopy();
        // DEPLOY.md step 1 (its tests have just run in this build) and the state a first deploy leaves
        run(clone, Map.of(), 600, "./mvnw", "-B", "-q", "-ntp", "-o", "-DskipTests", "package");
        Files.createDirectories(clone.resolve(".ask"));
        Files.writeString(clone.resolve(".ask/ask-states.json"), STATES);
        long firstBuild = Files.getLastModifiedTime(clone.resolve("target/heroin-facts.jar")).toMillis();
        Thread.sleep(1_100); // file times have a second's resolution on some file systems

        // the hook's own Maven run: offline and without the tests again; MAVEN_ARGS is Maven's variable
        String output = run(clone, Map.of("NODE_PATH", ASK_CLI.resolve("node_modules").toString(),
                "MAVEN_ARGS", "-o -DskipTests"), 600, "node", PROJECT.resolve("src/test/node/ask-cli-build-code.js").toString());

        JsonNode built = MAPPER.readTree(output.lines().filter(l -> l.startsWith("[")).reduce((a, b) -> b).orElseThrow());
        assertThat(built).as(output).hasSize(1);
        JsonNode code = built.get(0);
        assertThat(code.path("buildFlow").asText()).as("hooks/build.sh ran").isEqualTo("CustomBuildFlow");
        Path artifact = Path.of(code.path("file").asText());
        assertThat(artifact).isEqualTo(clone.resolve(".ask/target/lambda/build.zip"));

        Path jar = clone.resolve("target/heroin-facts.jar");
        assertThat(Files.getLastModifiedTime(jar).toMillis()).as("the hook built the jar").isGreaterThan(firstBuild);
        assertThat(Files.readAllBytes(artifact)).as("the uploaded artifact is the shaded jar").isEqualTo(Files.readAllBytes(jar));
        try (ZipFile zip = new ZipFile(artifact.toFile())) {
            assertThat(zip.getEntry(HANDLER_CLASS)).as("the template's handler").isNotNull();
            assertThat(zip.getEntry("content/en-US.json")).isNotNull();
            assertThat(zip.getEntry("content/es-US.json")).isNotNull();
        }
        assertThat(Files.readString(clone.resolve(".ask/ask-states.json"))).as("the skill id survives").isEqualTo(STATES);
        try (Stream<Path> mirror = Files.list(clone.resolve(".ask/target/lambda"))) {
            assertThat(mirror.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("heroin-facts.jar", "build.zip");
        }
    }

    @Test
    void the_code_source_is_the_folder_of_the_jar_and_the_handler_is_the_templates() throws IOException {
        JsonNode profile = MAPPER.readTree(PROJECT.resolve("ask-resources.json").toFile()).path("profiles").path("default");
        Path source = PROJECT.resolve(profile.path("code").path("default").path("src").asText()).normalize();

        // a code source that holds .ask makes the CLI empty .ask (and its skill id) before failing
        assertThat(PROJECT.resolve(".ask").startsWith(source)).isFalse();
        assertThat(source).isEqualTo(PROJECT.resolve("target/lambda"));
        assertThat(HANDLER_CLASS.replace('/', '.')).isEqualTo(
                profile.path("skillInfrastructure").path("userConfig").path("handler").asText() + ".class");
        try (Stream<Path> files = Files.list(source)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("what ./mvnw package writes there").containsExactly("heroin-facts.jar");
        }
        assertThat(Files.readAllBytes(source.resolve("heroin-facts.jar")))
                .isEqualTo(Files.readAllBytes(PROJECT.resolve("target/heroin-facts.jar")));
    }

    /** The repository's files as a clone of this working tree would have them (tracked, and new ones not ignored). */
    private Path freshCopy() throws Exception {
        Path clone = folder.resolve("heroin-facts");
        String files = run(PROJECT, Map.of(), 60, "git", "ls-files", "-z", "--cached", "--others", "--exclude-standard");
        for (String file : files.split("\0")) {
            Path from = PROJECT.resolve(file);
            if (file.isBlank() || !Files.isRegularFile(from)) {
                continue; // deleted in the working tree
            }
            Path to = clone.resolve(file);
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
        }
        assertThat(clone.resolve("mvnw")).isExecutable();
        assertThat(clone.resolve("hooks/build.sh")).isExecutable();
        return clone;
    }

    private static boolean installed(JsonNode lock, String name) throws IOException {
        Path manifest = ASK_CLI.resolve("node_modules").resolve(name).resolve("package.json");
        String locked = lock.path("node_modules/" + name).path("version").asText();
        return Files.isRegularFile(manifest) && MAPPER.readTree(manifest.toFile()).path("version").asText().equals(locked);
    }

    private static boolean onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(java.io.File.pathSeparator)).anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    /** Runs a command to its end; its output (stdout and stderr) is returned, and shown if it fails. */
    private static String run(Path directory, Map<String, String> environment, int timeoutSeconds, String... command)
            throws Exception {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(directory.toFile())
                .redirectErrorStream(true);
        builder.environment().putAll(environment);
        Path log = Files.createTempFile("ask-cli-build", ".log");
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        boolean ended = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!ended) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        assertThat(ended && process.exitValue() == 0).as(String.join(" ", command) + " in " + directory + ":\n" + output).isTrue();
        return output;
    }
}
