package com.heroinfacts.skill;

import com.heroinfacts.content.Catalogue;
import com.heroinfacts.content.MessageKey;
import com.heroinfacts.content.PhoneNumbers;
import com.heroinfacts.content.Speech;

import java.util.Map;

/**
 * What a device with a screen shows beside an answer: a title, the answer's text and one phone number, large.
 * Every word comes from the catalogue; the APL document only lays them out.
 *
 * @param emergency the number comes first, above the title (911 or 988 must be the first thing seen)
 */
record Screen(String title, String text, String number, String numberLabel, boolean emergency) {

    /**
     * The number is the first one the answer itself gives ("Call 911 now" shows 911; the crisis answer, 988).
     * An answer that gives none shows the number the locale's helpline answer leads with.
     */
    static Screen of(Catalogue catalogue, PhoneNumbers numbers, String title, String template, String text, boolean emergency) {
        String placeholder = numbers.firstPlaceholderIn(template)
                .or(() -> numbers.firstPlaceholderIn(catalogue.topic(Turn.HELPLINE).speech()))
                .orElseThrow(() -> new IllegalStateException(catalogue.locale() + ": the helpline answer gives no number"));
        return new Screen(title, text, numbers.number(placeholder), label(catalogue, numbers, placeholder), emergency);
    }

    /**
     * The card footer already names every number, one per line ("Emergency: {emergency}"); the screen reuses
     * that line, less the number, so each locale labels its numbers in one place.
     */
    static String label(Catalogue catalogue, PhoneNumbers numbers, String placeholder) {
        String marker = "{" + placeholder + "}";
        return catalogue.message(MessageKey.CARD_FOOTER).speech().lines()
                .filter(line -> line.contains(marker))
                .findFirst()
                .map(line -> Speech.render(line.replace(marker, ""), numbers).text().strip().replaceAll("[\\s:]+$", ""))
                .orElse("");
    }

    /** The datasource the document reads as {@code payload.screen}. */
    Map<String, Object> datasource() {
        return Map.of("title", title, "text", text, "number", number, "numberLabel", numberLabel, "emergency", emergency);
    }
}
