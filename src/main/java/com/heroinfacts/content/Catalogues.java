package com.heroinfacts.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The catalogues of every locale the skill speaks, loaded once. A request in any other locale is answered
 * from the default locale's catalogue.
 */
public final class Catalogues {

    public static final String DEFAULT_LOCALE = "en-US";
    /** The locales with a catalogue and an interaction model; the first is the default. */
    public static final List<String> LOCALES = List.of(DEFAULT_LOCALE, "es-US");

    private final Map<String, Catalogue> byLocale;

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
        return supports(locale) ? byLocale.get(locale) : byLocale.get(DEFAULT_LOCALE);
    }

    public Catalogue defaultCatalogue() {
        return byLocale.get(DEFAULT_LOCALE);
    }

    public Set<String> topicIds() {
        return defaultCatalogue().topics().keySet();
    }
}
