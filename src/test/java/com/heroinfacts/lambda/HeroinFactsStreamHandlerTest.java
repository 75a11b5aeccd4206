package com.heroinfacts.lambda;

import com.amazon.ask.AlexaSkill;
import com.amazon.ask.SkillStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.heroinfacts.content.PhoneNumbers;
import com.heroinfacts.skill.SkillSettings;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class HeroinFactsStreamHandlerTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SKILL_ID = "amzn1.ask.skill.5c3f2a9e-7d41-4b8a-9e0f-2a6b1c4d8e70";
    private static final HeroinFactsStreamHandler ANY_ID = new HeroinFactsStreamHandler(SkillSettings.defaults());
    private static final HeroinFactsStreamHandler THIS_ID =
            new HeroinFactsStreamHandler(new SkillSettings(SKILL_ID, PhoneNumbers.defaults()));

    @Test
    void a_launch_request_gets_a_spoken_welcome() throws IOException {
        JsonNode envelope = MAPPER.readTree(invoke(THIS_ID, fixture("launch-full-context")));

        assertThat(envelope.path("version").asText()).isEqualTo("1.0");
        assertThat(envelope.at("/response/outputSpeech/ssml").asText()).startsWith("<speak>Welcome");
    }

    @Test
    void a_body_that_is_not_json_is_refused_as_malformed() throws IOException {
        assertThat(invoke(ANY_ID, "{\"version\":\"1.0\", \"request\": {".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(Refusal.MALFORMED_JSON.json());
        assertThat(invoke(ANY_ID, new byte[0])).isEqualTo(Refusal.MALFORMED_JSON.json());
    }

    @Test
    void json_that_is_no_alexa_request_is_refused_as_such() throws IOException {
        assertThat(invoke(ANY_ID, "[1, 2]".getBytes(StandardCharsets.UTF_8))).isEqualTo(Refusal.NOT_ALEXA_REQUEST.json());
        assertThat(invoke(ANY_ID, with(fixture("launch-full-context"), "/request", "type", "Heroin.Order")))
                .isEqualTo(Refusal.NOT_ALEXA_REQUEST.json());
        assertThat(invoke(ANY_ID, with(fixture("launch-full-context"), "/request", "timestamp", "yesterday")))
                .isEqualTo(Refusal.NOT_ALEXA_REQUEST.json());
    }

    @Test
    void a_request_for_another_skill_is_refused() throws IOException {
        byte[] other = with(fixture("launch-full-context"), "/context/System/application", "applicationId", "amzn1.ask.skill.other");

        assertThat(invoke(THIS_ID, other)).isEqualTo(Refusal.WRONG_SKILL_ID.json());
        assertThat(invoke(ANY_ID, other)).isNotEqualTo(Refusal.WRONG_SKILL_ID.json());
    }

    @Test
    void a_request_without_context_is_refused_when_the_skill_id_is_checked() throws IOException {
        ObjectNode launch = (ObjectNode) MAPPER.readTree(fixture("launch-full-context"));
        launch.remove("context");

        assertThat(invoke(THIS_ID, MAPPER.writeValueAsBytes(launch))).isEqualTo(Refusal.WRONG_SKILL_ID.json());
    }

    @Test
    void a_skill_that_throws_is_refused_as_an_internal_error_instead_of_failing_the_lambda() throws IOException {
        AlexaSkill<Object, Object> broken = (request, context) -> {
            throw new IllegalStateException("broken");
        };

        // the guard as the handler holds it, round a skill that fails as no real one can be made to
        SkillStreamHandler guarded = new SkillStreamHandler(new GuardedSkill(broken)) { };

        assertThat(invoke(guarded, fixture("launch-full-context"))).isEqualTo(Refusal.INTERNAL_ERROR.json());
    }

    private static byte[] invoke(SkillStreamHandler handler, byte[] request) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(request), out, null);
        return out.toByteArray();
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = HeroinFactsStreamHandlerTest.class.getResourceAsStream("/requests/" + name + ".json")) {
            return in.readAllBytes();
        }
    }

    private static byte[] with(byte[] envelope, String path, String field, String value) throws IOException {
        JsonNode tree = MAPPER.readTree(envelope);
        ((ObjectNode) tree.at(path)).put(field, value);
        return MAPPER.writeValueAsBytes(tree);
    }
}
