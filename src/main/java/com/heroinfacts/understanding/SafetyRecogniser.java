package com.heroinfacts.understanding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Hears an emergency or a crisis in any words the skill receives, before anything tries to answer them as a
 * question. The phrases live per locale in {@code safety/<locale>.json}; this class only combines them:
 * a suicidal statement with something taken is 911 first, a report about someone else goes to the caregiver,
 * and a question about signs ("how can you tell someone overdosed") stays a question. Immutable and thread-safe.
 */
public final class SafetyRecogniser {

    /** Longer texts are read only this far: enough for any spoken sentence, and the patterns stay cheap. */
    static final int MAX_CHARS = 2_000;

    private final List<Pattern> informational;
    private final List<Pattern> overdose;
    private final List<Pattern> tookTooMuch;
    private final List<Pattern> crisisSelf;
    private final List<Pattern> crisisOther;
    private final List<Pattern> otherPerson;
    private final List<Pattern> self;

    private SafetyRecogniser(Object phrases, String source) {
        this.informational = patterns(phrases, "informational", source);
        this.overdose = patterns(phrases, "overdose", source);
        this.tookTooMuch = patterns(phrases, "tookTooMuch", source);
        this.crisisSelf = patterns(phrases, "crisisSelf", source);
        this.crisisOther = patterns(phrases, "crisisOther", source);
        this.otherPerson = patterns(phrases, "otherPerson", source);
        this.self = patterns(phrases, "self", source);
    }

    public static String resourceFor(String locale) {
        return "safety/" + locale + ".json";
    }

    /** @return the locale's recogniser, or null when the jar has no phrases for it */
    public static SafetyRecogniser loadIfPresent(String locale) {
        String resource = resourceFor(locale);
        try (InputStream in = SafetyRecogniser.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : new SafetyRecogniser(JsonValues.read(in), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public SafetyKind classify(String text) {
        if (text == null || text.isBlank()) {
            return SafetyKind.NONE;
        }
        String said = Words.normalise(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
        boolean question = any(informational, said);
        boolean took = !question && any(tookTooMuch, said);
        boolean someoneOverdosing = !question && any(overdose, said);
        boolean aboutOther = any(crisisOther, said);
        boolean crisis = aboutOther || any(crisisSelf, said);
        boolean otherPersonNamed = any(otherPerson, said);
        // "I want to die and my wife doesn't know" is the speaker's crisis; "my brother wants to die" is not
        boolean caregiver = aboutOther || (otherPersonNamed && !any(self, said));
        if (crisis && (took || someoneOverdosing)) {
            return caregiver ? SafetyKind.OVERDOSE : SafetyKind.CRISIS_AND_TOOK;
        }
        if (crisis) {
            return caregiver ? SafetyKind.CRISIS_OTHER : SafetyKind.CRISIS_SELF;
        }
        if (took) {
            // "swallowed a bunch of pills and won't wake up": nobody says that of themselves
            boolean described = otherPersonNamed || (someoneOverdosing && !any(self, said));
            return described ? SafetyKind.OVERDOSE : SafetyKind.TOOK_TOO_MUCH;
        }
        return someoneOverdosing ? SafetyKind.OVERDOSE : SafetyKind.NONE;
    }

    private static boolean any(List<Pattern> patterns, String text) {
        for (Pattern pattern : patterns) {
            if (pattern.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    private static List<Pattern> patterns(Object phrases, String kind, String source) {
        List<?> list = JsonValues.list(phrases, kind);
        if (list.isEmpty()) {
            throw new IllegalStateException(source + ": \"" + kind + "\" must be a non-empty list of patterns");
        }
        List<Pattern> patterns = new ArrayList<>();
        list.forEach(p -> patterns.add(Pattern.compile(String.valueOf(p))));
        return List.copyOf(patterns);
    }
}
