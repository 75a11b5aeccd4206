package com.heroinfacts.skill;

import com.heroinfacts.content.Catalogues;
import com.heroinfacts.understanding.SafetyKind;
import com.heroinfacts.understanding.Understanding;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Each locale's {@link Understanding}, built once with the skill assembly from the interaction model in the
 * jar and the catalogue's topics (so a new topic needs no code). Immutable, shared by every request.
 */
public final class Understandings {

    private final Map<String, Understanding> byLocale;

    private Understandings(Map<String, Understanding> byLocale) {
        this.byLocale = Map.copyOf(byLocale);
    }

    public static Understandings load(Catalogues catalogues) {
        Map<String, String> topicByIntent = new HashMap<>();
        catalogues.topicIds().forEach(id -> topicByIntent.put(TopicIntents.intentFor(id), id));
        for (SafetyKind kind : SafetyKind.values()) {
            if (kind.heardOnly()) {
                topicByIntent.remove(TopicIntents.intentFor(kind.topic()));
            }
        }
        Map<String, Understanding> loaded = new LinkedHashMap<>();
        for (String locale : Catalogues.LOCALES) {
            Understanding understanding = Understanding.loadIfPresent(locale, topicByIntent);
            if (understanding == null) {
                throw new IllegalStateException("missing the interaction model or the safety phrases for " + locale);
            }
            loaded.put(locale, understanding);
        }
        return new Understandings(loaded);
    }

    /** The locale's understanding, or the default locale's, as the catalogue falls back. */
    public Understanding forLocale(String locale) {
        Understanding understanding = locale == null ? null : byLocale.get(locale);
        return understanding != null ? understanding : byLocale.get(Catalogues.DEFAULT_LOCALE);
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
