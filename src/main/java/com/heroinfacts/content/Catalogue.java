package com.heroinfacts.content;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Every word the skill says in one locale: topic answers, fixed messages and the names of sources.
 * A catalogue that loads is complete and consistent: each topic's {@code next} and {@code sources} exist,
 * every {@link MessageKey} is present, and placeholders are ones the renderer knows.
 */
public record Catalogue(String locale, Map<String, Source> sources, Map<String, Topic> topics,
                        Map<MessageKey, Message> messages) {

    private static final Set<String> NUMBER_PLACEHOLDERS = PhoneNumbers.defaults().byPlaceholder().keySet();

    public Catalogue {
        Fields.requireText(locale, "locale");
        if (sources == null || sources.isEmpty()) {
            throw new IllegalArgumentException("sources is missing or empty");
        }
        if (topics == null || topics.isEmpty()) {
            throw new IllegalArgumentException("topics is missing or empty");
        }
        if (messages == null) {
            throw new IllegalArgumentException("messages is missing");
        }
        sources = Map.copyOf(sources);
        topics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(topics));
        messages = Map.copyOf(messages);
        sources.forEach((id, source) -> checkSource(id, source));
        Set<String> topicIds = topics.keySet();
        Set<String> sourceIds = sources.keySet();
        topics.forEach((id, topic) -> checkTopic(id, topic, topicIds, sourceIds));
        checkMessages(messages, topicIds);
    }

    public Topic topic(String id) {
        Topic topic = topics.get(id);
        if (topic == null) {
            throw new IllegalArgumentException("no topic '" + id + "' in " + locale);
        }
        return topic;
    }

    public boolean hasTopic(String id) {
        return id != null && topics.containsKey(id);
    }

    public Message message(MessageKey key) {
        return messages.get(key);
    }

    public Source source(String sourceId) {
        Source source = sources.get(sourceId);
        if (source == null) {
            throw new IllegalArgumentException("no source '" + sourceId + "' in " + locale);
        }
        return source;
    }

    private static void checkSource(String id, Source source) {
        String at = "sources." + id;
        if (source == null) {
            throw new IllegalArgumentException(at + " is null");
        }
        Placeholders.check(at + ".spoken", source.spoken(), Set.of());
    }

    private static void checkTopic(String id, Topic topic, Set<String> topicIds, Set<String> sourceIds) {
        String at = "topics." + id;
        if (!id.matches("[a-z]+(_[a-z]+)*")) {
            throw new IllegalArgumentException(at + ": id must be lower_snake_case");
        }
        if (topic == null) {
            throw new IllegalArgumentException(at + " is null");
        }
        if (!topicIds.contains(topic.next())) {
            throw new IllegalArgumentException(at + ".next: no topic '" + topic.next() + "'");
        }
        for (String source : topic.sources()) {
            if (!sourceIds.contains(source)) {
                throw new IllegalArgumentException(at + ".sources: no source '" + source + "'");
            }
        }
        if (topic.emergency() && topic.reprompt() == null) {
            throw new IllegalArgumentException(at + ".reprompt: an emergency topic needs its own reprompt");
        }
        Placeholders.check(at + ".speech", topic.speech(), NUMBER_PLACEHOLDERS);
        Placeholders.check(at + ".offer", topic.offer(), NUMBER_PLACEHOLDERS);
        Placeholders.check(at + ".title", topic.title(), Set.of());
        if (topic.reprompt() != null) {
            Placeholders.check(at + ".reprompt", topic.reprompt(), NUMBER_PLACEHOLDERS);
        }
    }

    private static void checkMessages(Map<MessageKey, Message> messages, Set<String> topicIds) {
        EnumSet<MessageKey> missing = EnumSet.allOf(MessageKey.class);
        missing.removeAll(messages.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("messages: missing " + missing);
        }
        messages.forEach((key, message) -> {
            String at = "messages." + key;
            if (key.asksQuestion() && !message.keepsSessionOpen()) {
                throw new IllegalArgumentException(at + ".reprompt is missing: this message keeps the session open");
            }
            if (message.offers() != null && !topicIds.contains(message.offers())) {
                throw new IllegalArgumentException(at + ".offers: no topic '" + message.offers() + "'");
            }
            Set<String> allowed = new java.util.HashSet<>(NUMBER_PLACEHOLDERS);
            if (key == MessageKey.TOPIC_REPROMPT) {
                allowed.add("offer");
            }
            if (key == MessageKey.SOURCE_OF_LAST) {
                allowed.add("source");
            }
            Placeholders.check(at + ".speech", message.speech(), allowed);
            if (message.reprompt() != null) {
                Placeholders.check(at + ".reprompt", message.reprompt(), NUMBER_PLACEHOLDERS);
            }
        });
    }
}
