package com.heroinfacts.lambda;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.heroinfacts.content.Catalogues;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * SnapStart's hook before the snapshot: a few rounds of a conversation through the handler Lambda will use, so that
 * the snapshot holds the loaded classes, the SDK's object mapper with its deserializers, the parsed catalogue and
 * compiled code. One round, in every locale: a launch, every intent of that locale's interaction model (slots filled
 * from the model's own values), the session's end, and a question from a screen device (APL). The list comes from
 * the interaction models, so an intent added there is primed without a change here. No user's data, no network;
 * the skill keeps nothing between requests, so priming leaves nothing behind.
 */
final class Priming implements Resource {

    /** Enough rounds for the C1 compiler Lambda runs with to compile what a request runs (BENCHMARKS.md). */
    static final int ROUNDS = 12;

    /** They end the session, so they come after the intents that answer an offer (yes, no, repeat). */
    private static final Set<String> SESSION_ENDERS = Set.of("AMAZON.StopIntent", "AMAZON.CancelIntent");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(Priming.class);

    /** What one priming run sent, as "locale type [intent]", in order; and how many responses came back. */
    record Report(List<String> requests, int responses) {
    }

    /** One request of the conversation: its name in the report, and its envelope (session attributes still empty). */
    record Step(String name, ObjectNode envelope) {
    }

    private volatile Report lastRun;

    private Priming() {
    }

    /** Registers the hook with CRaC (SnapStart on Lambda; nothing on other JVMs). Keep the result: CRaC holds it weakly. */
    static Priming register() {
        Priming priming = new Priming();
        Core.getGlobalContext().register(priming);
        return priming;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        long started = System.nanoTime();
        // the handler as Lambda makes it: the same process-wide skill, behind the same guard
        lastRun = run(new HeroinFactsStreamHandler(), EnvironmentSkill.settings().skillId(), ROUNDS);
        LOG.info("primed: {} requests in {} rounds, {} ms", lastRun.requests().size(), ROUNDS,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** What the hook sent when it last ran, or null. */
    Report lastRun() {
        return lastRun;
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // nothing to renew: the skill holds no connections, clocks or random state
    }

    /** Runs the conversation {@code rounds} times; any request that fails stops the snapshot, naming the request. */
    static Report run(RequestStreamHandler handler, String skillId, int rounds) {
        String applicationId = skillId == null ? "amzn1.ask.skill.priming" : skillId;
        List<List<Step>> conversations = Catalogues.LOCALES.stream()
                .map(locale -> conversation(locale, applicationId)).toList();
        List<String> sent = new ArrayList<>();
        int responses = 0;
        for (int round = 0; round < rounds; round++) {
            for (List<Step> conversation : conversations) {
                JsonNode attributes = JSON.createObjectNode();
                for (Step step : conversation) {
                    ((ObjectNode) step.envelope().path("session")).set("attributes", attributes);
                    ((ObjectNode) step.envelope().path("request")).put("requestId", "amzn1.echo-api.request.priming-" + sent.size());
                    JsonNode response = send(handler, step);
                    sent.add(step.name());
                    if (response != null) {
                        responses++;
                        // carried into the next request, as Alexa carries them; an ended session carries none
                        attributes = response.path("sessionAttributes").isObject()
                                ? response.path("sessionAttributes") : JSON.createObjectNode();
                    }
                }
            }
        }
        return new Report(List.copyOf(sent), responses);
    }

    private static JsonNode send(RequestStreamHandler handler, Step step) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        JsonNode response;
        try {
            handler.handleRequest(new ByteArrayInputStream(JSON.writeValueAsBytes(step.envelope())), out, null);
            response = out.size() == 0 ? null : JSON.readTree(out.toByteArray());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("priming request failed: " + step.name(), e);
        }
        Optional<Refusal> refused = Refusal.in(out.toByteArray());
        if (refused.isPresent()) {
            throw new IllegalStateException("priming request refused (" + refused.get().code() + "): " + step.name());
        }
        return response;
    }

    /** One round's requests for a locale, in order, built from its interaction model. */
    static List<Step> conversation(String locale, String applicationId) {
        JsonNode model = read("models/" + locale + ".json").path("interactionModel").path("languageModel");
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(locale + " LaunchRequest", envelope("launch.json", applicationId, locale)));
        List<Step> enders = new ArrayList<>();
        for (JsonNode intent : model.path("intents")) {
            String name = intent.path("name").asText();
            ObjectNode envelope = intentRequest("intent.json", applicationId, locale, name);
            ObjectNode slots = ((ObjectNode) envelope.path("request").path("intent")).putObject("slots");
            intent.path("slots").forEach(slot -> slots.set(slot.path("name").asText(), slot(slot, model, applicationId)));
            (SESSION_ENDERS.contains(name) ? enders : steps).add(new Step(locale + " IntentRequest " + name, envelope));
        }
        steps.addAll(enders);
        steps.add(new Step(locale + " SessionEndedRequest", envelope("session-ended.json", applicationId, locale)));
        String first = model.path("intents").path(0).path("name").asText();
        steps.add(new Step(locale + " IntentRequest " + first + " from a screen device",
                intentRequest("screen-intent.json", applicationId, locale, first)));
        return steps;
    }

