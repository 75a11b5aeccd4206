package com.heroinfacts.understanding;

/**
 * What the safety recogniser hears in a text, each with the catalogue topic that answers it. Every kind but
 * {@link #NONE} is answered with 911 or 988 in its first sentence.
 */
public enum SafetyKind {
    /** Someone else described: not breathing, blue lips, will not wake up. 911 first. */
    OVERDOSE("overdose"),
    /** The speaker took too much, a handful of pills, everything. 911 first. */
    TOOK_TOO_MUCH("took_too_much"),
    /** The speaker wants to die or to hurt themselves. 988 first. */
    CRISIS_SELF("crisis"),
    /** A caregiver about someone who talks of dying. 988 first: they can call for someone else. */
    CRISIS_OTHER("crisis_other"),
    /** Suicidal and has taken something: 911 first, then 988. */
    CRISIS_AND_TOOK("crisis_and_took"),
    NONE(null);

    private final String topic;

    SafetyKind(String topic) {
        this.topic = topic;
    }

    /** @return the catalogue topic id that answers this kind; null for {@link #NONE} */
    public String topic() {
        return topic;
    }
}
