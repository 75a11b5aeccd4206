package com.heroinfacts.local;

import com.heroinfacts.understanding.Words;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict stand-in for Alexa's recogniser, driven by the interaction model itself: an exact sample or slot
 * value gives its intent; else a carrier phrase of a catch-all ("what {query}", "where {query}") gives that catch-all
 * intent with the rest of the words as its query; else a sample with a custom slot takes other words as the slot's
 * value, as Alexa's custom slots are not enumerations (their values train the recogniser) — a sample that is the
 * slot alone ("{topic}") only when the words share one with the slot's values ("duration of heroin withdrawal"),
 * since Alexa hears words near nothing in the model as out of domain; else AMAZON.FallbackIntent. Nothing fuzzy:
 * understanding free words is the skill's own work (its safety recogniser and question router), so what the local
 * tools show is what Lambda answers.
 */
public final class UtteranceResolver {

    /** The catch-all intent and its one AMAZON.SearchQuery slot. */
    public static final String QUESTION_INTENT = "QuestionIntent";
    public static final String QUERY_SLOT = "query";
    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");
    // the launch phrases Alexa accepts in each locale the skill speaks (en-US, es-US); both sets are harmless in the other
    private static final Set<String> LAUNCH_WORDS = Set.of("open", "launch", "start", "begin", "run", "talk to", "ask", "tell", "use",
            "abre", "abrir", "inicia", "empieza", "comienza", "habla con");
    private static final List<String> ONE_SHOT_VERBS = List.of("ask ", "tell ", "open ", "use ",
            "pregúntale a ", "pregunta a ", "pídele a ", "pide a ", "dile a ", "abre ", "usa ");
    private static final List<String> ONE_SHOT_JOINERS = List.of("about ", "to ", "for ", "if ", "whether ",
            "si ", "sobre ", "acerca de ", "por ");

    private record SlotSample(String intent, String text, Pattern pattern, String slot, String slotType) {
    }

    private final String invocationName;
    private final Map<String, String> exact = new HashMap<>();
    private final List<SlotSample> slotSamples = new ArrayList<>();
    private final List<SlotSample> carriers = new ArrayList<>();
    private final Map<String, Map<String, String>> idByPhraseByType = new HashMap<>();
    /** Per custom slot type, the stems of its values' words that no catch-all carrier uses (those open any sentence). */
    private final Map<String, Set<String>> valueWordsByType = new HashMap<>();

    public UtteranceResolver(InteractionModel model, Map<String, List<String>> builtInSamples) {
        this.invocationName = normalise(model.invocationName());
        model.slotTypes().forEach((type, values) -> {
            Map<String, String> byPhrase = new HashMap<>();
            values.forEach(v -> v.phrases().forEach(p -> byPhrase.putIfAbsent(normalise(p), v.id())));
            idByPhraseByType.put(type, byPhrase);
        });
        model.intents().values().forEach(intent -> intent.samples().forEach(s -> add(intent.name(), s, intent.slotTypeBySlot())));
        builtInSamples.forEach((intent, list) -> list.forEach(s -> add(intent, s, Map.of())));
        // the shortest carrier first: it leaves the most words to the query ("he wants to die", not "wants to die")
        carriers.sort(Comparator.comparingInt(c -> c.text().length()));
        Set<String> carrierWords = new HashSet<>();
        carriers.forEach(c -> carrierWords.addAll(Words.stems(c.text())));
        idByPhraseByType.forEach((type, byPhrase) -> {
            Set<String> words = new HashSet<>();
            byPhrase.keySet().forEach(phrase -> words.addAll(Words.stems(phrase)));
            words.removeAll(carrierWords);
            valueWordsByType.put(type, Set.copyOf(words));
        });
    }

    public Resolution resolve(String spoken) {
        String utterance = stripInvocation(normalise(spoken));
        if (utterance == null) {
            return new Resolution(Resolution.LAUNCH, Map.of(), "opens the skill by its invocation name");
        }
        String intent = exact.get(utterance);
        if (intent != null) {
            return new Resolution(intent, Map.of(), "sample \"" + utterance + "\"");
        }
        Resolution slotted = matchSlotSamples(slotSamples, utterance, true);
        if (slotted != null) {
            return slotted;
        }
        Resolution caught = matchSlotSamples(carriers, utterance, false);
        if (caught != null) {
            return caught;
        }
        Resolution unknownValue = matchSlotSamples(slotSamples, utterance, false);
        if (unknownValue != null) {
            return unknownValue;
        }
        return new Resolution(Resolution.FALLBACK, Map.of(), "fallback: no sample, slot value or carrier phrase");
    }

    private void add(String intent, String sample, Map<String, String> slotTypes) {
        Matcher slot = SLOT.matcher(sample);
        if (!slot.find()) {
            exact.putIfAbsent(normalise(sample), intent);
            return;
        }
        String slotName = slot.group(1);
        String[] around = sample.split("\\{" + slotName + "}", -1);
        String before = normalise(around[0]);
        String after = normalise(around[1]);
        Pattern pattern = Pattern.compile("^" + (before.isEmpty() ? "" : Pattern.quote(before + " ")) + "(.+?)"
                + (after.isEmpty() ? "" : Pattern.quote(" " + after)) + "$");
        String type = slotTypes.get(slotName);
        SlotSample parsed = new SlotSample(intent, normalise(sample.replace("{" + slotName + "}", "")), pattern, slotName, type);
        if ("AMAZON.SearchQuery".equals(type)) {
            carriers.add(parsed);
        } else {
            slotSamples.add(parsed);
        }
    }

    /** A sample with a slot, filled by a known value, or (for the catch-all and, last, custom slots) by any words. */
    private Resolution matchSlotSamples(List<SlotSample> samples, String utterance, boolean knownValuesOnly) {
        for (SlotSample sample : samples) {
            Matcher m = sample.pattern().matcher(utterance);
            if (!m.matches()) {
                continue;
            }
            String value = m.group(1).trim();
            String id = idByPhraseByType.getOrDefault(sample.slotType(), Map.of()).get(value);
            boolean bareSlot = sample.text().isEmpty();
            if (id != null || (!knownValuesOnly && (!bareSlot || nearValues(sample.slotType(), value)))) {
                String how = id != null ? "sample \"" + sample.text() + " {" + sample.slot() + "}\" with a slot value"
                        : carriers.contains(sample) ? "catch-all: carrier phrase \"" + sample.text() + "\""
                        : "sample \"" + (sample.text() + " {" + sample.slot() + "}").strip() + "\" with words that match no slot value";
                return new Resolution(sample.intent(), Map.of(sample.slot(), new Resolution.SlotFill(value, id)), how);
            }
        }
        return null;
    }

    private boolean nearValues(String slotType, String words) {
        Set<String> valueWords = valueWordsByType.getOrDefault(slotType, Set.of());
        return Words.stems(words).stream().anyMatch(valueWords::contains);
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
        return Words.normalise(text);
    }
}
