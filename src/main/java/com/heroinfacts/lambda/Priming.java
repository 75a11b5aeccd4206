package com.heroinfacts.lambda;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.heroinfacts.content.Catalogues;
import com.heroinfacts.skill.TopicIntents;
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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SnapStart's hook before the snapshot: a few rounds of a representative conversation through the skill Lambda
 * will use (launch, every topic, the slot form, yes, repeat, no, help and the other built-in intents, stop, the
 * session's end, and a question from a screen device, which the SDK's own mapper reads and answers with APL), so
 * that the snapshot holds the loaded classes, the parsed catalogue and compiled code. The requests come from
 * {@code priming/*.json} and the catalogue: no user's data, no network. The skill keeps nothing between requests,
 * so priming leaves nothing behind.
 */
final class Priming implements Resource {

    /** Enough rounds for the C1 compiler Lambda runs with to compile what a request runs (BENCHMARKS.md). */
    static final int ROUNDS = 12;

    /** The built-in and helper intents a conversation uses, asked after the topics, in this order. */
    static final List<String> FOLLOW_UPS = List.of("AMAZON.YesIntent", "AMAZON.RepeatIntent", "AMAZON.NoIntent",
            "SourceIntent", "HelplineIntent", "NextStepsIntent", "AMAZON.HelpIntent", "UnsafeRequestIntent",
            "AMAZON.FallbackIntent", "AMAZON.StartOverIntent", "AMAZON.StopIntent");

    private static final JsonFactory JSON = new JsonFactory();
    private static final Logger LOG = LoggerFactory.getLogger(Priming.class);

    /** What one priming run sent, as "locale type [intent]", in order; and how many responses came back. */
    record Report(List<String> requests, int responses) {
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
        lastRun = run(new HeroinFactsStreamHandler(), EnvironmentSkill.settings().skillId(), EnvironmentSkill.catalogues(),
                ROUNDS);
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
    static Report run(RequestStreamHandler handler, String skillId, Catalogues catalogues, int rounds) {
        Templates templates = new Templates(skillId == null ? "amzn1.ask.skill.priming" : skillId);
        List<String> sent = new ArrayList<>();
        int responses = 0;
        for (int round = 0; round < rounds; round++) {
            for (String locale : Catalogues.LOCALES) {
                Conversation conversation = new Conversation(handler, templates, locale, sent);
                conversation.say("LaunchRequest", "launch.json", Map.of());
                for (String topic : catalogues.forLocale(locale).topics().keySet()) {
                    String intent = TopicIntents.intentFor(topic);
                    conversation.say("IntentRequest " + intent, "intent.json", Map.of("intent", intent));
                }
                String firstTopic = catalogues.forLocale(locale).topics().keySet().iterator().next();
                conversation.say("IntentRequest TopicIntent " + firstTopic, "topic-slot.json", Map.of("topic", firstTopic));
                for (String intent : FOLLOW_UPS) {
                    conversation.say("IntentRequest " + intent, "intent.json", Map.of("intent", intent));
                }
                conversation.say("SessionEndedRequest", "session-ended.json", Map.of());
                String firstIntent = TopicIntents.intentFor(firstTopic);
                conversation.say("IntentRequest " + firstIntent + " from a screen device", "screen-intent.json",
                        Map.of("intent", firstIntent));
                responses += conversation.responses;
            }
        }
        return new Report(List.copyOf(sent), responses);
    }

    /** One session: each response's attributes go into the next request, as Alexa carries them. */
    private static final class Conversation {

        private final RequestStreamHandler handler;
        private final Templates templates;
        private final String locale;
        private final List<String> sent;
        private String attributes = "{}";
        private int responses;

        Conversation(RequestStreamHandler handler, Templates templates, String locale, List<String> sent) {
            this.handler = handler;
            this.templates = templates;
            this.locale = locale;
            this.sent = sent;
        }

        void say(String what, String template, Map<String, String> values) {
            String name = locale + " " + what;
            byte[] request = templates.fill(template, locale, sent.size(), attributes, values);
            ByteArrayOutputStream response = new ByteArrayOutputStream(4096);
            try {
                handler.handleRequest(new ByteArrayInputStream(request), response, null);
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("priming request failed: " + name, e);
            }
            Optional<Refusal> refused = Refusal.in(response.toByteArray());
            if (refused.isPresent()) {
                throw new IllegalStateException("priming request refused (" + refused.get().code() + "): " + name);
            }
            sent.add(name);
            if (response.size() > 0) {
                responses++;
                attributes = sessionAttributes(response.toByteArray());
            }
        }
    }

    /** The response's session attributes as JSON text, or an empty object when the session ended. */
    static String sessionAttributes(byte[] response) {
        try (JsonParser parser = JSON.createParser(response)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals("sessionAttributes")) {
                    ByteArrayOutputStream copy = new ByteArrayOutputStream();
                    try (JsonGenerator generator = JSON.createGenerator(copy)) {
                        generator.copyCurrentStructure(parser);
                    }
                    return copy.toString(StandardCharsets.UTF_8);
                }
                parser.skipChildren();
            }
            return "{}";
        } catch (IOException e) {
            throw new UncheckedIOException("priming: unreadable response", e);
        }
    }

    /** A request from one of the templates, with {@code values} for its own placeholders; for tests as well. */
    static byte[] request(String template, String applicationId, String locale, String attributes, Map<String, String> values) {
        return new Templates(applicationId).fill(template, locale, 0, attributes, values);
    }

    /** The request envelopes, read once from the classpath; {name} marks what each request fills in. */
    private static final class Templates {

        private final String applicationId;
        private final Map<String, String> byName = new java.util.HashMap<>();

        Templates(String applicationId) {
            this.applicationId = quoted(applicationId);
        }

        byte[] fill(String template, String locale, int turn, String attributes, Map<String, String> values) {
            String text = byName.computeIfAbsent(template, Templates::read)
                    .replace("{applicationId}", applicationId)
                    .replace("{locale}", quoted(locale))
                    .replace("{turn}", Integer.toString(turn))
                    .replace("{attributes}", attributes);
            for (Map.Entry<String, String> value : values.entrySet()) {
                text = text.replace("{" + value.getKey() + "}", quoted(value.getValue()));
            }
            return text.getBytes(StandardCharsets.UTF_8);
        }

        private static String read(String template) {
            String resource = "priming/" + template;
            try (InputStream in = Priming.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + resource);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }

        /** For the inside of a JSON string: the values come from code and settings, but a quote must not break out. */
        private static String quoted(String value) {
            return new String(JsonStringEncoder.getInstance().quoteAsString(value));
        }
    }
}
