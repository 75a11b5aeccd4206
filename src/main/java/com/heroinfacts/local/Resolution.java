package com.heroinfacts.local;

import java.util.Map;

/**
 * What the local recogniser made of an utterance: an intent with its slots, or a launch.
 *
 * @param how why this intent was chosen, for {@code --explain}
 */
public record Resolution(String intent, Map<String, SlotFill> slots, String how) {

    /** Not an intent: "open heroin facts". */
    public static final String LAUNCH = "LaunchRequest";
    public static final String FALLBACK = "AMAZON.FallbackIntent";

    /** A filled slot; {@code id} is null when the words match none of the slot type's values. */
    public record SlotFill(String value, String id) {
    }

    public boolean isLaunch() {
        return LAUNCH.equals(intent);
    }
}
