package com.heroinfacts.understanding;

/**
 * What the safety recogniser hears in a text, each with the catalogue topic that answers it. Every kind but
 * {@link #NONE} is answered with 911 or 988 in its first sentence.
 */
public enum SafetyKind {
    /** Someone else described: not breathing, blue lips, will not wake up. 911 first. */
    OVERDOSE("overdose", false),
    /** The speaker took too much, a handful of pills, everything. 911 first. */
    TOOK_TOO_MUCH("took_too_much", true),
    /** The speaker wants to die or to hurt themselves. 988 first. */
    CRISIS_SELF("crisis", false),
    /** A caregiver about someone who talks of dying. 988 first: they can call for someone else. */
    CRISIS_OTHER("crisis_other", true),
    /** Suicidal and has taken something: 911 first, then 988. */
    CRISIS_AND_TOOK("crisis_and_took", true),
    NONE(null, false);

    private final String topic;
    private final boolean heardOnly;

    SafetyKind(String topic, boolean heardOnly) {
        this.topic = topic;
        this.heardOnly = heardOnly;
    }

    /**
     * Whether only the recogniser may give this kind's answer. These answers speak to one person's situation
     * ("you've taken something", "stay with them"); the question router, matching words loosely, must not give
     * them to a question that merely shares a word ("what is love"). Overdose and crisis stay routable: "what
     * do I do in an overdose" and "the suicide hotline" are questions those answers serve.
     */
    public boolean heardOnly() {
        return heardOnly;
    }

    /** @return the catalogue topic id that answers this kind; null for {@link #NONE} */
    public String topic() {
        return topic;
    }
}
