package com.heroinfacts.local;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small stand-in for Alexa's recogniser, driven by the interaction model itself: an exact sample or slot
 * value first, then the closest sample by word overlap (rare words count more than common ones) when it is
 * close enough, else AMAZON.FallbackIntent.
 */
public final class UtteranceResolver {

    /** Below this weighted overlap the recogniser gives up, as Alexa does, with the fallback intent. */
    static final double THRESHOLD = 0.5;
    private static final double EXTRA_WORD_FACTOR = 0.5;
    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    // the launch phrases Alexa accepts in each locale the skill speaks (en-US, es-US); both sets are harmless in the other
    private static final Set<String> LAUNCH_WORDS = Set.of("open", "launch", "start", "begin", "run", "talk to", "ask", "tell", "use",
            "abre", "abrir", "inicia", "empieza", "comienza", "habla con");
    private static final List<String> ONE_SHOT_VERBS = List.of("ask ", "tell ", "open ", "use ",
            "pregúntale a ", "pregunta a ", "pídele a ", "pide a ", "dile a ", "abre ", "usa ");
    private static final List<String> ONE_SHOT_JOINERS = List.of("about ", "to ", "for ", "if ", "whether ",
            "si ", "sobre ", "acerca de ", "por ");

    private record Sample(String intent, String text, List<String> words, Pattern pattern, String slot, String slotType) {
    }

    private final String invocationName;
    private final Map<String, String> exact = new HashMap<>();
    private final List<Sample> samples = new ArrayList<>();
    private final Map<String, Map<String, String>> idByPhraseByType = new HashMap<>();
    private final Map<String, Double> idf = new HashMap<>();
    private final double unknownWordWeight;

    public UtteranceResolver(InteractionModel model, Map<String, List<String>> builtInSamples) {
        this.invocationName = normalise(model.invocationName());
        model.slotTypes().forEach((type, values) -> {
            Map<String, String> byPhrase = new HashMap<>();
            values.forEach(v -> v.phrases().forEach(p -> byPhrase.putIfAbsent(normalise(p), v.id())));
            idByPhraseByType.put(type, byPhrase);
        });
        model.intents().values().forEach(intent -> intent.samples().forEach(s -> add(intent.name(), s, intent.slotTypeBySlot())));
        builtInSamples.forEach((intent, list) -> list.forEach(s -> add(intent, s, Map.of())));
        Map<String, Integer> documentFrequency = new HashMap<>();
        samples.forEach(s -> new LinkedHashSet<>(s.words()).forEach(w -> documentFrequency.merge(w, 1, Integer::sum)));
        int n = samples.size();
        documentFrequency.forEach((word, df) -> idf.put(word, Math.log(1.0 + (double) n / df)));
        // a word no sample uses is rare, but says nothing about which intent is meant
        this.unknownWordWeight = idf.values().stream().mapToDouble(Double::doubleValue).average().orElse(1.0);
    }

    public Resolution resolve(String spoken) {
        String utterance = stripInvocation(normalise(spoken));
        if (utterance == null) {
            return new Resolution(Resolution.LAUNCH, Map.of(), "opens the skill by its invocation name");
        }
        String intent = exact.get(utterance);
        if (intent != null) {
            return new Resolution(intent, Map.of(), "exact sample \"" + utterance + "\"");
        }
        Resolution slotted = matchSlotSamples(utterance, true);
        if (slotted != null) {
            return slotted;
        }
        Resolution closest = closest(utterance);
        if (closest != null) {
            return closest;
        }
        Resolution unknownValue = matchSlotSamples(utterance, false);
        if (unknownValue != null) {
            return unknownValue;
        }
        return new Resolution(Resolution.FALLBACK, Map.of(), "no sample within overlap " + THRESHOLD);
    }

    private void add(String intent, String sample, Map<String, String> slotTypes) {
        String text = normalise(sample);
        Matcher slot = SLOT.matcher(sample);
        if (!slot.find()) {
            exact.putIfAbsent(text, intent);
            samples.add(new Sample(intent, text, words(text), null, null, null));
            return;
        }
        String slotName = slot.group(1);
        String[] around = sample.split("\\{" + slotName + "}", -1);
        String before = normalise(around[0]);
        String after = normalise(around[1]);
        Pattern pattern = Pattern.compile("^" + (before.isEmpty() ? "" : Pattern.quote(before + " ")) + "(.+?)"
                + (after.isEmpty() ? "" : Pattern.quote(" " + after)) + "$");
        String literal = normalise(sample.replace("{" + slotName + "}", " "));
        samples.add(new Sample(intent, sample.toLowerCase(Locale.ROOT), words(literal), pattern, slotName, slotTypes.get(slotName)));
    }

