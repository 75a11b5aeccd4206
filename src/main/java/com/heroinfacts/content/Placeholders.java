package com.heroinfacts.content;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {name} markers content uses for numbers and for the few values code fills in. */
final class Placeholders {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

    private Placeholders() {
    }

    static void check(String at, String text, Set<String> allowed) {
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!allowed.contains(m.group(1))) {
                throw new IllegalArgumentException(at + ": unknown placeholder {" + m.group(1) + "}");
            }
        }
        String stripped = PLACEHOLDER.matcher(text).replaceAll("");
        if (stripped.indexOf('{') >= 0 || stripped.indexOf('}') >= 0) {
            throw new IllegalArgumentException(at + ": stray brace");
        }
    }
}
