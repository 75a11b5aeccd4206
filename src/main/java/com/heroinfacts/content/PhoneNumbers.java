package com.heroinfacts.content;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The numbers the skill gives out, keyed by the placeholder that content uses for each.
 * Only the helpline is configurable; the safety numbers are fixed national services.
 */
public record PhoneNumbers(String helpline, String samhsa, String emergency, String lifeline, String samhsaText) {

    /** The call line of the source page; a deployment may point it at another service. */
    public static final String DEFAULT_HELPLINE = "(928) 723-1202";

    public PhoneNumbers {
        Fields.requireText(helpline, "helpline");
        Fields.requireText(samhsa, "samhsa");
        Fields.requireText(emergency, "emergency");
        Fields.requireText(lifeline, "lifeline");
        Fields.requireText(samhsaText, "samhsaText");
        if (!helpline.matches("[0-9()+\\- .]{3,20}")) {
            throw new IllegalArgumentException("helpline number must be digits, spaces and ()+-. only: " + helpline);
        }
    }

    public static PhoneNumbers withHelpline(String helpline) {
        // 435748 (HELP4U): SAMHSA's short code for texting a ZIP code to find treatment nearby, English only
        return new PhoneNumbers(helpline, "1-800-662-4357", "911", "988", "435748");
    }

    public static PhoneNumbers defaults() {
        return withHelpline(DEFAULT_HELPLINE);
    }

    /** @return the name of the first phone-number placeholder in a content template, such as "emergency" */
    public Optional<String> firstPlaceholderIn(String template) {
        Matcher m = Placeholders.PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (byPlaceholder().containsKey(m.group(1))) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    /** @return the number a placeholder stands for, such as "911" for "emergency" */
    public String number(String placeholder) {
        String number = byPlaceholder().get(placeholder);
        if (number == null) {
            throw new IllegalArgumentException("no phone number {" + placeholder + "}");
        }
        return number;
    }

    /** Placeholder name (as written in content, without braces) to number. */
    Map<String, String> byPlaceholder() {
        return Map.of("helpline", helpline, "samhsa", samhsa, "emergency", emergency, "lifeline", lifeline,
                "samhsatext", samhsaText);
    }
}
