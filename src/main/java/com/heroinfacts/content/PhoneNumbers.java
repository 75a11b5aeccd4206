package com.heroinfacts.content;

import java.util.Map;

/**
 * The numbers the skill gives out, keyed by the placeholder that content uses for each.
 * Only the helpline is configurable; the safety numbers are fixed national services.
 */
public record PhoneNumbers(String helpline, String samhsa, String emergency, String lifeline) {

    /** The call line of the source page; a deployment may point it at another service. */
    public static final String DEFAULT_HELPLINE = "(928) 723-1202";

    public PhoneNumbers {
        Fields.requireText(helpline, "helpline");
        Fields.requireText(samhsa, "samhsa");
        Fields.requireText(emergency, "emergency");
        Fields.requireText(lifeline, "lifeline");
        if (!helpline.matches("[0-9()+\\- .]{3,20}")) {
            throw new IllegalArgumentException("helpline number must be digits, spaces and ()+-. only: " + helpline);
        }
    }

    public static PhoneNumbers withHelpline(String helpline) {
        return new PhoneNumbers(helpline, "1-800-662-4357", "911", "988");
    }

    public static PhoneNumbers defaults() {
        return withHelpline(DEFAULT_HELPLINE);
    }

    /** Placeholder name (as written in content, without braces) to number. */
    Map<String, String> byPlaceholder() {
        return Map.of("helpline", helpline, "samhsa", samhsa, "emergency", emergency, "lifeline", lifeline);
    }
}
