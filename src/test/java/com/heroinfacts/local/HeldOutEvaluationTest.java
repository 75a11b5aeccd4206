package com.heroinfacts.local;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The held-out phrasings (src/test/resources/heldout, never samples) through the simulator into the real Lambda
 * handler, as {@code batch --report} runs them. The figures are printed; the issue's bars are asserted.
 */
class HeldOutEvaluationTest {

    /**
     * Issue 8's bar for ordinary questions, asserted in every build. Issue 8's router met it (93.9% / 90.2%), issue 9's
     * 31 neighbouring topics pulled it to 89.9% / 85.2%, and the question-word catch-alls brought it back: 91.9% / 91.8%
     * on 2026-12-02.
     */
    private static final double TARGET = 0.90;

    private static final LocalSkill SKILL = LocalSkill.fromEnvironment();
    private static final Set<String> STOP_OR_CANCEL = Set.of("AMAZON.StopIntent", "AMAZON.CancelIntent");

    @ParameterizedTest
    @CsvSource({"en-US, 150", "es-US, 80"})
    void emergencies_get_the_number_first_and_ordinary_questions_their_topic(String locale, int atLeast) throws IOException {
        PhrasingReport report = new PhrasingReport(SKILL, locale);
        List<PhrasingReport.Line> lines = report.run(reader(locale));
        PhrasingReport.Figures figures = report.figures(lines);
        System.out.println("held-out " + locale + " (" + lines.size() + " phrasings):");
        PhrasingReport.print(figures, lines, System.out);

        assertThat(lines).hasSizeGreaterThanOrEqualTo(atLeast).allSatisfy(l -> assertThat(l.expected()).isNotNull());
        assertThat(figures.emergencyNumberFirstRate()).as("emergency and crisis lines with 911 or 988 first").isEqualTo(1.0);
        assertThat(figures.ordinaryAsEmergencyRate()).as("ordinary questions answered as an emergency").isLessThanOrEqualTo(0.05);
        assertThat(figures.ordinaryRightRate()).as("ordinary questions reaching their topic").isGreaterThanOrEqualTo(TARGET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "es-US"})
    void no_held_out_phrasing_is_a_sample_of_the_model(String locale) throws IOException {
        InteractionModel model = InteractionModel.loadIfPresent(locale);
        Set<String> samples = model.intents().values().stream().flatMap(i -> i.samples().stream())
                .map(UtteranceResolver::normalise).collect(Collectors.toSet());

        assertThat(phrasings(locale)).allSatisfy(p -> assertThat(samples).as(p).doesNotContain(UtteranceResolver.normalise(p)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "es-US"})
    void no_held_out_emergency_or_crisis_phrasing_lands_on_stop_or_cancel(String locale) throws IOException {
        UtteranceResolver resolver = Conversations.resolverFor(locale);
        List<String> heard = List.of("it's over", "i'm done with everything", "end it all", "i want it all to stop",
                "ya terminé con todo", "acabar con todo", "quiero que todo se acabe");

        for (String line : reader(locale).lines().filter(l -> !l.startsWith("#")).toList()) {
            assertThat(resolver.resolve(line.substring(line.indexOf('\t') + 1)).intent()).as(line).isNotIn(STOP_OR_CANCEL);
        }
        heard.forEach(p -> assertThat(resolver.resolve(p).intent()).as(p).isNotIn(STOP_OR_CANCEL));
    }

    static List<String> phrasings(String locale) throws IOException {
        return reader(locale).lines().filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.substring(l.indexOf('\t') + 1).strip()).toList();
    }

    private static BufferedReader reader(String locale) {
        InputStream in = HeldOutEvaluationTest.class.getClassLoader().getResourceAsStream("heldout/" + locale + ".tsv");
        if (in == null) {
            throw new UncheckedIOException(new IOException("no heldout/" + locale + ".tsv"));
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
