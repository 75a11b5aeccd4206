package com.heroinfacts.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.heroinfacts.content.Catalogue;
import com.heroinfacts.content.Catalogues;
import com.heroinfacts.content.MessageKey;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a response may carry back as session state, judged independently of the skill's code: Alexa's 24 KB
 * limit, and only the skill's own keys with values it could have written (so nothing a client sent is echoed).
 */
final class SessionState {

    static final int MAX_RESPONSE_BYTES = 24 * 1024;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Catalogue CATALOGUE = Catalogues.loadAll().defaultCatalogue();
    private static final Set<String> TOPICS = CATALOGUE.topics().keySet();
    private static final Set<String> EMERGENCIES = CATALOGUE.topics().entrySet().stream()
            .filter(topic -> topic.getValue().emergency()).map(Map.Entry::getKey).collect(Collectors.toSet());
    private static final Set<String> MESSAGES = Arrays.stream(MessageKey.values()).map(Enum::name).collect(Collectors.toSet());

    private SessionState() {
    }

    static List<String> problems(byte[] answer) {
        List<String> problems = new ArrayList<>();
        if (answer.length > MAX_RESPONSE_BYTES) {
            problems.add("response of " + answer.length + " bytes, over Alexa's 24 KB");
        }
        JsonNode attributes;
        try {
            attributes = MAPPER.readTree(answer).path("sessionAttributes");
        } catch (IOException e) {
            return problems;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = attributes.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            boolean valid = switch (field.getKey()) {
                case "lastTopic", "offer" -> value.isTextual() && TOPICS.contains(value.asText());
                case "emergency" -> value.isTextual() && EMERGENCIES.contains(value.asText());
                case "lastMessage" -> value.isTextual() && MESSAGES.contains(value.asText());
                case "disclaimed" -> value.isBoolean() && value.asBoolean();
                default -> false;
            };
            if (!valid) {
                String shown = value.toString();
                problems.add("session attribute " + field.getKey() + " echoed: "
                        + (shown.length() > 40 ? shown.substring(0, 40) + "..." : shown));
            }
        }
        return problems;
    }
}
