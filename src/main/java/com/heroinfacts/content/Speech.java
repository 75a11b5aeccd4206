package com.heroinfacts.content;

import java.util.Map;

/**
 * Words ready for output, twice: as the inside of an SSML {@code <speak>} element and as plain text for a card.
 * This is the only place SSML is made: text is escaped and every phone number is spoken as a telephone number.
 */
public record Speech(String ssml, String text) {

    public static final Speech EMPTY = new Speech("", "");

    /** Fills a content template: number placeholders from {@code numbers}, others from {@code values}. */
    public static Speech render(String template, PhoneNumbers numbers, Map<String, Speech> values) {
        StringBuilder ssml = new StringBuilder(template.length() + 64);
        StringBuilder text = new StringBuilder(template.length() + 16);
        int from = 0;
        // {name} found by hand, exactly where Placeholders.PLACEHOLDER finds it: this runs several times a request
        for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', open + 1)) {
            int close = placeholderEnd(template, open);
            if (close < 0) {
                continue;
            }
            appendPlain(template, from, open, ssml, text);
            String name = template.substring(open + 1, close);
            String number = numbers.numberFor(name);
            if (number != null) {
                ssml.append("<say-as interpret-as=\"telephone\">");
                escapeInto(number, 0, number.length(), ssml);
                ssml.append("</say-as>");
                text.append(number);
            } else if (values.containsKey(name)) {
                ssml.append(values.get(name).ssml());
                text.append(values.get(name).text());
            } else {
                throw new IllegalArgumentException("no value for {" + name + "}");
            }
            from = close + 1;
            open = close;
        }
        appendPlain(template, from, template.length(), ssml, text);
        return new Speech(ssml.toString(), text.toString());
    }

    /** @return the index of the '}' closing a placeholder that starts at {@code open}, or -1 when none does */
    private static int placeholderEnd(String template, int open) {
        int at = open + 1;
        while (at < template.length() && template.charAt(at) >= 'a' && template.charAt(at) <= 'z') {
            at++;
        }
        return at > open + 1 && at < template.length() && template.charAt(at) == '}' ? at : -1;
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
        StringBuilder out = new StringBuilder(plain.length() + 16);
        escapeInto(plain, 0, plain.length(), out);
        return out.toString();
    }

    /** Escapes {@code plain[from, to)} onto {@code out}, copying the runs between entities whole. */
    private static void escapeInto(String plain, int from, int to, StringBuilder out) {
        int run = from;
        for (int i = from; i < to; i++) {
            String entity = switch (plain.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&apos;";
                default -> null;
            };
            if (entity != null) {
                out.append(plain, run, i).append(entity);
                run = i + 1;
            }
        }
        out.append(plain, run, to);
    }

    private static void appendPlain(String template, int from, int to, StringBuilder ssml, StringBuilder text) {
        escapeInto(template, from, to, ssml);
        text.append(template, from, to);
    }
}
