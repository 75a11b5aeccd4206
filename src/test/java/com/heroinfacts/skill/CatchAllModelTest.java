package com.heroinfacts.skill;

import com.fasterxml.jackson.databind.JsonNode;
import com.heroinfacts.content.Catalogues;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The catch-all as Alexa accepts it: one AMAZON.SearchQuery slot alone, a carrier phrase in every sample. */
class CatchAllModelTest {

    static Stream<String> locales() {
        return Catalogues.LOCALES.stream();
    }

    @ParameterizedTest
    @MethodSource("locales")
    void the_catch_all_has_exactly_one_slot_a_search_query(String locale) throws IOException {
        JsonNode intent = catchAll(locale);

        assertThat(intent.path("slots")).hasSize(1);
        assertThat(intent.path("slots").get(0).path("name").asText()).isEqualTo(QuestionHandler.QUERY_SLOT);
        assertThat(intent.path("slots").get(0).path("type").asText()).isEqualTo("AMAZON.SearchQuery");
    }

    @ParameterizedTest
    @MethodSource("locales")
    void every_catch_all_sample_is_a_carrier_phrase_and_the_query(String locale) throws IOException {
        List<String> samples = new ArrayList<>();
        catchAll(locale).path("samples").forEach(s -> samples.add(s.asText()));

        assertThat(samples).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates().allSatisfy(sample -> {
            assertThat(sample).containsOnlyOnce("{query}");
            assertThat(sample.replace("{query}", "").strip()).as("the carrier phrase of \"" + sample + "\"").isNotEmpty();
        });
    }

    @ParameterizedTest
    @MethodSource("locales")
    void no_search_query_slot_anywhere_else_and_no_sample_in_two_intents(String locale) throws IOException {
        Map<String, String> owner = new HashMap<>();
        for (JsonNode intent : ModelSyncTest.model(locale).path("interactionModel").path("languageModel").path("intents")) {
            String name = intent.path("name").asText();
            intent.path("slots").forEach(slot -> assertThat(name.equals(QuestionHandler.QUESTION_INTENT)
                    || !slot.path("type").asText().equals("AMAZON.SearchQuery")).as(name).isTrue());
            intent.path("samples").forEach(sample -> {
                String previous = owner.put(sample.asText().toLowerCase(Locale.ROOT), name);
                assertThat(previous).as(sample.asText() + " in " + name + " and " + previous).isNull();
            });
        }
    }

    private static JsonNode catchAll(String locale) throws IOException {
        for (JsonNode intent : ModelSyncTest.model(locale).path("interactionModel").path("languageModel").path("intents")) {
            if (intent.path("name").asText().equals(QuestionHandler.QUESTION_INTENT)) {
                return intent;
            }
        }
        throw new AssertionError("no " + QuestionHandler.QUESTION_INTENT + " in " + locale);
    }
}
