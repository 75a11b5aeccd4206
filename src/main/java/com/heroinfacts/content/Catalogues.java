package com.heroinfacts.content;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The catalogues of every locale the skill speaks, loaded once. A request in any other locale is answered
 * from the default locale's catalogue, and the log says so once per locale for the life of this object
 * (one per process: the skill is built once per Lambda container).
 */
public final class Catalogues {

    public static final String DEFAULT_LOCALE = "en-US";
    /** The locales with a catalogue and an interaction model; the first is the default. */
    public static final List<String> LOCALES = List.of(DEFAULT_LOCALE, "es-US");

    private static final Logger LOG = LoggerFactory.getLogger(Catalogues.class);
    /** Locales come from the request: only tag-shaped ones are logged, and only so many, so no one can flood the log. */
    private static final Pattern LOCALE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}");
    static final int MAX_FALLBACKS_LOGGED = 32;

    private final Map<String, Catalogue> byLocale;
    private final Set<String> fallbacksLogged = ConcurrentHashMap.newKeySet();

    private Catalogues(Map<String, Catalogue> byLocale) {
        this.byLocale = Map.copyOf(byLocale);
    }

    public static Catalogues loadAll() {
        Map<String, Catalogue> loaded = new LinkedHashMap<>();
        for (String locale : LOCALES) {
            Catalogue catalogue = CatalogueLoader.loadIfPresent(locale);
            if (catalogue == null) {
                throw new IllegalStateException("missing " + CatalogueLoader.resourceFor(locale));
            }
            if (!catalogue.locale().equals(locale)) {
                throw new IllegalStateException(CatalogueLoader.resourceFor(locale) + ": locale says " + catalogue.locale());
            }
            loaded.put(locale, catalogue);
        }
        return new Catalogues(loaded);
    }

    public boolean supports(String locale) {
        return locale != null && byLocale.containsKey(locale);
    }

    public Catalogue forLocale(String locale) {
        if (supports(locale)) {
            return byLocale.get(locale);
        }
        noteFallback(locale);
        return byLocale.get(DEFAULT_LOCALE);
    }

    /** @return whether this call logged the fallback (the first for this locale, within the cap) */
    boolean noteFallback(String locale) {
        String shown = locale == null ? "(none)" : LOCALE_TAG.matcher(locale).matches() ? locale : "(malformed)";
        if (fallbacksLogged.size() >= MAX_FALLBACKS_LOGGED || !fallbacksLogged.add(shown)) {
            return false;
        }
        LOG.warn("no catalogue for locale {}: answering in {} (said once per locale)", shown, DEFAULT_LOCALE);
        return true;
    }

    public Catalogue defaultCatalogue() {
        return byLocale.get(DEFAULT_LOCALE);
    }

    public Set<String> topicIds() {
        return defaultCatalogue().topics().keySet();
    }
}
