package com.heroinfacts.skill;

import java.util.Locale;

/**
 * The naming rule that ties a catalogue topic to its intent: {@code long_term_dangers} is
 * {@code LongTermDangersIntent}. A new topic therefore needs content and model entries, never a new class.
 */
public final class TopicIntents {

    /** "tell me about {topic}": the topic comes from the slot instead of the intent name. */
    public static final String TOPIC_INTENT = "TopicIntent";
    public static final String TOPIC_SLOT = "topic";

    private TopicIntents() {
    }

    public static String intentFor(String topicId) {
        StringBuilder name = new StringBuilder();
        for (String word : topicId.split("_")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.append("Intent").toString();
    }

    /** @return the topic id the intent name stands for by the naming rule; the caller checks it exists */
    public static String topicFor(String intentName) {
        if (intentName == null || !intentName.endsWith("Intent") || intentName.contains(".")) {
            return null;
        }
        String stem = intentName.substring(0, intentName.length() - "Intent".length());
        // replaceAll("([a-z])([A-Z])", "$1_$2") by hand: every request's canHandle runs this, a regex compiles each time
        StringBuilder id = new StringBuilder(stem.length() + 4);
        for (int i = 0; i < stem.length(); i++) {
            char c = stem.charAt(i);
            if (i > 0 && c >= 'A' && c <= 'Z' && stem.charAt(i - 1) >= 'a' && stem.charAt(i - 1) <= 'z') {
                id.append('_');
            }
            id.append(c);
        }
        return id.toString().toLowerCase(Locale.ROOT);
    }
}
