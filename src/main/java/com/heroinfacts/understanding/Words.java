package com.heroinfacts.understanding;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the skill reads words, the same for samples, slot synonyms, safety patterns and what people say: lower
 * case, accents folded, punctuation gone, and a light stemmer for English and Spanish, so "overdosing" meets
 * "overdose", "pastillas" meets "pastilla" and a typed "heroina" meets the model's "heroína".
 */
public final class Words {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{Nd}' ]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    // longest first; Spanish gerunds and English participles lose their ending, plurals their s
    private static final List<String> ENDINGS = List.of("iendo", "ando", "mente", "ing", "ed", "es", "s");
    private static final String FINAL_VOWELS = "aeo";

    private Words() {
    }

    /** Lower case, no accents, no punctuation but apostrophes, single spaces; curly apostrophes made straight. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
        String unaccented = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(NOT_A_WORD.matcher(unaccented).replaceAll(" ")).replaceAll(" ").trim();
    }

    /** The stemmed words of a text, in order. */
    public static List<String> stems(String text) {
        List<String> stems = new ArrayList<>();
        for (String word : normalise(text).split(" ")) {
            if (!word.isEmpty()) {
                stems.add(stem(word));
            }
        }
        return stems;
    }

    /**
     * Just enough stemming for short spoken questions: one ending off, then a final a, e or o, so "overdosed",
     * "overdosing" and "overdose" meet, and so do "pastillas" and "pastilla". Both locales share it.
     */
    static String stem(String word) {
        String w = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word.replace("'", "");
        for (String ending : ENDINGS) {
            if (w.length() - ending.length() >= 3 && w.endsWith(ending) && !(ending.equals("s") && w.endsWith("ss"))) {
                w = w.substring(0, w.length() - ending.length());
                break;
            }
        }
        if (w.length() > 3 && FINAL_VOWELS.indexOf(w.charAt(w.length() - 1)) >= 0) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }
}
