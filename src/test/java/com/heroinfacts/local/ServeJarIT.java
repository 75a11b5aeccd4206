package com.heroinfacts.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar heroin-facts.jar serve} as shipped: the shaded jar, which keeps only the verifier classes of the
 * servlet support and only Base64 of commons-codec. A signed request is accepted, unsigned and badly signed ones get
 * 400 and the server stays up; with --no-verify a Launch gets a valid envelope. For the verifying run the test
 * classes join the class path only for {@link S3Certificates} (no network here) and the trust store is this run's.
 */
class ServeJarIT {

    private static final String SKILL_ID = "amzn1.ask.skill.5c3f2a9e-7d41-4b8a-9e0f-2a6b1c4d8e70";
    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+/)");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path folder;

    @Test
    void serve_without_verification_answers_a_launch_with_a_valid_envelope() throws Exception {
        try (Served served = serve(List.of("-jar", jar().toString()), "--no-verify")) {
            HttpResponse<byte[]> response = post(served.endpoint(), fixture("launch-full-context"), null, null);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(new EnvelopeCheck().problems(response.body(), false)).isEmpty();
            assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("<speak>Welcome");
            assertThat(served.log()).contains("--no-verify: request signatures and timestamps are NOT checked");
        }
    }

    @Test
    void serve_accepts_a_signed_request_and_refuses_unsigned_and_badly_signed_ones_and_stays_up() throws Exception {
        TestPki pki = TestPki.issue(TestPki.ECHO_API);
        Path trustStore = pki.writeTrustStore(folder.resolve("trust.p12"));
        Files.writeString(folder.resolve("echo-api-cert.pem"), pki.chainPem());
        String certificateUrl = "https://s3.amazonaws.com/echo.api/echo-api-cert.pem";
        List<String> arguments = List.of("-Djavax.net.ssl.trustStore=" + trustStore, "-Djavax.net.ssl.trustStoreType=PKCS12",
                "-Djavax.net.ssl.trustStorePassword=" + new String(TestPki.STORE_PASSWORD), "-D" + S3Certificates.FOLDER + "=" + folder,
                "-cp", jar() + File.pathSeparator + System.getProperty("heroinfacts.testClasses", "target/test-classes"),
                "com.heroinfacts.local.Main");
        try (Served served = serve(arguments)) {
            byte[] launch = stamped(fixture("launch-full-context"), Instant.now());
            String signature = pki.sign(launch);
            byte[] tampered = new String(launch, StandardCharsets.UTF_8).replace("en-US", "en-GB").getBytes(StandardCharsets.UTF_8);

            assertError(post(served.endpoint(), launch, null, null), "unsigned");
            assertError(post(served.endpoint(), launch, signature, "http://s3.amazonaws.com/echo.api/echo-api-cert.pem"), "bad_certificate_url");
            assertError(post(served.endpoint(), tampered, signature, certificateUrl), "bad_signature");
            assertError(post(served.endpoint(), launch, "AAAA" + signature.substring(4), certificateUrl), "bad_signature");
            HttpResponse<byte[]> signed = post(served.endpoint(), launch, signature, certificateUrl);
            assertThat(signed.statusCode()).isEqualTo(200);
            assertThat(new EnvelopeCheck().problems(signed.body(), false)).isEmpty();
            byte[] stale = stamped(fixture("launch-full-context"), Instant.now().minusSeconds(200));
            assertError(post(served.endpoint(), stale, pki.sign(stale), certificateUrl), "bad_timestamp");

            HttpResponse<byte[]> health = client.send(HttpRequest.newBuilder(served.endpoint().resolve("/health")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(health.statusCode()).isEqualTo(200);
            // rejections are counted in the log (the first at once), never quoted
            assertThat(served.log()).contains("400 unsigned").doesNotContain("http://s3.amazonaws.com")
                    .doesNotContain("NoClassDefFoundError");
        }
    }

    private static void assertError(HttpResponse<byte[]> response, String code) throws IOException {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(MAPPER.readTree(response.body()).path("error").asText()).isEqualTo(code);
    }

    /** A running {@code serve}; closing it stops the process. */
    private record Served(Process process, URI endpoint, Path logFile) implements AutoCloseable {
        String log() throws IOException {
            return Files.readString(logFile);
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private Served serve(List<String> javaArguments, String... serveOptions) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaArguments);
        command.addAll(List.of("serve", "--port", "0"));
        command.addAll(List.of(serveOptions));
        Path log = Files.createTempFile(folder, "serve", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
        builder.environment().put("SKILL_ID", SKILL_ID);
        Process process = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String first = out.readLine();
        Matcher listening = LISTENING.matcher(first == null ? "" : first);
        if (!listening.find()) {
            process.destroyForcibly();
            throw new IllegalStateException("serve did not start: " + first + "\n" + Files.readString(log));
        }
        return new Served(process, URI.create(listening.group(1)), log);
    }

    private HttpResponse<byte[]> post(URI endpoint, byte[] body, String signature, String certificateUrl) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header("Signature-256", signature).header("SignatureCertChainUrl", certificateUrl);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Path jar() {
        Path jar = Path.of(System.getProperty("heroinfacts.jar", "target/heroin-facts.jar"));
        assertThat(jar).exists();
        return jar;
    }

    private static byte[] stamped(byte[] envelope, Instant timestamp) throws IOException {
        JsonNode tree = MAPPER.readTree(envelope);
        ((ObjectNode) tree.path("request")).put("timestamp", timestamp.truncatedTo(ChronoUnit.SECONDS).toString());
        return MAPPER.writeValueAsBytes(tree);
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = ServeJarIT.class.getResourceAsStream("/requests/" + name + ".json")) {
            return in.readAllBytes();
        }
    }
}
