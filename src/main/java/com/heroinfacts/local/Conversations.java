package com.heroinfacts.local;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * A typed conversation with the skill: utterance to intent (from the locale's interaction model), intent to
 * request envelope, envelope through the Lambda handler, and the session carried to the next turn.
 */
final class Conversations {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final LocalSkill skill;
    private final UtteranceResolver resolver;
    private final LocalSession session;

    /** One turn: what was understood, what was sent, and what came back. */
    record Exchange(String utterance, Resolution resolution, JsonNode request, JsonNode response) {
    }

    Conversations(LocalSkill skill, String locale) {
        this(skill, locale, false);
    }

    /** @param apl whether the simulated device has a screen (APL), like an Echo Show */
    Conversations(LocalSkill skill, String locale, boolean apl) {
        this(skill, resolverFor(locale), locale, apl);
    }

    /** A fresh session that shares an already loaded model's resolver: many short sessions, one model read. */
    Conversations(LocalSkill skill, UtteranceResolver resolver, String locale, boolean apl) {
        this.skill = skill;
        this.resolver = resolver;
        this.session = LocalSession.fromEnvironment(locale, apl);
    }

    Exchange say(String utterance) throws IOException {
        Resolution resolution = resolver.resolve(utterance);
        JsonNode request = session.requestFor(resolution);
        LocalSkill.Outcome outcome = skill.invoke(MAPPER.writeValueAsBytes(request));
        if (outcome instanceof LocalSkill.Refused refused) {
            // the simulator builds its requests as Alexa does: a refusal here is a bug in it, not in what was said
            throw new IllegalStateException("the skill refused the simulated request: " + refused.refusal().message());
        }
        JsonNode response = outcome.bytes().length == 0 ? null : MAPPER.readTree(outcome.bytes());
        session.update(response);
        return new Exchange(utterance, resolution, request, response);
    }

    /** Tells the skill the user left, as Alexa does when a session is abandoned. */
    void leave() throws IOException {
        if (!session.isNew()) {
            skill.invoke(MAPPER.writeValueAsBytes(session.sessionEnded("USER_INITIATED")));
        }
    }

    static UtteranceResolver resolverFor(String locale) {
        InteractionModel model = InteractionModel.loadIfPresent(locale);
        if (model == null) {
            throw new IllegalArgumentException("no interaction model for locale " + locale);
        }
        return new UtteranceResolver(model, builtInSamples(locale));
    }

    private static Map<String, List<String>> builtInSamples(String locale) {
        String resource = "simulator/" + locale + ".json";
        try (InputStream in = Conversations.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Map.of() : MAPPER.readValue(in, new TypeReference<Map<String, List<String>>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
