package com.heroinfacts.content;

import java.util.HashSet;
import java.util.List;

/**
 * One answer the skill can give. Its id is shared with the interaction model: the TOPIC slot value id,
 * and the topic intent named after it ({@code long_term_dangers} is {@code LongTermDangersIntent}).
 *
 * @param offer    the yes/no question that ends this answer, offering the {@code next} topic
 * @param next     the topic that "yes" gives after this answer (itself, for "want me to repeat that?")
 * @param sources  the ids of the catalogue's sources this answer rests on, in the order they are named
 * @param emergency whether this answer puts the conversation in an emergency context (911 or 988)
 * @param reprompt optional; other topics are reprompted with their follow-up offer
 */
public record Topic(String title, String speech, String offer, String next, List<String> sources,
                    boolean emergency, String reprompt) {

    public Topic {
        Fields.requireText(title, "title");
        Fields.requireText(speech, "speech");
        Fields.requireText(offer, "offer");
        Fields.requireText(next, "next");
        if (sources == null || sources.isEmpty()) {
            throw new IllegalArgumentException("sources is missing or empty: every answer names what it rests on");
        }
        sources.forEach(id -> Fields.requireText(id, "sources[]"));
        if (new HashSet<>(sources).size() != sources.size()) {
            throw new IllegalArgumentException("sources names a source twice: " + sources);
        }
        sources = List.copyOf(sources);
        if (reprompt != null && reprompt.isBlank()) {
            throw new IllegalArgumentException("reprompt is blank");
        }
    }
}
