package com.heroinfacts.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.heroinfacts.content.PhoneNumbers;
import com.heroinfacts.skill.SkillSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code serve} with verification on, through real HTTP, the SDK's own verifiers and a certificate chain made
 * for this run: served where Alexa's would be (see {@link S3Certificates}) and trusted only because the JVM's
 * trust store is pointed at this run's root, the one knob the SDK's verifier has.
 */
class RequestVerificationTest {

    private static final String SKILL_ID = "amzn1.ask.skill.5c3f2a9e-7d41-4b8a-9e0f-2a6b1c4d8e70";
    private static final String ECHO_API = "https://s3.amazonaws.com/echo.api/";
    private static final String[] TRUST_PROPERTIES = {
        "javax.net.ssl.trustStore", "javax.net.ssl.trustStoreType", "javax.net.ssl.trustStorePassword", S3Certificates.FOLDER};
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    static Path folder;
    private static final Map<String, String> saved = new HashMap<>();
    private static TestPki pki;
    private static Path trustStore;
    private static SkillServer server;
    private static HttpClient client;

    @BeforeAll
    static void start() throws Exception {
        for (String property : TRUST_PROPERTIES) {
            saved.put(property, System.getProperty(property));
        }
        pki = TestPki.issue(TestPki.ECHO_API);
        trustStore = pki.writeTrustStore(folder.resolve("trust.p12"));
        trustThisRunsRoot();
        System.setProperty(S3Certificates.FOLDER, folder.toString());
        LocalSkill skill = LocalSkill.with(new SkillSettings(SKILL_ID, PhoneNumbers.defaults()));
        server = SkillServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), skill,
                // each test publishes certificates under fresh names; production allows 16 per process
                RequestVerifier.amazon(256));
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    @AfterAll
    static void stop() {
        server.close();
        saved.forEach((property, value) -> {
            if (value == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, value);
            }
        });
    }

    @Test
    void a_launch_signed_by_a_trusted_echo_api_certificate_is_answered() throws Exception {
        byte[] body = launch(Instant.now());

        HttpResponse<String> response = post(body, pki.sign(body), publish(pki));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(MAPPER.readTree(response.body()).at("/response/outputSpeech/ssml").asText()).startsWith("<speak>Welcome");
    }

    @Test
    void the_same_chain_is_refused_when_the_jvm_does_not_trust_its_root() throws Exception {
        byte[] body = launch(Instant.now());
        String url = publish(pki);
        for (String property : TRUST_PROPERTIES) {
            if (!property.equals(S3Certificates.FOLDER)) {
                System.clearProperty(property);
            }
        }
        try (LogCapture log = LogCapture.start()) {
            HttpResponse<String> response = post(body, pki.sign(body), url);

            assertRefused(response, "bad_certificate");
            assertThat(log.text()).doesNotContain(url.substring(ECHO_API.length()));
        } finally {
            trustThisRunsRoot();
        }
    }

    @Test
    void a_certificate_that_does_not_name_echo_api_is_refused() throws Exception {
        TestPki other = pki.sibling("skills.example.com");
        byte[] body = launch(Instant.now());
        assertRefused(post(body, other.sign(body), publish(other)), "bad_certificate");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"no headers", "Signature-256 only", "SignatureCertChainUrl only", "legacy Signature only"})
    void a_request_without_both_signature_headers_is_refused(String headers) throws Exception {
        byte[] body = launch(Instant.now());
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint()).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        switch (headers) {
            case "Signature-256 only" -> request.header("Signature-256", pki.sign(body));
            case "SignatureCertChainUrl only" -> request.header("SignatureCertChainUrl", publish(pki));
            case "legacy Signature only" -> request.header("Signature", pki.sign(body)).header("SignatureCertChainUrl", publish(pki));
            default -> { }
        }
        try (LogCapture log = LogCapture.start()) {
            assertRefused(client.send(request.build(), HttpResponse.BodyHandlers.ofString()), "unsigned");
            assertThat(log.text()).doesNotContain("echo-api-cert-");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "http://s3.amazonaws.com/echo.api/FILE                 | unsupported protocol",
        "https://s3.amazonaws.com.attacker.example/echo.api/FILE | required hostname",
        "https://attacker.example/echo.api/FILE                 | required hostname",
        "https://s3.amazonaws.com:8443/echo.api/FILE            | invalid port",
        "https://s3.amazonaws.com/echo.api/../FILE              | dot segment",
        "https://s3.amazonaws.com/echo.api/../echo.api/FILE     | dot segment that lands in the right place",
        "https://s3.amazonaws.com/EcHo.aPi/FILE                 | path spelt in other letters",
        "https://S3.AMAZONAWS.COM/echo.api/FILE                 | host spelt in capitals",
        "https://s3.amazonaws.com/echo.api/FILE?v=1             | query",
        "https://s3.amazonaws.com/echo.api/FILE#x               | fragment",
        "https://alexa@s3.amazonaws.com/echo.api/FILE           | user info",
        "https://s3.amazonaws.com/echo.api/%65FILE              | escape",
        "https://s3.amazonaws.com/attacker/echo.api/FILE        | other folder"})
    void only_amazons_canonical_certificate_url_is_accepted(String url, String rule) throws Exception {
        String file = publish(pki).substring(ECHO_API.length());
        byte[] body = launch(Instant.now());
        try (LogCapture log = LogCapture.start()) {
            assertRefused(post(body, pki.sign(body), url.replace("FILE", file)), "bad_certificate_url");
            // the rejection is counted, never quoted: the URL is the client's text
            assertThat(log.text()).as(rule).doesNotContain(file).doesNotContain("attacker");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "https://s3.amazonaws.com/echo.api/FILE",
        "https://s3.amazonaws.com:443/echo.api/FILE"})
    void the_canonical_url_with_or_without_its_port_is_accepted(String url) throws Exception {
        String file = publish(pki).substring(ECHO_API.length());
        byte[] body = launch(Instant.now());

        assertThat(post(body, pki.sign(body), url.replace("FILE", file)).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0} seconds off")
    @ValueSource(ints = {-160, 160, -3600})
    void a_timestamp_more_than_150_seconds_off_is_refused(int offset) throws Exception {
        byte[] body = launch(Instant.now().plusSeconds(offset));
        assertRefused(post(body, pki.sign(body), publish(pki)), "bad_timestamp");
    }

    @ParameterizedTest(name = "{0} seconds off")
    @ValueSource(ints = {-140, 140})
    void a_timestamp_within_150_seconds_is_accepted(int offset) throws Exception {
        byte[] body = launch(Instant.now().plusSeconds(offset));

        assertThat(post(body, pki.sign(body), publish(pki)).statusCode()).isEqualTo(200);
    }

    @Test
    void a_body_changed_after_signing_is_refused() throws Exception {
        byte[] body = launch(Instant.now());
        String signature = pki.sign(body);
        byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("LaunchRequest", "SessionEndedRequest")
                .getBytes(StandardCharsets.UTF_8);
        assertRefused(post(tampered, signature, publish(pki)), "bad_signature");
    }

    @Test
    void a_signature_that_is_not_base64_of_an_rsa_signature_is_refused() throws Exception {
        byte[] body = launch(Instant.now());

        assertRefused(post(body, "bm90IGEgc2lnbmF0dXJl", publish(pki)), "bad_signature");
        assertRefused(post(body, "%%%", publish(pki)), "bad_signature");
    }

    @Test
    void a_signed_request_for_another_skill_is_refused() throws Exception {
        ObjectNode launch = (ObjectNode) MAPPER.readTree(launch(Instant.now()));
        ((ObjectNode) launch.at("/context/System/application")).put("applicationId", "amzn1.ask.skill.another");
        byte[] body = MAPPER.writeValueAsBytes(launch);
        try (LogCapture log = LogCapture.start()) {
            assertRefused(post(body, pki.sign(body), publish(pki)), "wrong_skill_id");
            assertThat(log.text()).contains("refused: wrong_skill_id");
        }
    }

    @Test
    void a_signed_body_that_is_not_json_is_refused_as_malformed() throws Exception {
        byte[] body = "{\"version\":".getBytes(StandardCharsets.UTF_8);

        assertRefused(post(body, pki.sign(body), publish(pki)), "malformed_json");
    }

    @Test
    void the_server_keeps_answering_after_refusals() throws Exception {
        byte[] body = launch(Instant.now());
        assertRefused(post(body, "AAAA", "https://attacker.example/echo.api/x.pem"), "bad_certificate_url");

        HttpResponse<String> health = client.send(HttpRequest.newBuilder(endpoint().resolve("/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(post(body, pki.sign(body), publish(pki)).statusCode()).isEqualTo(200);
    }

    private static void trustThisRunsRoot() {
        System.setProperty("javax.net.ssl.trustStore", trustStore.toString());
        System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
        System.setProperty("javax.net.ssl.trustStorePassword", new String(TestPki.STORE_PASSWORD));
    }

    /**
     * @return a certificate URL the SDK has not seen: it caches each verified chain by URL for the life of the
     * JVM, so a fresh one makes it download and check the chain again
     */
    private static String publish(TestPki signer) throws IOException {
        String file = "echo-api-cert-" + UUID.randomUUID() + ".pem";
        Files.writeString(folder.resolve(file), signer.chainPem());
        return ECHO_API + file;
    }

    private static byte[] launch(Instant timestamp) throws IOException {
        try (InputStream in = RequestVerificationTest.class.getResourceAsStream("/requests/launch-full-context.json")) {
            JsonNode launch = MAPPER.readTree(in);
            ((ObjectNode) launch.path("request")).put("timestamp", timestamp.truncatedTo(ChronoUnit.SECONDS).toString());
            return MAPPER.writeValueAsBytes(launch);
        }
    }

    private static HttpResponse<String> post(byte[] body, String signature, String certificateUrl) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(endpoint())
                .header("Signature-256", signature)
                .header("SignatureCertChainUrl", certificateUrl)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.port() + "/");
    }

    private static void assertRefused(HttpResponse<String> response, String code) throws IOException {
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = MAPPER.readTree(response.body());
        assertThat(error.path("error").asText()).isEqualTo(code);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
