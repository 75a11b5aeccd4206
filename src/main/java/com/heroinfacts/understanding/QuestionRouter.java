package com.heroinfacts.understanding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the catalogue topic a free question is about, from what the interaction model already says about each
 * topic: its intent's samples and the TOPIC slot's values and synonyms. Words are stemmed; a word weighs its
 * rarity across those phrases (IDF), so "naloxone" decides and "what is" hardly counts; words the phrase lacks
 * count against it at half weight. Below {@link #THRESHOLD} nothing fits and the caller gives its fallback.
 * Built once per locale, immutable, thread-safe; a topic added to the catalogue and the model is picked up
 * with no code change.
 */
public final class QuestionRouter {

    /** Below this weighted overlap no topic fits; tuned on the held-out lists in src/test/resources/heldout. */
    public static final double THRESHOLD = 0.38;
    /** Longer queries are not questions a person speaks; they get the fallback answer. */
    static final int MAX_WORDS = 40;
    private static final double EXTRA_WORD_FACTOR = 0.5;

    /** A topic and how well the question fits it, from 0 to 1. */
    public record Route(String topic, double score) {
    }

    private record Phrase(String topic, Set<String> words) {
    }

    private final List<Phrase> phrases;
    private final Map<String, Double> idf;
    private final double unknownWordWeight;
    /** Every word any phrase of a topic uses, and each word's rarity across topics rather than phrases. */
    private final Map<String, Set<String>> vocabularyByTopic;
    private final Map<String, Double> topicIdf;

    private QuestionRouter(List<Phrase> phrases) {
        this.phrases = List.copyOf(phrases);
        Map<String, Set<String>> vocabulary = new HashMap<>();
        phrases.forEach(p -> vocabulary.computeIfAbsent(p.topic(), t -> new java.util.HashSet<>()).addAll(p.words()));
        Map<String, Integer> topicFrequency = new HashMap<>();
        vocabulary.values().forEach(words -> words.forEach(w -> topicFrequency.merge(w, 1, Integer::sum)));
        Map<String, Double> topicWeights = new HashMap<>();
        topicFrequency.forEach((word, df) -> topicWeights.put(word, Math.log(1.0 + (double) vocabulary.size() / df)));
        Map<String, Set<String>> frozen = new HashMap<>();
        vocabulary.forEach((topic, words) -> frozen.put(topic, Set.copyOf(words)));
        this.vocabularyByTopic = Map.copyOf(frozen);
        this.topicIdf = Map.copyOf(topicWeights);
        Map<String, Integer> frequency = new HashMap<>();
        phrases.forEach(p -> p.words().forEach(w -> frequency.merge(w, 1, Integer::sum)));
        Map<String, Double> weights = new HashMap<>();
        frequency.forEach((word, df) -> weights.put(word, Math.log(1.0 + (double) phrases.size() / df)));
        this.idf = Map.copyOf(weights);
        // a word no phrase uses is rare, but says nothing about which topic is meant
        this.unknownWordWeight = weights.values().stream().mapToDouble(Double::doubleValue).average().orElse(1.0);
    }

    /**
     * @param model          the interaction model as Alexa is given it, read by {@link #readModel}
     * @param topicByIntent  each topic intent's name and its topic id
     */
    public static QuestionRouter fromModel(Object model, Map<String, String> topicByIntent) {
        Map<?, ?> language = JsonValues.object(JsonValues.object(model, "interactionModel"), "languageModel");
        List<Phrase> phrases = new ArrayList<>();
        for (Object intent : JsonValues.list(language, "intents")) {
            String topic = topicByIntent.get(JsonValues.text(intent, "name"));
            if (topic != null) {
                JsonValues.list(intent, "samples").forEach(s -> add(phrases, topic, String.valueOf(s)));
            }
        }
        for (Object type : JsonValues.list(language, "types")) {
            for (Object value : JsonValues.list(type, "values")) {
                String topic = JsonValues.text(value, "id");
                if (topicByIntent.containsValue(topic)) {
                    Map<?, ?> name = JsonValues.object(value, "name");
                    add(phrases, topic, JsonValues.text(name, "value"));
                    JsonValues.list(name, "synonyms").forEach(s -> add(phrases, topic, String.valueOf(s)));
                }
            }
        }
        return new QuestionRouter(phrases);
    }

    /** An interaction model's JSON as {@link #fromModel} reads it. */
    public static Object readModel(java.io.InputStream in) throws java.io.IOException {
        return JsonValues.read(in);
    }

    private static void add(List<Phrase> phrases, String topic, String text) {
        Set<String> words = new LinkedHashSet<>(Words.stems(text.replaceAll("\\{\\w+}", " ")));
        if (!words.isEmpty()) {
            phrases.add(new Phrase(topic, Set.copyOf(words)));
        }
    }

    /** @return the best topic when it fits well enough */
    public Optional<Route> route(String question) {
        Route best = best(question);
        return best.topic() != null && best.score() >= THRESHOLD ? Optional.of(best) : Optional.empty();
    }

    /** @return the closest topic whatever its score (for --explain), or a null topic for no words at all */
    public Route best(String question) {
        List<String> stems = question == null ? List.of() : Words.stems(question);
        if (stems.isEmpty() || stems.size() > MAX_WORDS) {
            return new Route(null, 0);
        }
        Set<String> said = new LinkedHashSet<>(stems);
        Map<String, Double> closestPhrase = new HashMap<>();
        for (Phrase phrase : phrases) {
            closestPhrase.merge(phrase.topic(), overlap(phrase.words(), said), Math::max);
        }
        Route best = new Route(null, 0);
        for (Map.Entry<String, Double> topic : closestPhrase.entrySet()) {
            // the closest phrase, and how much of what was said the topic's words cover at all: each alone is
            // fooled, one by a phrase sharing only filler, the other by a topic with a large vocabulary
            double score = Math.sqrt(topic.getValue() * coverage(vocabularyByTopic.get(topic.getKey()), said));
            if (score > best.score()) {
                best = new Route(topic.getKey(), score);
            }
        }
        return best;
    }

    /** The share of what was said, by rarity across topics, that the topic's words cover; unknown words count fully against. */
    private double coverage(Set<String> vocabulary, Set<String> said) {
        double covered = 0;
        double total = 0;
        for (String word : said) {
            double weight = topicIdf.getOrDefault(word, unknownWordWeight);
            total += weight;
            if (vocabulary.contains(word)) {
                covered += weight;
            }
        }
        return total == 0 ? 0 : covered / total;
    }

    /** Shared weight over combined weight; words the person adds count half, as filler is forgiven more than missing content. */
    private double overlap(Set<String> phrase, Set<String> said) {
        double shared = 0;
        double combined = 0;
        for (String word : phrase) {
            double weight = idf.get(word);
            combined += weight;
            if (said.contains(word)) {
                shared += weight;
            }
        }
        for (String word : said) {
            if (!phrase.contains(word)) {
                combined += EXTRA_WORD_FACTOR * idf.getOrDefault(word, unknownWordWeight);
            }
        }
        return combined == 0 ? 0 : shared / combined;
    }
}
