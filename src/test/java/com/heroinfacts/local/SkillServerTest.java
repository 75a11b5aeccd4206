package com.heroinfacts.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.heroinfacts.content.PhoneNumbers;
import com.heroinfacts.skill.SkillSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP side of {@code serve --no-verify}: what each kind of request is answered with. */
class SkillServerTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static SkillServer server;
    private static HttpClient client;

    @BeforeAll
    static void start() throws Exception {
        LocalSkill skill = LocalSkill.with(new SkillSettings(null, PhoneNumbers.defaults()));
        server = SkillServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), skill, null);
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_launch_request_is_answered_with_its_response_envelope() throws Exception {
        HttpResponse<String> response = post("/", fixture("launch-full-context"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(MAPPER.readTree(response.body()).at("/response/outputSpeech/ssml").asText()).startsWith("<speak>Welcome");
    }

    @Test
    void malformed_and_foreign_bodies_get_400_with_the_handlers_refusal() throws Exception {
        assertError(post("/", "{\"version\":".getBytes(StandardCharsets.UTF_8)), 400, "malformed_json");
        assertError(post("/", "{\"hello\":\"world\"}".getBytes(StandardCharsets.UTF_8)), 400, "not_alexa_request");
    }

    @Test
    void other_methods_get_405_and_other_paths_404() throws Exception {
        HttpResponse<String> get = send(HttpRequest.newBuilder(uri("/")).GET());
        assertError(get, 405, "method_not_allowed");
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        assertError(send(HttpRequest.newBuilder(uri("/")).PUT(HttpRequest.BodyPublishers.ofString("{}"))), 405, "method_not_allowed");
        assertError(send(HttpRequest.newBuilder(uri("/health")).POST(HttpRequest.BodyPublishers.noBody())), 405, "method_not_allowed");
        assertError(post("/skill", fixture("launch-full-context")), 404, "not_found");
    }

    @Test
    void a_body_over_128_kib_gets_413_whether_declared_or_streamed() throws Exception {
        byte[] big = new byte[128 * 1024 + 1];
        assertError(post("/", big), 413, "too_large");
        // no Content-Length: the body arrives chunked and is cut off at the limit
        HttpRequest.BodyPublisher streamed = HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big));
        assertError(send(HttpRequest.newBuilder(uri("/")).POST(streamed)), 413, "too_large");
        assertThat(post("/", new byte[128 * 1024]).statusCode()).isEqualTo(400);
    }

    @Test
    void health_answers_ok() throws Exception {
        HttpResponse<String> health = send(HttpRequest.newBuilder(uri("/health")).GET());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(MAPPER.readTree(health.body()).path("status").asText()).isEqualTo("ok");
    }

    @Test
    void a_client_that_hangs_up_mid_request_does_not_stop_the_server() throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\n{\"version\":".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.getOutputStream().write("NONSENSE\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            in.readAllBytes();
        }

        assertThat(post("/", fixture("launch-full-context")).statusCode()).isEqualTo(200);
    }

    private static void assertError(HttpResponse<String> response, int status, String code) throws Exception {
        assertThat(response.statusCode()).isEqualTo(status);
        JsonNode error = MAPPER.readTree(response.body());
        assertThat(error.path("error").asText()).isEqualTo(code);
        assertThat(error.path("message").asText()).isNotBlank();
    }

    private static HttpResponse<String> post(String path, byte[] body) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static byte[] fixture(String name) throws Exception {
        try (InputStream in = SkillServerTest.class.getResourceAsStream("/requests/" + name + ".json")) {
            return in.readAllBytes();
        }
    }
}
