package com.heroinfacts.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/**
 * Builds request envelopes the way Alexa does for one session, and carries the session attributes of each
 * response into the next request. When a response ends the session, the next request starts a new one.
 */
public final class LocalSession {

    /** Used when SKILL_ID is unset; when it is set, requests must carry it or the skill refuses them. */
    public static final String LOCAL_SKILL_ID = "amzn1.ask.skill.local-heroin-facts";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String locale;
    private final String skillId;
    private final boolean apl;
    private String sessionId;
    private boolean isNew = true;
    private ObjectNode attributes = MAPPER.createObjectNode();

    public LocalSession(String locale, String skillId) {
        this(locale, skillId, false);
    }

    /** @param apl whether the device says it has a screen that renders APL, as an Echo Show does */
    public LocalSession(String locale, String skillId, boolean apl) {
        this.locale = locale;
        this.skillId = skillId == null || skillId.isBlank() ? LOCAL_SKILL_ID : skillId;
        this.apl = apl;
        this.sessionId = newId("session");
    }

    public static LocalSession fromEnvironment(String locale) {
        return fromEnvironment(locale, false);
    }

    public static LocalSession fromEnvironment(String locale, boolean apl) {
        return new LocalSession(locale, System.getenv("SKILL_ID"), apl);
    }

    public ObjectNode requestFor(Resolution resolution) {
        if (resolution.isLaunch()) {
            return envelope(request("LaunchRequest"));
        }
        ObjectNode request = request("IntentRequest");
        request.put("dialogState", "COMPLETED");
        ObjectNode intent = request.putObject("intent");
        intent.put("name", resolution.intent());
        intent.put("confirmationStatus", "NONE");
        if (!resolution.slots().isEmpty()) {
            ObjectNode slots = intent.putObject("slots");
            resolution.slots().forEach((name, fill) -> slots.set(name, slot(name, fill)));
        }
        return envelope(request);
    }

    public ObjectNode sessionEnded(String reason) {
        ObjectNode request = request("SessionEndedRequest");
        request.put("reason", reason);
        return envelope(request);
    }

    /** Takes what the skill remembered, or starts afresh when it ended the session. */
    public void update(JsonNode responseEnvelope) {
        boolean ended = responseEnvelope == null
                || responseEnvelope.path("response").path("shouldEndSession").asBoolean(true);
        if (ended) {
            sessionId = newId("session");
            isNew = true;
            attributes = MAPPER.createObjectNode();
            return;
        }
        isNew = false;
        JsonNode kept = responseEnvelope.path("sessionAttributes");
        attributes = kept.isObject() ? (ObjectNode) kept.deepCopy() : MAPPER.createObjectNode();
    }

    public boolean isNew() {
        return isNew;
    }

    private ObjectNode envelope(ObjectNode request) {
        ObjectNode envelope = MAPPER.createObjectNode();
        envelope.put("version", "1.0");
        ObjectNode session = envelope.putObject("session");
        session.put("new", isNew);
        session.put("sessionId", sessionId);
        session.putObject("application").put("applicationId", skillId);
        session.set("attributes", attributes.deepCopy());
        session.putObject("user").put("userId", "amzn1.ask.account.local-simulator");
        ObjectNode context = envelope.putObject("context");
        ObjectNode system = context.putObject("System");
        system.putObject("application").put("applicationId", skillId);
        system.putObject("user").put("userId", "amzn1.ask.account.local-simulator");
        ObjectNode device = system.putObject("device");
        device.put("deviceId", "amzn1.ask.device.local-simulator");
        ObjectNode interfaces = device.putObject("supportedInterfaces");
        system.put("apiEndpoint", "https://api.amazonalexa.com");
        if (apl) {
            interfaces.putObject("Alexa.Presentation.APL").putObject("runtime").put("maxVersion", "2023.3");
            context.set("Viewport", echoShowViewport());
        }
        envelope.set("request", request);
        return envelope;
    }

    /** What an Echo Show 8 reports about its screen. */
    private static ObjectNode echoShowViewport() {
        ObjectNode viewport = MAPPER.createObjectNode();
        viewport.put("mode", "HUB");
        viewport.put("shape", "RECTANGLE");
        viewport.put("pixelWidth", 1280);
        viewport.put("pixelHeight", 800);
        viewport.put("currentPixelWidth", 1280);
        viewport.put("currentPixelHeight", 800);
        viewport.put("dpi", 213);
        viewport.putArray("touch").add("SINGLE");
        return viewport;
    }

    private ObjectNode request(String type) {
        ObjectNode request = MAPPER.createObjectNode();
        request.put("type", type);
        request.put("requestId", newId("request"));
        request.put("timestamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        request.put("locale", locale);
        return request;
    }

    private ObjectNode slot(String name, Resolution.SlotFill fill) {
        ObjectNode slot = MAPPER.createObjectNode();
        slot.put("name", name);
        slot.put("value", fill.value());
        slot.put("confirmationStatus", "NONE");
        ObjectNode authority = MAPPER.createObjectNode();
        authority.put("authority", "amzn1.er-authority.echo-sdk." + skillId + ".TOPIC");
        authority.putObject("status").put("code", fill.id() == null ? "ER_SUCCESS_NO_MATCH" : "ER_SUCCESS_MATCH");
        if (fill.id() != null) {
            authority.putArray("values").addObject().set("value", MAPPER.valueToTree(Map.of("name", fill.value(), "id", fill.id())));
        }
        slot.putObject("resolutions").putArray("resolutionsPerAuthority").add(authority);
        return slot;
    }

    private static String newId(String kind) {
        return "amzn1.echo-api." + kind + ".local-" + UUID.randomUUID();
    }
}
