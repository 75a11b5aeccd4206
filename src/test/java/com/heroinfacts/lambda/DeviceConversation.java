package com.heroinfacts.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.heroinfacts.skill.SkillSettings;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One user talking to the real Lambda handler, bytes in and bytes out, from a request fixture: the fixture fixes
 * the device (with or without a screen); each turn sets the locale, the request and the session attributes the
 * previous response returned, as Alexa does.
 */
final class DeviceConversation {

    static final ObjectMapper MAPPER = new ObjectMapper();
    /** One skill for all tests: it is built as Lambda builds it, once, and keeps no per-user state. */
    static final HeroinFactsStreamHandler HANDLER = new HeroinFactsStreamHandler(SkillSettings.defaults());

    private final ObjectNode device;
    private final String locale;
    private ObjectNode attributes = MAPPER.createObjectNode();
    private boolean isNew = true;
    private int turn;

    private DeviceConversation(ObjectNode device, String locale) {
        this.device = device;
        this.locale = locale;
    }

    /** @param device a fixture under requests/devices/, such as "echo-show" or "echo-dot" */
    static DeviceConversation on(String device, String locale) {
        return new DeviceConversation((ObjectNode) fixture("requests/devices/" + device + ".json"), locale);
    }

    Answer launch() {
        return send(request("LaunchRequest"));
    }

    Answer say(String intent) {
        ObjectNode request = request("IntentRequest");
        request.put("dialogState", "COMPLETED");
        request.putObject("intent").put("name", intent).put("confirmationStatus", "NONE");
        return send(request);
    }

    /** "tell me about {topic}", with entity resolution's match as Alexa sends it. */
    Answer askAbout(String heard, String topicId) {
        ObjectNode request = request("IntentRequest");
        ObjectNode slot = request.putObject("intent").put("name", "TopicIntent").put("confirmationStatus", "NONE")
                .putObject("slots").putObject("topic").put("name", "topic").put("value", heard);
        ObjectNode authority = slot.putObject("resolutions").putArray("resolutionsPerAuthority").addObject();
        authority.put("authority", "amzn1.er-authority.echo-sdk.amzn1.ask.skill.fixture.TOPIC");
        authority.putObject("status").put("code", "ER_SUCCESS_MATCH");
        authority.putArray("values").addObject().putObject("value").put("name", heard).put("id", topicId);
        return send(request);
    }

    private ObjectNode request(String type) {
        ObjectNode request = MAPPER.createObjectNode();
        request.put("type", type);
        request.put("requestId", "amzn1.echo-api.request.fixture-turn-" + (++turn));
        request.put("locale", locale);
        request.put("timestamp", "2024-05-01T12:00:00Z");
        return request;
    }

    private Answer send(ObjectNode request) {
        ObjectNode envelope = device.deepCopy();
        ObjectNode session = (ObjectNode) envelope.get("session");
        session.put("new", isNew);
        session.set("attributes", attributes.deepCopy());
        envelope.set("request", request);
        Answer answer = Answer.of(invoke(envelope));
        isNew = answer.endsSession();
        attributes = isNew || !answer.envelope().path("sessionAttributes").isObject()
                ? MAPPER.createObjectNode() : (ObjectNode) answer.envelope().get("sessionAttributes").deepCopy();
        return answer;
    }

    static JsonNode fixture(String resource) {
        try (InputStream in = DeviceConversation.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + resource);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The response envelope's bytes for a request envelope, through the Lambda handler. */
    static byte[] invokeBytes(JsonNode envelope) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            HANDLER.handleRequest(new ByteArrayInputStream(MAPPER.writeValueAsBytes(envelope)), out, null);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode invoke(JsonNode envelope) {
        try {
            return MAPPER.readTree(invokeBytes(envelope));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What came back, read as a listener and a screen would take it in. */
    record Answer(JsonNode envelope) {

        private static final Pattern TAG = Pattern.compile("<[^>]+>");

        static Answer of(JsonNode envelope) {
            return new Answer(envelope);
        }

        JsonNode response() {
            return envelope.path("response");
        }

        String ssml() {
            return response().path("outputSpeech").path("ssml").asText();
        }

        String repromptSsml() {
            return response().path("reprompt").path("outputSpeech").path("ssml").asText();
        }

        /** The words as heard: tags dropped, entities read back. */
        String spoken() {
            return heard(ssml());
        }

        String firstSentence() {
            return spoken().split("(?<=[.!?])\\s+", 2)[0];
        }

        String cardTitle() {
            return response().path("card").path("title").asText();
        }

        String cardText() {
            return response().path("card").path("content").asText();
        }

        boolean endsSession() {
            return response().path("shouldEndSession").asBoolean(true);
        }

        List<JsonNode> directives() {
            List<JsonNode> all = new ArrayList<>();
            response().path("directives").forEach(all::add);
            return all;
        }

        /** The datasource the screen is filled from; missing when there is no screen. */
        JsonNode screen() {
            return directives().stream()
                    .filter(d -> d.path("type").asText().equals("Alexa.Presentation.APL.RenderDocument"))
                    .findFirst().map(d -> d.path("datasources").path("screen"))
                    .orElse(MAPPER.missingNode());
        }

        static String heard(String ssml) {
            return TAG.matcher(ssml).replaceAll("")
                    .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                    .replace("&amp;", "&").replaceAll("\\s+", " ").trim();
        }
    }
}