    /** A sample with a slot, filled by a known value (exact) or, failing all else, by any words. */
    private Resolution matchSlotSamples(String utterance, boolean knownValuesOnly) {
        for (Sample sample : samples) {
            if (sample.pattern() == null) {
                continue;
            }
            Matcher m = sample.pattern().matcher(utterance);
            if (!m.matches()) {
                continue;
            }
            String value = m.group(1).trim();
            String id = idByPhraseByType.getOrDefault(sample.slotType(), Map.of()).get(value);
            boolean bareSlot = sample.words().isEmpty();
            if (id != null || (!knownValuesOnly && !bareSlot)) {
                String how = (id != null ? "exact sample \"" : "sample with an unknown slot value \"") + sample.text() + "\"";
                return new Resolution(sample.intent(), Map.of(sample.slot(), new Resolution.SlotFill(value, id)), how);
            }
        }
        return null;
    }

    private Resolution closest(String utterance) {
        List<String> words = words(utterance);
        double best = 0;
        Sample bestSample = null;
        Resolution.SlotFill bestFill = null;
        for (Sample sample : samples) {
            List<String> compared = words;
            Resolution.SlotFill fill = null;
            if (sample.pattern() != null) {
                fill = findSlotValue(utterance, sample.slotType());
                if (fill == null) {
                    continue;
                }
                compared = words(utterance.replace(fill.value(), " "));
            }
            double score = overlap(new LinkedHashSet<>(sample.words()), new LinkedHashSet<>(compared));
            if (score > best) {
                best = score;
                bestSample = sample;
                bestFill = fill;
            }
        }
        if (bestSample == null || best < THRESHOLD) {
            return null;
        }
        String how = String.format(Locale.ROOT, "closest sample \"%s\" by word overlap %.2f (threshold %.2f)",
                bestSample.text(), best, THRESHOLD);
        return new Resolution(bestSample.intent(), bestFill == null ? Map.of() : Map.of(bestSample.slot(), bestFill), how);
    }

    private Resolution.SlotFill findSlotValue(String utterance, String slotType) {
        String padded = " " + utterance + " ";
        String longest = null;
        for (Map.Entry<String, String> phrase : idByPhraseByType.getOrDefault(slotType, Map.of()).entrySet()) {
            if (padded.contains(" " + phrase.getKey() + " ") && (longest == null || phrase.getKey().length() > longest.length())) {
                longest = phrase.getKey();
            }
        }
        return longest == null ? null : new Resolution.SlotFill(longest, idByPhraseByType.get(slotType).get(longest));
    }

    /**
     * Shared weight over combined weight, a word's weight its rarity across samples. Words the user adds count
     * half, as a recogniser forgives filler ("my buddy isn't breathing after using") more than missing content.
     */
    private double overlap(Set<String> sample, Set<String> utterance) {
        double shared = 0;
        double combined = 0;
        for (String word : sample) {
            double weight = idf.get(word);
            combined += weight;
            if (utterance.contains(word)) {
                shared += weight;
            }
        }
        for (String word : utterance) {
            if (!sample.contains(word)) {
                combined += EXTRA_WORD_FACTOR * idf.getOrDefault(word, unknownWordWeight);
            }
        }
        return combined == 0 ? 0 : shared / combined;
    }

    /** @return the request part of a one-shot ("ask heroin facts what is ..."), or null for a plain launch */
    private String stripInvocation(String utterance) {
        String u = utterance.startsWith("alexa ") ? utterance.substring("alexa ".length()) : utterance;
        if (u.equals(invocationName)) {
            return null;
        }
        for (String verb : LAUNCH_WORDS) {
            if (u.equals(normalise(verb) + " " + invocationName)) {
                return null;
            }
        }
        for (String verb : ONE_SHOT_VERBS) {
            String prefix = normalise(verb) + " " + invocationName + " ";
            if (u.startsWith(prefix)) {
                String rest = u.substring(prefix.length());
                for (String joiner : ONE_SHOT_JOINERS) {
                    if (rest.startsWith(joiner) && !exact.containsKey(rest)) {
                        rest = rest.substring(joiner.length());
                        break;
                    }
                }
                return rest.isBlank() ? null : rest;
            }
        }
        return u;
    }

    /** Lower case, no punctuation, and no accents: a typed "heroina" or "si" should meet the model's "heroína" and "sí". */
    static String normalise(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        String unaccented = ACCENTS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return unaccented.replaceAll("[^\\p{L}\\p{Nd}' ]", " ").replaceAll("\\s+", " ").trim();
    }

    private static List<String> words(String text) {
        return Arrays.stream(normalise(text).split(" ")).filter(w -> !w.isEmpty()).map(UtteranceResolver::stem).toList();
    }

    /** Just enough stemming that "stimulants" meets "stimulant" and "overdosing" meets "overdose". */
    private static String stem(String word) {
        String w = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
        if (w.length() > 5 && w.endsWith("ing")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            w = w.substring(0, w.length() - 1);
        }
        return w.length() > 4 && w.endsWith("e") ? w.substring(0, w.length() - 1) : w;
    }
}
