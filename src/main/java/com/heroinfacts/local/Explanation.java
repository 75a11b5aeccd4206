package com.heroinfacts.local;

import com.heroinfacts.content.Catalogues;
import com.heroinfacts.skill.Understandings;
import com.heroinfacts.understanding.QuestionRouter;
import com.heroinfacts.understanding.SafetyKind;
import com.heroinfacts.understanding.Understanding;

import java.util.Locale;
import java.util.Optional;

/**
 * For {@code --explain}: which of the skill's layers decides on the words a slot carried. The skill logs no
 * user words, so this runs the same pure classes (safety recogniser, question router) on the same text; the
 * answer shown is still the handler's own response.
 */
final class Explanation {

    private Explanation() {
    }

    static Optional<String> of(String locale, Resolution resolution) {
        if (resolution.slots().isEmpty()) {
            return Optional.empty();
        }
        Understanding understanding = Understandings.load(Catalogues.loadAll()).forLocale(locale);
        for (Resolution.SlotFill fill : resolution.slots().values()) {
            SafetyKind kind = understanding.safety().classify(fill.value());
            if (kind != SafetyKind.NONE) {
                return Optional.of("safety recogniser heard " + kind + ": topic " + kind.topic());
            }
        }
        Resolution.SlotFill fill = resolution.slots().get(UtteranceResolver.QUERY_SLOT);
        Optional<String> question = fill == null ? Optional.empty() : understanding.question(resolution.intent(), fill.value());
        if (question.isEmpty()) {
            return Optional.of("slot value, no emergency heard");
        }
        String query = question.get();
        QuestionRouter.Route best = understanding.router().best(query);
        boolean fits = understanding.router().route(query).isPresent();
        return Optional.of(String.format(Locale.ROOT, "%s: closest topic %s, score %.2f (threshold %.2f), routing \"%s\"",
                fits ? "router" : "fallback", best.topic(), best.score(), QuestionRouter.THRESHOLD, query));
    }
}
