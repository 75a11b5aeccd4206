package com.heroinfacts.skill;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The naming rule that ties a catalogue topic to its intent: {@code long_term_dangers} is
 * {@code LongTermDangersIntent}. A new topic therefore needs content and model entries, never a new class.
 */
public final class TopicIntents {

    /** "tell me about {topic}": the topic comes from the slot instead of the intent name. */
    public static final String TOPIC_INTENT = "TopicIntent";
    public static final String TOPIC_SLOT = "topic";

    /** A capital after a small letter starts a word: LongTermDangers is long_term_dangers. */
    private static final Pattern WORD_START = Pattern.compile("([a-z])([A-Z])");

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
        return WORD_START.matcher(stem).replaceAll("$1_$2").toLowerCase(Locale.ROOT);
    }
}
