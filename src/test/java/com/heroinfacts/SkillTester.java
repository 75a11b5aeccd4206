package com.heroinfacts;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.heroinfacts.lambda.HeroinFactsStreamHandler;
import com.heroinfacts.skill.SkillSettings;
import org.mockito.Mockito;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Talks to the real Lambda stream handler with real request JSON, one session at a time: each response's
 * session attributes go into the next request, as Alexa does. Every response is checked against the rules
 * that hold for all of them.
 */
public final class SkillTester {

    public static final ObjectMapper JSON = new ObjectMapper();

    private final HeroinFactsStreamHandler handler;
    private final Context lambdaContext = Mockito.mock(Context.class);
    private JsonNode attributes = JSON.createObjectNode();
    private boolean sessionOpen;
    private int turn;

    public SkillTester(SkillSettings settings) {
        this.handler = new HeroinFactsStreamHandler(settings);
    }

    public SkillTester() {
        this(SkillSettings.defaults());
    }

    public static ObjectNode fixture(String name) {
        try (InputStream in = SkillTester.class.getResourceAsStream("/requests/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An IntentRequest for the named intent, from the intent fixture. */
    public static ObjectNode intent(String name) {
        ObjectNode request = fixture("intent.json");
        ((ObjectNode) request.path("request").path("intent")).put("name", name);
        return request;
    }

    public JsonNode launch() {
        return send(fixture("launch.json"));
    }

    public JsonNode say(String intentName) {
        return send(intent(intentName));
    }

    /** Sends the request in this session (carrying attributes), checks the general rules, returns the response. */
    public JsonNode send(ObjectNode request) {
        ObjectNode session = (ObjectNode) request.path("session");
        if (!session.isMissingNode()) {
            session.put("new", !sessionOpen);
            session.set("attributes", attributes.deepCopy());
        }
        ((ObjectNode) request.path("request")).put("requestId", "amzn1.echo-api.request.turn-" + (++turn));
        JsonNode response = invoke(request);
        assertFollowsResponseRules(response);
        sessionOpen = !response.path("response").path("shouldEndSession").asBoolean(true);
        JsonNode kept = response.path("sessionAttributes");
        attributes = sessionOpen && kept.isObject() ? kept : JSON.createObjectNode();
        return response;
    }

    /** Straight through the handler with no session bookkeeping or checks. */
    public JsonNode invoke(JsonNode request) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(JSON.writeValueAsBytes(request)), out, lambdaContext);
            return out.size() == 0 ? null : JSON.readTree(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode attributes() {
        return attributes;
    }

    /** What the listener hears, tags removed and entities decoded. */
    public static String speech(JsonNode envelope) {
        return plain(envelope.path("response").path("outputSpeech").path("ssml").asText(""));
    }

    public static String reprompt(JsonNode envelope) {
        return plain(envelope.path("response").path("reprompt").path("outputSpeech").path("ssml").asText(""));
    }

    public static String ssml(JsonNode envelope) {
        return envelope.path("response").path("outputSpeech").path("ssml").asText("");
    }

    public static String card(JsonNode envelope) {
        JsonNode card = envelope.path("response").path("card");
        return card.isMissingNode() ? "" : card.path("title").asText() + "\n" + card.path("content").asText();
    }

    public static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    public static boolean endsSession(JsonNode envelope) {
        return envelope.path("response").path("shouldEndSession").asBoolean(false);
    }

    public static String plain(String ssml) {
        return ssml.replaceAll("<[^>]+>", "").replace("&apos;", "'").replace("&quot;", "\"")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").trim();
    }

    /** Open sessions ask a question and carry a reprompt; closing ones say so and carry none. */
    public static void assertFollowsResponseRules(JsonNode envelope) {
        assertThat(envelope).as("a response envelope").isNotNull();
        assertThat(envelope.path("version").asText()).isEqualTo("1.0");
        JsonNode response = envelope.path("response");
        if (response.path("outputSpeech").isMissingNode()) {
            return;
        }
        assertThat(response.path("outputSpeech").path("type").asText()).isEqualTo("SSML");
        if (response.path("shouldEndSession").asBoolean(true)) {
            assertThat(response.path("shouldEndSession").asBoolean()).as("a closing response says so").isTrue();
            assertThat(response.path("reprompt").isMissingNode()).as("a closing response has no reprompt").isTrue();
        } else {
            assertThat(speech(envelope)).as("an open session ends on a question").endsWith("?");
            assertThat(reprompt(envelope)).as("an open session carries a reprompt").isNotBlank();
        }
    }
}
