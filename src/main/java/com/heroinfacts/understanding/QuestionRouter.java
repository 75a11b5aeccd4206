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
 * topic: its intent's samples and the TOPIC slot's values and synonyms. Words are read through the locale's
 * {@link Vocabulary}: stemmed, filler words ("what", "exactly") dropped, everyday words read as the model's. Two
 * kinds of evidence are combined, as each alone is fooled. The closest single phrase: words weighted by their
 * rarity across phrases, words said that the phrase lacks counting less than a third against it. And the topic as a whole: of what was
 * said, weighted by how few topics use each word (how well it tells topics apart, not phrases), how much the
 * topic's phrases carry, each word by the share of the topic's phrases that use it, softened (its fourth root), so
 * a word that one sample of thirty happens to contain counts for less than the topic's own words. Below
 * {@link #THRESHOLD} nothing fits and the caller gives its fallback. Built once per locale, immutable,
 * thread-safe; a topic added to the catalogue and the model is picked up with no code change.
 */
public final class QuestionRouter {

    /** Below this combined score no topic fits; tuned on the held-out lists in src/test/resources/heldout. */
    public static final double THRESHOLD = 0.25;
    /** Longer queries are not questions a person speaks; they get the fallback answer. */
    static final int MAX_WORDS = 40;
    /** Long spoken questions carry many words no sample has; 0.3 against 0.5 reached more on every held-out list. */
    private static final double EXTRA_WORD_FACTOR = 0.3;
    /** How much a word used by few of a topic's phrases still counts: share to this power (1/4: 1 in 30 counts 0.43). */
    private static final double SHARE_POWER = 0.25;
    private static final Set<String> HEARD_ONLY = java.util.Arrays.stream(SafetyKind.values())
            .filter(SafetyKind::heardOnly).map(SafetyKind::topic).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** A topic and how well the question fits it, from 0 to 1. */
    public record Route(String topic, double score) {
    }

    private record Phrase(String topic, Set<String> words) {
    }

    private final Vocabulary vocabulary;
    private final List<Phrase> phrases;
    private final Map<String, Double> idf;
    private final double unknownWordWeight;
    /** Each word's rarity across topics rather than phrases. */
    private final Map<String, Double> topicIdf;
    private final double unknownTopicWeight;
    /** For each topic, each word's share of the topic's phrases that use it, already softened by {@link #SHARE_POWER}. */
    private final Map<String, Map<String, Double>> topicShares;

    private QuestionRouter(List<Phrase> phrases, Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.phrases = List.copyOf(phrases);
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        Map<String, Integer> phrasesPerTopic = new HashMap<>();
        for (Phrase p : phrases) {
            phrasesPerTopic.merge(p.topic(), 1, Integer::sum);
            Map<String, Integer> topicCounts = counts.computeIfAbsent(p.topic(), t -> new HashMap<>());
            p.words().forEach(w -> topicCounts.merge(w, 1, Integer::sum));
        }
        Map<String, Integer> topicFrequency = new HashMap<>();
        counts.values().forEach(words -> words.keySet().forEach(w -> topicFrequency.merge(w, 1, Integer::sum)));
        Map<String, Double> topicWeights = new HashMap<>();
        topicFrequency.forEach((word, df) -> topicWeights.put(word, Math.log(1.0 + (double) counts.size() / df)));
        this.topicIdf = Map.copyOf(topicWeights);
        this.unknownTopicWeight = average(topicWeights);
        Map<String, Map<String, Double>> shares = new HashMap<>();
        counts.forEach((topic, words) -> {
            Map<String, Double> share = new HashMap<>();
            words.forEach((w, n) -> share.put(w, Math.pow((double) n / phrasesPerTopic.get(topic), SHARE_POWER)));
            shares.put(topic, Map.copyOf(share));
        });
        this.topicShares = Map.copyOf(shares);
        Map<String, Integer> frequency = new HashMap<>();
        phrases.forEach(p -> p.words().forEach(w -> frequency.merge(w, 1, Integer::sum)));
        Map<String, Double> weights = new HashMap<>();
        frequency.forEach((word, df) -> weights.put(word, Math.log(1.0 + (double) phrases.size() / df)));
        this.idf = Map.copyOf(weights);
        // a word no phrase uses is rare, but says nothing about which topic is meant
        this.unknownWordWeight = average(weights);
    }

    private static double average(Map<String, Double> weights) {
        return weights.values().stream().mapToDouble(Double::doubleValue).average().orElse(1.0);
    }

    /** A router with no filler words or everyday equivalents: the model's words only. */
    public static QuestionRouter fromModel(Object model, Map<String, String> topicByIntent) {
        return fromModel(model, topicByIntent, Vocabulary.NONE);
    }

    /**
     * @param model          the interaction model as Alexa is given it, read by {@link #readModel}
     * @param topicByIntent  each topic intent's name and its topic id
     * @param vocabulary     the locale's filler words and everyday equivalents
     */
    static QuestionRouter fromModel(Object model, Map<String, String> topicByIntent, Vocabulary vocabulary) {
        Map<?, ?> language = JsonValues.object(JsonValues.object(model, "interactionModel"), "languageModel");
        List<Phrase> phrases = new ArrayList<>();
        for (Object intent : JsonValues.list(language, "intents")) {
            String topic = topicByIntent.get(JsonValues.text(intent, "name"));
            if (topic != null) {
                JsonValues.list(intent, "samples").forEach(s -> add(phrases, topic, String.valueOf(s), vocabulary));
            }
        }
        for (Object type : JsonValues.list(language, "types")) {
            for (Object value : JsonValues.list(type, "values")) {
                String topic = JsonValues.text(value, "id");
                if (topicByIntent.containsValue(topic)) {
                    Map<?, ?> name = JsonValues.object(value, "name");
                    add(phrases, topic, JsonValues.text(name, "value"), vocabulary);
                    JsonValues.list(name, "synonyms").forEach(s -> add(phrases, topic, String.valueOf(s), vocabulary));
                }
            }
        }
        return new QuestionRouter(phrases, vocabulary);
    }

    /** An interaction model's JSON as {@link #fromModel} reads it. */
    public static Object readModel(java.io.InputStream in) throws java.io.IOException {
        return JsonValues.read(in);
    }

    private static void add(List<Phrase> phrases, String topic, String text, Vocabulary vocabulary) {
        Set<String> words = new LinkedHashSet<>(vocabulary.terms(text.replaceAll("\\{\\w+}", " ")));
        if (!words.isEmpty()) {
            phrases.add(new Phrase(topic, Set.copyOf(words)));
        }
    }

    /**
     * @return the best topic when it fits well enough and is not an answer only the safety recogniser gives: words
     * closest to "I took too much" that the recogniser did not hear get the fallback, which leads with 911 and 988,
     * never the next topic's facts
     */
    public Optional<Route> route(String question) {
        Route best = best(question);
        return best.topic() != null && best.score() >= THRESHOLD && !HEARD_ONLY.contains(best.topic()) ? Optional.of(best) : Optional.empty();
    }

    /** @return the closest topic whatever its score (for --explain), or a null topic when no word can tell topics apart */
    public Route best(String question) {
        if (question == null || Words.stems(question).size() > MAX_WORDS) {
            return new Route(null, 0);
        }
        Set<String> said = new LinkedHashSet<>(vocabulary.terms(question));
        if (said.isEmpty()) {
            return new Route(null, 0);
        }
        Map<String, Double> closestPhrase = new HashMap<>();
        for (Phrase phrase : phrases) {
            closestPhrase.merge(phrase.topic(), overlap(phrase.words(), said), Math::max);
        }
        Route best = new Route(null, 0);
        for (Map.Entry<String, Double> topic : closestPhrase.entrySet()) {
            double score = Math.sqrt(topic.getValue() * topicEvidence(topicShares.get(topic.getKey()), said));
            if (score > best.score()) {
                best = new Route(topic.getKey(), score);
            }
        }
        return best;
    }

    /** Of what was said, by rarity across topics, how much the topic's phrases carry; unknown words count fully against. */
    private double topicEvidence(Map<String, Double> shares, Set<String> said) {
        double carried = 0;
        double total = 0;
        for (String word : said) {
            double weight = topicIdf.getOrDefault(word, unknownTopicWeight);
            total += weight;
            carried += weight * shares.getOrDefault(word, 0.0);
        }
        return total == 0 ? 0 : carried / total;
    }

    /** Shared weight over combined weight; words the person adds count {@link #EXTRA_WORD_FACTOR}, as filler is forgiven more than missing content. */
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
