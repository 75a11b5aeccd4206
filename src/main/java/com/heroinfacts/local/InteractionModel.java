package com.heroinfacts.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of an ASK interaction model the local tools need: the invocation name, each intent's samples
 * and slots, and each custom slot type's values with their synonyms. Read from the same file Alexa is given.
 */
public record InteractionModel(String invocationName, Map<String, Intent> intents, Map<String, List<SlotValue>> slotTypes) {

    public record Intent(String name, List<String> samples, Map<String, String> slotTypeBySlot) {
    }

    /** A custom slot value: the id the skill reads and every phrase that means it. */
    public record SlotValue(String id, String name, List<String> synonyms) {
        List<String> phrases() {
            List<String> all = new ArrayList<>(synonyms);
            all.add(0, name);
            return all;
        }
    }

    public static String resourceFor(String locale) {
        return "models/" + locale + ".json";
    }

    /** @return the model for the locale, or null when the jar has none */
    public static InteractionModel loadIfPresent(String locale) {
        String resource = resourceFor(locale);
        try (InputStream in = InteractionModel.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public static InteractionModel parse(JsonNode root) {
        JsonNode language = root.path("interactionModel").path("languageModel");
        Map<String, Intent> intents = new LinkedHashMap<>();
        for (JsonNode intent : language.path("intents")) {
            List<String> samples = new ArrayList<>();
            intent.path("samples").forEach(s -> samples.add(s.asText()));
            Map<String, String> slots = new LinkedHashMap<>();
            intent.path("slots").forEach(s -> slots.put(s.path("name").asText(), s.path("type").asText()));
            String name = intent.path("name").asText();
            intents.put(name, new Intent(name, List.copyOf(samples), Map.copyOf(slots)));
        }
        Map<String, List<SlotValue>> types = new LinkedHashMap<>();
        for (JsonNode type : language.path("types")) {
            List<SlotValue> values = new ArrayList<>();
            for (JsonNode value : type.path("values")) {
                List<String> synonyms = new ArrayList<>();
                value.path("name").path("synonyms").forEach(s -> synonyms.add(s.asText()));
                values.add(new SlotValue(value.path("id").asText(), value.path("name").path("value").asText(),
                        List.copyOf(synonyms)));
            }
            types.put(type.path("name").asText(), List.copyOf(values));
        }
        return new InteractionModel(language.path("invocationName").asText(), Map.copyOf(intents), Map.copyOf(types));
    }
}
