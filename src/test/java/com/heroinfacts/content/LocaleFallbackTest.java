package com.heroinfacts.content;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class LocaleFallbackTest {

    private final Catalogues catalogues = Catalogues.loadAll();

    @Test
    void a_locale_the_skill_lacks_is_answered_from_the_english_catalogue() {
        assertThat(catalogues.forLocale("fr-FR").locale()).isEqualTo("en-US");
        assertThat(catalogues.forLocale(null).locale()).isEqualTo("en-US");
        assertThat(catalogues.forLocale("es-US").locale()).isEqualTo("es-US");
    }

    @Test
    void the_fallback_is_logged_once_per_locale_not_once_per_request() {
        String log = stderrOf(() -> {
            catalogues.forLocale("fr-FR");
            catalogues.forLocale("fr-FR");
            catalogues.forLocale("de-DE");
            catalogues.forLocale("fr-FR");
        });
        assertThat(count(log, "locale fr-FR")).isEqualTo(1);
        assertThat(count(log, "locale de-DE")).isEqualTo(1);
    }

    @Test
    void a_supported_locale_logs_nothing() {
        assertThat(stderrOf(() -> catalogues.forLocale("es-US"))).doesNotContain("no catalogue");
    }

    @Test
    void a_malformed_locale_is_never_echoed_into_the_log() {
        String log = stderrOf(() -> catalogues.forLocale("fr-FR\n[WARN] forged line user=amzn1.ask.account.X"));
        assertThat(log).contains("(malformed)").doesNotContain("forged").doesNotContain("amzn1");
    }

    @Test
    void a_flood_of_invented_locales_stops_being_logged_at_the_cap() {
        long[] logged = new long[1];
        String log = stderrOf(() -> logged[0] = IntStream.range(0, Catalogues.MAX_FALLBACKS_LOGGED + 20)
                .filter(i -> catalogues.noteFallback("xx-" + (char) ('A' + i / 26) + (char) ('A' + i % 26)))
                .count());
        assertThat(logged[0]).isEqualTo(Catalogues.MAX_FALLBACKS_LOGGED);
        assertThat(log.lines().filter(line -> line.contains("no catalogue")).count()).isEqualTo(Catalogues.MAX_FALLBACKS_LOGGED);
    }

    private static String stderrOf(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
