package com.heroinfacts.skill;

import com.fasterxml.jackson.databind.JsonNode;
import com.heroinfacts.SkillTester;
import com.heroinfacts.content.Catalogues;
import com.heroinfacts.understanding.Understanding;
import com.heroinfacts.understanding.Words;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catch-alls as Alexa accepts them: one AMAZON.SearchQuery slot alone, a carrier phrase in every sample; the
 * general one ({@code QuestionIntent}) and one per question word, whose word the skill reads from
 * {@code understanding/<locale>.json} and which every one of its carriers says.
 */
class CatchAllModelTest {

    static Stream<String> locales() {
        return Catalogues.LOCALES.stream();
    }

    @ParameterizedTest
    @MethodSource("locales")
    void the_catch_alls_are_the_intents_the_skill_knows_as_catch_alls(String locale) throws IOException {
        assertThat(catchAlls(locale).keySet()).containsExactlyInAnyOrderElementsOf(Understanding.catchAllIntents(locale))
                .contains(QuestionHandler.QUESTION_INTENT).hasSizeGreaterThan(1);
    }

    @ParameterizedTest
    @MethodSource("locales")
    void every_catch_all_has_exactly_one_slot_a_search_query(String locale) throws IOException {
        catchAlls(locale).forEach((name, intent) -> {
            assertThat(intent.path("slots")).as(name).hasSize(1);
            assertThat(intent.path("slots").get(0).path("name").asText()).as(name).isEqualTo(QuestionHandler.QUERY_SLOT);
            assertThat(intent.path("slots").get(0).path("type").asText()).as(name).isEqualTo("AMAZON.SearchQuery");
        });
    }

    @ParameterizedTest
    @MethodSource("locales")
    void every_catch_all_sample_is_a_carrier_phrase_and_the_query(String locale) throws IOException {
        catchAlls(locale).forEach((name, intent) -> {
            List<String> samples = samples(intent);
            assertThat(samples).as(name).hasSizeGreaterThanOrEqualTo(name.equals(QuestionHandler.QUESTION_INTENT) ? 30 : 2)
                    .doesNotHaveDuplicates().allSatisfy(sample -> {
                        assertThat(sample).containsOnlyOnce("{query}");
                        assertThat(sample.replace("{query}", "").strip()).as("the carrier phrase of \"" + sample + "\"").isNotEmpty();
                    });
        });
    }

    @ParameterizedTest
    @MethodSource("locales")
    void every_carrier_of_a_question_word_catch_all_says_its_word(String locale) throws IOException {
        JsonNode words = SkillTester.JSON.readTree(Path.of("src/main/resources/understanding", locale + ".json").toFile())
                .path("questionWords");
        assertThat(words.size()).isGreaterThan(0);
        Map<String, JsonNode> catchAlls = catchAlls(locale);
        words.fields().forEachRemaining(entry -> {
            assertThat(catchAlls).as(entry.getKey() + " in the model").containsKey(entry.getKey());
            List<String> word = Words.stems(entry.getValue().asText());
            assertThat(word).as(entry.getKey()).isNotEmpty();
            assertThat(samples(catchAlls.get(entry.getKey()))).allSatisfy(sample ->
                    assertThat(Words.stems(sample.replace("{query}", ""))).as(sample).containsAll(word));
            // the question word comes back only through the data: the query alone is the slot's words
            assertThat(Understanding.loadIfPresent(locale, Map.of()).question(entry.getKey(), "query"))
                    .contains(entry.getValue().asText() + " query");
        });
    }

    @ParameterizedTest
    @MethodSource("locales")
    void no_search_query_slot_anywhere_else_and_no_sample_in_two_intents(String locale) throws IOException {
        Map<String, String> owner = new HashMap<>();
        for (JsonNode intent : ModelSyncTest.model(locale).path("interactionModel").path("languageModel").path("intents")) {
            String name = intent.path("name").asText();
            intent.path("slots").forEach(slot -> assertThat(Understanding.catchAllIntents(locale).contains(name)
                    || !slot.path("type").asText().equals("AMAZON.SearchQuery")).as(name).isTrue());
            intent.path("samples").forEach(sample -> {
                String previous = owner.put(sample.asText().toLowerCase(Locale.ROOT), name);
                assertThat(previous).as(sample.asText() + " in " + name + " and " + previous).isNull();
            });
        }
    }

    /** Every intent of the model with a search query slot, by name. */
    private static Map<String, JsonNode> catchAlls(String locale) throws IOException {
        Map<String, JsonNode> catchAlls = new LinkedHashMap<>();
        for (JsonNode intent : ModelSyncTest.model(locale).path("interactionModel").path("languageModel").path("intents")) {
            for (JsonNode slot : intent.path("slots")) {
                if (slot.path("type").asText().equals("AMAZON.SearchQuery")) {
                    catchAlls.put(intent.path("name").asText(), intent);
                }
            }
        }
        return catchAlls;
    }

    private static List<String> samples(JsonNode intent) {
        List<String> samples = new ArrayList<>();
        intent.path("samples").forEach(s -> samples.add(s.asText()));
        return samples;
    }
}
