package com.heroinfacts.content;

import java.util.Map;
import java.util.regex.Matcher;

/**
 * Words ready for output, twice: as the inside of an SSML {@code <speak>} element and as plain text for a card.
 * This is the only place SSML is made: text is escaped and every phone number is spoken as a telephone number.
 */
public record Speech(String ssml, String text) {

    public static final Speech EMPTY = new Speech("", "");

    /** Fills a content template: number placeholders from {@code numbers}, others from {@code values}. */
    public static Speech render(String template, PhoneNumbers numbers, Map<String, Speech> values) {
        Map<String, String> phone = numbers.byPlaceholder();
        StringBuilder ssml = new StringBuilder();
        StringBuilder text = new StringBuilder();
        Matcher m = Placeholders.PLACEHOLDER.matcher(template);
        int from = 0;
        while (m.find()) {
            String plain = template.substring(from, m.start());
            ssml.append(escape(plain));
            text.append(plain);
            String name = m.group(1);
            if (phone.containsKey(name)) {
                ssml.append("<say-as interpret-as=\"telephone\">").append(escape(phone.get(name))).append("</say-as>");
                text.append(phone.get(name));
            } else if (values.containsKey(name)) {
                ssml.append(values.get(name).ssml());
                text.append(values.get(name).text());
            } else {
                throw new IllegalArgumentException("no value for {" + name + "}");
            }
            from = m.end();
        }
        ssml.append(escape(template.substring(from)));
        text.append(template.substring(from));
        return new Speech(ssml.toString(), text.toString());
    }

    public static Speech render(String template, PhoneNumbers numbers) {
        return render(template, numbers, Map.of());
    }

    /** Text with no placeholders, such as a source's name. */
    public static Speech plain(String text) {
        return new Speech(escape(text), text);
    }

    /** This speech followed by another, as one utterance. */
    public Speech then(Speech next) {
        if (next.text.isEmpty()) {
            return this;
        }
        if (text.isEmpty()) {
            return next;
        }
        return new Speech(ssml + " " + next.ssml, text + " " + next.text);
    }

    static String escape(String plain) {
        // & first, so that the entities made after it are not escaped again
        return plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
