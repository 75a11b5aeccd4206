package com.heroinfacts.content;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer carries the facts the content rubric asks of it (CONTENT.md §3 for the seed topics, §9 and the
 * reviewed drafts for the rest), as the listener hears them: numbers filled in as digits, then matched against
 * {@code content/required-words.json}, one list of alternatives per fact. And every answer says where it is from.
 */
class AnswerFactsTest {

    private static final Catalogues CATALOGUES = Catalogues.loadAll();
    private static final Map<String, Map<String, List<List<String>>>> REQUIRED = required();

    static Stream<String> locales() {
        return Catalogues.LOCALES.stream();
    }

    @ParameterizedTest
    @MethodSource("locales")
    void every_answer_has_its_required_facts_and_no_fact_list_names_an_answer_that_is_gone(String locale) {
        Catalogue catalogue = CATALOGUES.forLocale(locale);
        Map<String, List<List<String>>> required = REQUIRED.get(locale);
        assertThat(required).as("required words for " + locale).isNotNull();
        assertThat(required.keySet()).containsExactlyInAnyOrderElementsOf(catalogue.topics().keySet());

        catalogue.topics().forEach((id, topic) -> {
            String heard = Speech.render(topic.speech(), PhoneNumbers.defaults()).text().toLowerCase(Locale.ROOT);
            assertThat(required.get(id)).as(locale + " " + id + ": at least one fact").isNotEmpty();
            for (List<String> fact : required.get(id)) {
                assertThat(fact.stream().anyMatch(heard::contains)).as(locale + " " + id + " must say one of " + fact + ": " + heard)
                        .isTrue();
            }
        });
    }

    @ParameterizedTest
    @MethodSource("locales")
    void every_answer_names_a_source_with_every_field_and_every_source_is_cited(String locale) {
        Catalogue catalogue = CATALOGUES.forLocale(locale);
        Set<String> cited = new HashSet<>();
        catalogue.topics().forEach((id, topic) -> {
            assertThat(topic.sources()).as(id).isNotEmpty();
            cited.addAll(topic.sources());
        });
        assertThat(cited).containsExactlyInAnyOrderElementsOf(catalogue.sources().keySet());
        catalogue.sources().forEach((id, source) -> {
            for (String field : List.of(source.spoken(), source.organisation(), source.title(), source.address(), source.read())) {
                assertThat(field).as(locale + " sources." + id).isNotBlank();
            }
            assertThat(source.address()).as(id).matches("https?://\\S+|not recorded.*");
        });
    }

    @ParameterizedTest
    @MethodSource("locales")
    void the_answers_of_one_topic_name_different_sources_aloud(String locale) {
        Catalogue catalogue = CATALOGUES.forLocale(locale);
        catalogue.topics().forEach((id, topic) -> assertThat(topic.sources().stream().map(s -> catalogue.source(s).spoken()))
                .as(id).doesNotHaveDuplicates());
    }

    @ParameterizedTest
    @MethodSource("locales")
    void the_source_page_line_is_never_called_free_public_or_confidential_in_any_answer(String locale) {
        Catalogue catalogue = CATALOGUES.forLocale(locale);
        catalogue.topics().forEach((id, topic) -> {
            for (String sentence : topic.speech().split("(?<=[.?!;])\\s+")) {
                if (sentence.contains("{helpline}")) {
                    assertThat(sentence.toLowerCase(Locale.ROOT)).as(id).doesNotContain("free").doesNotContain("public")
                            .doesNotContain("confidential").doesNotContain("gratis").doesNotContain("gratuita")
                            .doesNotContain("pública").doesNotContain("confidencial");
                }
            }
        });
    }

    @ParameterizedTest
    @MethodSource("locales")
    void no_answer_gives_a_dose_beyond_naloxone_package_directions(String locale) {
        Catalogue catalogue = CATALOGUES.forLocale(locale);
        catalogue.topics().forEach((id, topic) -> assertThat(topic.speech().toLowerCase(Locale.ROOT)).as(id)
                .doesNotContainPattern("\\b(mg|milligrams?|miligramos?|grams?|gramos?|micrograms?|microgramos?)\\b")
                .doesNotContain("safe dose").doesNotContain("dosis segura").doesNotContain("lethal dose")
                .doesNotContain("dosis letal").doesNotContain("treatment doses").doesNotContain("dosis de tratamiento"));
    }

    private static Map<String, Map<String, List<List<String>>>> required() {
        try (InputStream in = AnswerFactsTest.class.getResourceAsStream("/content/required-words.json")) {
            return new ObjectMapper().readValue(in, new TypeReference<>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
