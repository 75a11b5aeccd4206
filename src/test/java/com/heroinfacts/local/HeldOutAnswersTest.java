package com.heroinfacts.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.heroinfacts.SkillTester;
import com.heroinfacts.content.Catalogue;
import com.heroinfacts.content.Catalogues;
import com.heroinfacts.content.PhoneNumbers;
import com.heroinfacts.content.Speech;
import com.heroinfacts.content.Topic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Phrasings for each issue-9 answer, kept out of the interaction models (topic id, tab, phrasing), in two lists per
 * locale. Each phrasing goes, in a fresh session, through the local simulator's strict understanding of the model
 * into the Lambda handler, as {@code batch} sends it; it counts as reached when the reply is that topic's answer
 * (its card title, or its speech). Both figures are printed.
 */
class HeldOutAnswersTest {

    /**
     * The seed topics, answered before issue 9, and the emergency answers the safety recogniser gives: both are
     * measured on the held-out lists of {@link HeldOutEvaluationTest} instead.
     */
    private static final Set<String> SEED_TOPICS = Set.of("stimulant_or_depressant", "effects", "depression_link",
            "depression_symptoms", "long_term_dangers", "overdose", "overdose_signs", "naloxone", "speedballing",
            "addiction_signs", "withdrawal", "treatment", "helpline", "crisis", "took_too_much", "crisis_other",
            "crisis_and_took");
    private static final double TARGET = 0.90;
    private static final Map<String, Figure> FIGURES = new java.util.HashMap<>();

    /**
     * The lists, and what each may claim. Every phrasing equal to a sample was taken out when the list was added
     * (people often say the plainest question, and the model has it), so the figures are of phrasings the model
     * does not contain.
     */
    enum HeldOut {
        /**
         * {@code answers-<locale>.tsv}, written with the answers. Its misses were read while the vocabulary, the
         * samples and the carrier phrases were widened: a development list.
         */
        DEVELOPMENT("answers", Map.of("en-US", 0.83, "es-US", 0.78)),
        /**
         * {@code answers-second-<locale>.tsv}: three writers, five phrasings per answer each, who saw only the
         * answers' texts (the second and third were asked for less obvious wordings). Blind when first measured, on
         * 2026-12-02, at 90.9% and 88.5% (first two writers) and 78.9% and 71.9% (third); read and tuned on after.
         */
        SECOND("answers-second", Map.of("en-US", 0.89, "es-US", 0.83)),
        /**
         * {@code answers-unseen-<locale>.tsv}: two more writers, with the first writer's brief (typical speech),
         * who saw neither the model nor any other list; measured once, after the last change to understanding on
         * 2026-12-02, and never tuned on: the measure of issue 9's target.
         */
        UNSEEN("answers-unseen", Map.of("en-US", 0.95, "es-US", 0.96));

        final String file;
        /** What each locale reached when measured on 2026-12-02 (rounded down): a ratchet. */
        final Map<String, Double> floor;

        HeldOut(String file, Map<String, Double> floor) {
            this.file = file;
            this.floor = floor;
        }
    }

    record Phrasing(String topic, String words) {
    }

    static Stream<String> locales() {
        return Catalogues.LOCALES.stream();
    }

    static Stream<Arguments> listsAndLocales() {
        return Stream.of(HeldOut.values()).flatMap(list -> locales().map(locale -> Arguments.of(list, locale)));
    }

    @ParameterizedTest
    @MethodSource("listsAndLocales")
    void every_new_answer_has_at_least_four_held_out_phrasings_none_of_them_a_model_sample(HeldOut list, String locale) throws IOException {
        Catalogue catalogue = Catalogues.loadAll().forLocale(locale);
        Map<String, Integer> perTopic = new TreeMap<>();
        heldOut(list, locale).forEach(p -> perTopic.merge(p.topic(), 1, Integer::sum));
        assertThat(catalogue.topics().keySet()).containsAll(perTopic.keySet());
        for (String id : catalogue.topics().keySet()) {
            if (!SEED_TOPICS.contains(id)) {
                assertThat(perTopic.getOrDefault(id, 0)).as(locale + " " + id).isGreaterThanOrEqualTo(4);
            }
        }
        Set<String> samples = new HashSet<>();
        for (JsonNode intent : SkillTester.JSON.readTree(model(locale)).path("interactionModel").path("languageModel").path("intents")) {
            intent.path("samples").forEach(s -> samples.add(s.asText()));
        }
        for (Phrasing phrasing : heldOut(list, locale)) {
            assertThat(samples).as("held out, so never a sample").doesNotContain(phrasing.words().toLowerCase(Locale.ROOT));
        }
    }

