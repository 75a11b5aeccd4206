package com.heroinfacts.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.heroinfacts.content.MessageKey;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the skill remembers between turns, kept in session attributes: the last reply (for repeat and
 * "where is this from"), the pending follow-up offer (for yes), the emergency context (overdose or crisis:
 * it decides which number "what's the number" means, for the rest of the session) and whether the
 * not-medical-advice line has been said.
 */
final class Conversation {

    static final String LAST_TOPIC = "lastTopic";
    static final String LAST_MESSAGE = "lastMessage";
    static final String OFFER = "offer";
    static final String EMERGENCY = "emergency";
    static final String DISCLAIMED = "disclaimed";
    private static final java.util.Set<String> KEYS = java.util.Set.of(LAST_TOPIC, LAST_MESSAGE, OFFER, EMERGENCY, DISCLAIMED);

    private final Map<String, Object> attributes;

    private Conversation(Map<String, Object> attributes) {
        this.attributes = attributes;
    }

    static Conversation of(HandlerInput input) {
        // a request without a session (not sent by Alexa to custom skills, but possible) remembers nothing
        boolean inSession = input.getRequestEnvelope().getSession() != null;
        Map<String, Object> attributes = inSession ? input.getAttributesManager().getSessionAttributes() : new HashMap<>();
        // only our own keys travel on: whatever else arrives is echoed back by the SDK otherwise
        attributes.keySet().retainAll(KEYS);
        return new Conversation(attributes);
    }

    Optional<String> lastTopic() {
        return text(LAST_TOPIC);
    }

    Optional<MessageKey> lastMessage() {
        return text(LAST_MESSAGE).flatMap(Conversation::messageKey);
    }

    Optional<String> offer() {
        return text(OFFER);
    }

    Optional<String> emergency() {
        return text(EMERGENCY);
    }

    boolean disclaimed() {
        return Boolean.TRUE.equals(attributes.get(DISCLAIMED));
    }

    void answeredTopic(String topicId, String offered, boolean emergency) {
        attributes.put(LAST_TOPIC, topicId);
        attributes.remove(LAST_MESSAGE);
        attributes.put(OFFER, offered);
        if (emergency) {
            attributes.put(EMERGENCY, topicId);
        }
    }

    void saidMessage(MessageKey key, String offered) {
        attributes.put(LAST_MESSAGE, key.name());
        attributes.remove(LAST_TOPIC);
        if (offered == null) {
            attributes.remove(OFFER);
        } else {
            attributes.put(OFFER, offered);
        }
    }

    void disclaimerSaid() {
        attributes.put(DISCLAIMED, true);
    }

    private Optional<String> text(String key) {
        return attributes.get(key) instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
    }

    private static Optional<MessageKey> messageKey(String name) {
        try {
            return Optional.of(MessageKey.valueOf(name));
        } catch (IllegalArgumentException tampered) {
            return Optional.empty();
        }
    }
}
