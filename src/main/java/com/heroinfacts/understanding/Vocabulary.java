package com.heroinfacts.understanding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A locale's words as the router counts them, from {@code understanding/<locale>.json}: filler words that open or
 * pad a question in every topic ("what", "exactly", "really") are dropped, and everyday words for the same thing
 * ("syringe" for "needle", "od" for "overdose", "nose spray" for "naloxone") are read as the words the model uses;
 * where two everyday phrases overlap the longer is read. Both are general language facts kept as data, applied
 * alike to the model's samples and to what people say. Immutable and thread-safe.
 */
final class Vocabulary {

    static final Vocabulary NONE = new Vocabulary(Set.of(), Map.of(), Map.of());

    private final Set<String> fillers;
    /** Keyed by the stems of the everyday word or phrase. */
    private final Map<List<String>, List<String>> sameAs;
    private final int longestPhrase;
    private final Map<String, String> questionWords;

    private Vocabulary(Set<String> fillers, Map<List<String>, List<String>> sameAs, Map<String, String> questionWords) {
        this.fillers = Set.copyOf(fillers);
        this.sameAs = Map.copyOf(sameAs);
        this.questionWords = Map.copyOf(questionWords);
        this.longestPhrase = sameAs.keySet().stream().mapToInt(List::size).max().orElse(1);
    }

    static String resourceFor(String locale) {
        return "understanding/" + locale + ".json";
    }

    /** @return the locale's vocabulary, or {@link #NONE} when the jar has none for it */
    static Vocabulary load(String locale) {
        String resource = resourceFor(locale);
        try (InputStream in = Vocabulary.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? NONE : from(JsonValues.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** @return each question-word catch-all intent and its question word (none when the file has none) */
    Map<String, String> questionWords() {
        return questionWords;
    }

    static Vocabulary from(Object json) {
        Set<String> fillers = new HashSet<>();
        JsonValues.list(json, "fillers").forEach(w -> fillers.addAll(Words.stems(String.valueOf(w))));
        Map<List<String>, List<String>> sameAs = new HashMap<>();
        JsonValues.object(json, "sameAs").forEach((words, meaning) -> {
            List<String> stems = Words.stems(String.valueOf(words));
            if (!stems.isEmpty()) {
                sameAs.put(List.copyOf(stems), List.copyOf(Words.stems(String.valueOf(meaning))));
            }
        });
        Map<String, String> questionWords = new HashMap<>();
        JsonValues.object(json, "questionWords").forEach((intent, word) -> questionWords.put(String.valueOf(intent), String.valueOf(word)));
        return new Vocabulary(fillers, sameAs, questionWords);
    }

    /** The words of a text that can tell topics apart: stemmed, everyday words read as the model's, fillers gone. */
    List<String> terms(String text) {
        List<String> stems = Words.stems(text);
        List<String> terms = new ArrayList<>();
        int next = 0;
        while (next < stems.size()) {
            int length = Math.min(longestPhrase, stems.size() - next);
            while (length > 1 && !sameAs.containsKey(stems.subList(next, next + length))) {
                length--;
            }
            List<String> said = stems.subList(next, next + length);
            for (String word : sameAs.getOrDefault(said, said)) {
                if (!fillers.contains(word)) {
                    terms.add(word);
                }
            }
            next += length;
        }
        return terms;
    }
}