    /** The target of issue 9, on the list never tuned on. */
    @ParameterizedTest
    @MethodSource("locales")
    void at_least_ninety_percent_of_unseen_phrasings_reach_their_answer_through_the_lambda_handler(String locale) throws IOException {
        Figure figure = measure(HeldOut.UNSEEN, locale);
        assertThat(figure.reached()).as(figure + "; missed:\n" + String.join("\n", figure.missed())).isGreaterThanOrEqualTo(TARGET);
    }

    /** Always measured and printed; a figure must not fall below what it reached when last measured. */
    @ParameterizedTest
    @MethodSource("listsAndLocales")
    void the_held_out_figure_is_printed_and_does_not_fall_below_its_floor(HeldOut list, String locale) throws IOException {
        Figure figure = measure(list, locale);
        assertThat(figure.reached()).as(figure + "; missed:\n" + String.join("\n", figure.missed()))
                .isGreaterThanOrEqualTo(list.floor.get(locale));
    }

    record Figure(String list, String locale, int total, List<String> missed) {
        double reached() {
            return 1.0 - missed.size() / (double) total;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s %s: %d of %d reached (%.1f%%), target %.0f%%", list, locale,
                    total - missed.size(), total, 100 * reached(), 100 * TARGET);
        }
    }

    private static synchronized Figure measure(HeldOut list, String locale) throws IOException {
        String key = list + " " + locale;
        Figure cached = FIGURES.get(key);
        if (cached != null) {
            return cached;
        }
        Catalogue catalogue = Catalogues.loadAll().forLocale(locale);
        LocalSkill skill = LocalSkill.fromEnvironment();
        UtteranceResolver resolver = Conversations.resolverFor(locale);
        List<Phrasing> phrasings = heldOut(list, locale);
        List<String> missed = new ArrayList<>();
        for (Phrasing phrasing : phrasings) {
            Conversations.Exchange exchange = new Conversations(skill, resolver, locale, false).say(phrasing.words());
            if (!isAnswer(exchange.response(), catalogue.topic(phrasing.topic()))) {
                missed.add(phrasing.topic() + " <- \"" + phrasing.words() + "\" heard as "
                        + exchange.resolution().intent() + ": " + title(exchange.response()));
            }
        }
        Figure figure = new Figure(list.file, locale, phrasings.size(), List.copyOf(missed));
        System.out.println("held-out answers, " + figure);
        FIGURES.put(key, figure);
        return figure;
    }

    private static boolean isAnswer(JsonNode response, Topic topic) {
        if (response == null) {
            return false;
        }
        String heard = SkillTester.speech(response);
        return topic.title().equals(title(response))
                || heard.startsWith(Speech.render(topic.speech(), PhoneNumbers.defaults()).text());
    }

    private static String title(JsonNode response) {
        return response == null ? "(no response)" : response.path("response").path("card").path("title").asText("(no card)");
    }

    static List<Phrasing> heldOut(HeldOut list, String locale) {
        String resource = "/heldout/" + list.file + "-" + locale + ".tsv";
        try (InputStream in = HeldOutAnswersTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            List<Phrasing> phrasings = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] columns = line.split("\t");
                assertThat(columns).as(resource + ": " + line).hasSize(2);
                phrasings.add(new Phrasing(columns[0].strip(), columns[1].strip()));
            }
            return phrasings;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] model(String locale) throws IOException {
        try (InputStream in = HeldOutAnswersTest.class.getClassLoader().getResourceAsStream(InteractionModel.resourceFor(locale))) {
            assertThat(in).as("the " + locale + " interaction model on the classpath").isNotNull();
            return in.readAllBytes();
        }
    }
}
