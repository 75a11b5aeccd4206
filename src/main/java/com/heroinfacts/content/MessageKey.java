package com.heroinfacts.content;

/** The messages the code depends on; every locale's catalogue must define each of them. */
public enum MessageKey {
    LAUNCH(true),
    HELP(true),
    FALLBACK(true),
    UNSAFE_REQUEST(true),
    UNKNOWN_TOPIC(true),
    NO_THANKS(true),
    NOTHING_TO_REPEAT(true),
    NOTHING_OFFERED(true),
    SOURCES_GENERAL(true),
    OVERDOSE_NUMBER(true),
    CRISIS_NUMBER(true),
    ERROR(true),
    GOODBYE(false),
    GOODBYE_OVERDOSE(false),
    GOODBYE_CRISIS(false),
    /** After the speaker said they took too much: 911 again. */
    GOODBYE_TOOK(false),
    /** Used as a reprompt after a topic answer; holds {offer}. */
    TOPIC_REPROMPT(false),
    /** Holds {source}; the code follows it with a question. */
    SOURCE_OF_LAST(false),
    /** The word that joins the last two of several sources' names ("and"), so an answer can name them all. */
    SOURCE_AND(false),
    DISCLAIMER(false),
    CARD_FOOTER(false);

    private final boolean asksQuestion;

    MessageKey(boolean asksQuestion) {
        this.asksQuestion = asksQuestion;
    }

    /** Whether the message is a turn of its own that leaves the session open, so it needs a reprompt. */
    public boolean asksQuestion() {
        return asksQuestion;
    }
}
