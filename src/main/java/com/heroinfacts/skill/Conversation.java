package com.heroinfacts.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;
import com.heroinfacts.content.Catalogue;
import com.heroinfacts.content.Catalogues;
import com.heroinfacts.content.MessageKey;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What the skill remembers between turns, kept in session attributes: the last reply (for repeat and
 * "where is this from"), the pending follow-up offer (for yes), the emergency context (an emergency topic of the
 * catalogue: it decides which number "what's the number" means, for the rest of the session) and whether the
 * not-medical-advice line has been said.
 *
 * <p>Session attributes come back from the client, so anyone can write them. This is the one type that reads
 * them, and it keeps only what the skill itself could have written: its own keys, each with a value from a
 * closed set (a topic id of the catalogue, an emergency topic, a message key, {@code true}). Everything else is
 * removed from the request's own attribute map, and so is never written back, whatever answers the request.
 */
final class Conversation {

    static final String LAST_TOPIC = "lastTopic";
    static final String LAST_MESSAGE = "lastMessage";
    static final String OFFER = "offer";
    static final String EMERGENCY = "emergency";
    static final String DISCLAIMED = "disclaimed";

    private final Map<String, Object> attributes;

    private Conversation(Map<String, Object> attributes) {
        this.attributes = attributes;
    }

    /** The request's memory, already cleaned of anything the skill would not have written. */
    static Conversation of(HandlerInput input, Catalogue catalogue) {
        // a request without a session (not sent by Alexa to custom skills, but possible) remembers nothing
        boolean inSession = input.getRequestEnvelope().getSession() != null;
        Map<String, Object> attributes = inSession ? input.getAttributesManager().getSessionAttributes() : new HashMap<>();
        clean(attributes, catalogue);
        return new Conversation(attributes);
    }

    /**
     * Cleans every request's attributes before any handler runs, so that silent replies, goodbyes and error
     * answers (which never read the memory) do not echo what the client sent either.
     */
    static RequestInterceptor cleaner(Catalogues catalogues) {
        return new RequestInterceptor() {
            @Override
            public void process(HandlerInput input) {
                of(input, catalogues.forLocale(Requests.locale(input)));
            }
        };
    }

    /** Drops every attribute that is not one of ours with a value the skill could have written. */
    static void clean(Map<String, Object> attributes, Catalogue catalogue) {
        attributes.entrySet().removeIf(entry -> !valid(entry.getKey(), entry.getValue(), catalogue));
    }

    private static boolean valid(String key, Object value, Catalogue catalogue) {
        if (key == null) {
            return false;
        }
        Predicate<String> topic = catalogue::hasTopic;
        return switch (key) {
            case LAST_TOPIC, OFFER -> value instanceof String id && topic.test(id);
            // derived from the catalogue, so that a new emergency topic is a valid context without a code change
            case EMERGENCY -> value instanceof String id && topic.test(id) && catalogue.topic(id).emergency();
            case LAST_MESSAGE -> value instanceof String name && messageKey(name).isPresent();
            case DISCLAIMED -> Boolean.TRUE.equals(value);
            default -> false;
        };
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
        putOrRemove(OFFER, offered);
        if (emergency) {
            attributes.put(EMERGENCY, topicId);
        }
    }

    void saidMessage(MessageKey key, String offered) {
        attributes.put(LAST_MESSAGE, key.name());
        attributes.remove(LAST_TOPIC);
        putOrRemove(OFFER, offered);
    }

    void disclaimerSaid() {
        attributes.put(DISCLAIMED, true);
    }

    private void putOrRemove(String key, String value) {
        if (value == null) {
            attributes.remove(key);
        } else {
            attributes.put(key, value);
        }
    }

    private Optional<String> text(String key) {
        return attributes.get(key) instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
    }

    private static Optional<MessageKey> messageKey(String name) {
        for (MessageKey key : MessageKey.values()) {
            if (key.name().equals(name)) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }
}
