package com.heroinfacts.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What in a request envelope identifies a person or carries their words, and so must never be logged. */
final class Secrets {

    private static final Set<String> IDENTIFIER_FIELDS = Set.of(
            "userId", "deviceId", "personId", "accessToken", "apiAccessToken", "consentToken", "sessionId");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Secrets() {
    }

    /** User, device, person and session ids and every token, wherever they sit in the envelope. */
    static List<String> identifiers(JsonNode envelope) {
        List<String> found = new ArrayList<>();
        collect(envelope, found);
        return found;
    }

    /** The user's words: slot values, and the free text of a session-ended error. */
    static List<String> words(JsonNode envelope) {
        List<String> found = new ArrayList<>();
        envelope.at("/request/intent/slots").forEach(slot -> add(slot.path("value"), found));
        add(envelope.at("/request/error/message"), found);
        return found;
    }

    static int count(List<Fixtures.Fixture> fixtures) {
        return fixtures.stream().mapToInt(f -> identifiers(f.envelope()).size() + words(f.envelope()).size()).sum();
    }

    static boolean isSessionEnded(byte[] body) {
        try {
            JsonNode tree = MAPPER.readTree(body);
            return tree != null && "SessionEndedRequest".equals(tree.path("request").path("type").textValue());
        } catch (IOException e) {
            return false;
        }
    }

    private static void collect(JsonNode node, List<String> found) {
        node.fields().forEachRemaining(field -> {
            if (IDENTIFIER_FIELDS.contains(field.getKey())) {
                add(field.getValue(), found);
            }
            if (field.getValue().isContainerNode()) {
                collect(field.getValue(), found);
            }
        });
        if (node.isArray()) {
            node.forEach(child -> collect(child, found));
        }
    }

    /** Short values would match by accident (and say nothing about anyone). */
    private static void add(JsonNode value, List<String> found) {
        if (value.isTextual() && value.textValue().strip().length() >= 4) {
            found.add(value.textValue().strip());
        }
    }
}