    /** A slot filled as Alexa fills it: a custom type's first value, matched by entity resolution; else a plain value. */
    private static ObjectNode slot(JsonNode declared, JsonNode model, String applicationId) {
        String name = declared.path("name").asText();
        String type = declared.path("type").asText();
        JsonNode value = null;
        for (JsonNode custom : model.path("types")) {
            if (custom.path("name").asText().equals(type)) {
                value = custom.path("values").path(0);
            }
        }
        // a built-in type (a search query, say) hears the model's first custom value, as words
        JsonNode words = value != null ? value : model.path("types").path(0).path("values").path(0);
        ObjectNode slot = JSON.createObjectNode().put("name", name).put("value", words.at("/name/value").asText("heroin"))
                .put("confirmationStatus", "NONE");
        if (value != null) {
            ObjectNode authority = slot.putObject("resolutions").putArray("resolutionsPerAuthority").addObject()
                    .put("authority", "amzn1.er-authority.echo-sdk." + applicationId + "." + type);
            authority.putObject("status").put("code", "ER_SUCCESS_MATCH");
            authority.putArray("values").addObject().putObject("value")
                    .put("name", value.at("/name/value").asText()).put("id", value.path("id").asText());
        }
        return slot;
    }

    /** A request from one of the templates, as bytes: an intent request when {@code intent} is not null. */
    static byte[] request(String template, String applicationId, String locale, String intent) {
        try {
            return JSON.writeValueAsBytes(intent == null ? envelope(template, applicationId, locale)
                    : intentRequest(template, applicationId, locale, intent));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An IntentRequest for the named intent from one of the templates; for tests and benchmarks as well. */
    static ObjectNode intentRequest(String template, String applicationId, String locale, String intent) {
        ObjectNode envelope = envelope(template, applicationId, locale);
        ((ObjectNode) envelope.path("request").path("intent")).put("name", intent);
        return envelope;
    }

    /** A request from {@code priming/<template>}, for this skill and locale; for tests and benchmarks as well. */
    static ObjectNode envelope(String template, String applicationId, String locale) {
        ObjectNode envelope = (ObjectNode) read("priming/" + template);
        ((ObjectNode) envelope.path("session").path("application")).put("applicationId", applicationId);
        ((ObjectNode) envelope.path("context").path("System").path("application")).put("applicationId", applicationId);
        ((ObjectNode) envelope.path("request")).put("locale", locale);
        return envelope;
    }

    private static JsonNode read(String resource) {
        try (InputStream in = Priming.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
