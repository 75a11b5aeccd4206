package com.heroinfacts.understanding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How the skill understands free words in one locale: the safety recogniser first, then the question router.
 * Pure: the same text always gives the same {@link Decision}, so the local tools can explain what the skill did
 * by running the same classes, and nothing here logs.
 */
public record Understanding(SafetyRecogniser safety, QuestionRouter router, Map<String, String> questionWords) {

    /** The catch-all whose carriers are any opening ("what", "my", "tell me"): its query is routed as it is. */
    public static final String QUESTION_INTENT = "QuestionIntent";

    public Understanding {
        questionWords = Map.copyOf(questionWords);
    }

    /**
     * The words to route for a catch-all intent's query. Alexa leaves a carrier phrase out of the query, so for the
     * catch-alls whose carrier is a question word ("where {query}") that word, which often tells neighbouring
     * answers apart (where to get naloxone, not what it is), is put back from {@code understanding/<locale>.json}.
     *
     * @return the question to route, or empty when the intent is not a catch-all
     */
    public Optional<String> question(String intent, String query) {
        if (QUESTION_INTENT.equals(intent)) {
            return Optional.of(query);
        }
        String word = questionWords.get(intent);
        return word == null ? Optional.empty() : Optional.of(word + " " + query);
    }

    /** The catch-all intents of a locale: {@link #QUESTION_INTENT} and each with a question word. */
    public static Set<String> catchAllIntents(String locale) {
        Set<String> intents = new HashSet<>(Vocabulary.load(locale).questionWords().keySet());
        intents.add(QUESTION_INTENT);
        return Set.copyOf(intents);
    }

    /** Which layer decided, and what. */
    public record Decision(SafetyKind safety, QuestionRouter.Route route) {

        /** @return the topic to answer with, or empty for the fallback answer */
        public Optional<String> topic() {
            if (safety != SafetyKind.NONE) {
                return Optional.of(safety.topic());
            }
            return route == null ? Optional.empty() : Optional.of(route.topic());
        }
    }

    public Decision decide(String text) {
        SafetyKind kind = safety.classify(text);
        if (kind != SafetyKind.NONE) {
            return new Decision(kind, null);
        }
        return new Decision(SafetyKind.NONE, router.route(text).orElse(null));
    }

    /** Whether the jar holds the locale's interaction model and safety phrases. */
    public static boolean resourcesPresent(String locale) {
        ClassLoader loader = Understanding.class.getClassLoader();
        return loader.getResource("models/" + locale + ".json") != null && loader.getResource(SafetyRecogniser.resourceFor(locale)) != null;
    }

    /**
     * @param topicByIntent each topic intent's name and its topic id, from the catalogue by the naming rule
     * @return the locale's understanding, or null when the jar lacks its model or its safety phrases
     */
    public static Understanding loadIfPresent(String locale, Map<String, String> topicByIntent) {
        SafetyRecogniser safety = SafetyRecogniser.loadIfPresent(locale);
        String resource = "models/" + locale + ".json";
        try (InputStream in = Understanding.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null || safety == null) {
                return null;
            }
            Vocabulary vocabulary = Vocabulary.load(locale);
            return new Understanding(safety, QuestionRouter.fromModel(JsonValues.read(in), topicByIntent, vocabulary),
                    vocabulary.questionWords());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
