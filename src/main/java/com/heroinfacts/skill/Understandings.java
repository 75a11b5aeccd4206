package com.heroinfacts.skill;

import com.heroinfacts.content.Catalogues;
import com.heroinfacts.understanding.SafetyKind;
import com.heroinfacts.understanding.Understanding;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each locale's {@link Understanding}, from the interaction model in the jar and the catalogue's topics (so a new
 * topic needs no code). Each is built once per process, on the first request that carries words, and then shared
 * by every request: building one costs about 100 ms in a cold JVM, which a launch or a plain intent need not pay;
 * SnapStart priming sends slot words in both locales, so a restored snapshot has them built.
 */
public final class Understandings {

    private final Map<String, String> topicByIntent;
    private final Map<String, Understanding> byLocale = new ConcurrentHashMap<>();
    private final Set<String> catchAllIntents;

    private Understandings(Map<String, String> topicByIntent) {
        this.topicByIntent = Map.copyOf(topicByIntent);
        this.catchAllIntents = catchAllIntentsOfEveryLocale();
    }

    /** Every locale's catch-all intents, read from the data without building the routers. */
    static Set<String> catchAllIntentsOfEveryLocale() {
        Set<String> intents = new HashSet<>();
        Catalogues.LOCALES.forEach(locale -> intents.addAll(Understanding.catchAllIntents(locale)));
        return Set.copyOf(intents);
    }

    Set<String> catchAllIntents() {
        return catchAllIntents;
    }

    public static Understandings load(Catalogues catalogues) {
        Map<String, String> topicByIntent = new HashMap<>();
        catalogues.topicIds().forEach(id -> topicByIntent.put(TopicIntents.intentFor(id), id));
        for (String locale : Catalogues.LOCALES) {
            // fail at assembly, not at someone's first question, when the jar lacks a locale's files
            if (!Understanding.resourcesPresent(locale)) {
                throw new IllegalStateException("missing the interaction model or the safety phrases for " + locale);
            }
        }
        return new Understandings(topicByIntent);
    }

    /** The locale's understanding, or the default locale's, as the catalogue falls back. */
    public Understanding forLocale(String locale) {
        String known = locale != null && Catalogues.LOCALES.contains(locale) ? locale : Catalogues.DEFAULT_LOCALE;
        return byLocale.computeIfAbsent(known, l -> Understanding.loadIfPresent(l, topicByIntent));
    }

    /** The first emergency or crisis heard in any of the texts. */
    Optional<SafetyKind> emergencyIn(String locale, Iterable<String> texts) {
        Understanding understanding = forLocale(locale);
        for (String text : texts) {
            SafetyKind kind = understanding.safety().classify(text);
            if (kind != SafetyKind.NONE) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
