package com.heroinfacts.content;

/**
 * A fixed reply. With a reprompt the session stays open; without one it is a final word or a fragment.
 *
 * @param title  optional; when present the reply also sends a card (needed wherever a number is given)
 * @param offers optional; the topic that "yes" gives when the speech ends on a yes/no question
 */
public record Message(String speech, String reprompt, String title, String offers) {

    public Message {
        Fields.requireText(speech, "speech");
        if (reprompt != null && reprompt.isBlank()) {
            throw new IllegalArgumentException("reprompt is blank");
        }
        if (title != null && title.isBlank()) {
            throw new IllegalArgumentException("title is blank");
        }
    }

    public boolean keepsSessionOpen() {
        return reprompt != null;
    }
}
