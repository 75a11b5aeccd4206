package com.heroinfacts.skill;

import com.fasterxml.jackson.databind.JsonNode;
import com.heroinfacts.SkillTester;
import com.heroinfacts.content.Catalogue;
import com.heroinfacts.content.Catalogues;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The interaction models Alexa is given, the catalogues and the handler list must stay in step. */
class ModelSyncTest {

    private static final Path MODELS = Path.of("skill-package", "interactionModels", "custom");
    private static final Set<String> REQUIRED_BUILT_INS = Set.of("AMAZON.HelpIntent", "AMAZON.StopIntent",
            "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent", "AMAZON.YesIntent",
            "AMAZON.NoIntent", "AMAZON.RepeatIntent", "AMAZON.StartOverIntent");
    private static final Pattern ALLOWED_SAMPLE = Pattern.compile("[\\p{Ll}' .]+|.*\\{\\w+}.*");
    private static final Pattern SLOT_REFERENCE = Pattern.compile("\\{(\\w+)}");
    private static final Catalogues CATALOGUES = Catalogues.loadAll();

    static Stream<String> locales() {
        return Catalogues.LOCALES.stream();
    }

    @ParameterizedTest
    @MethodSource("locales")
    void every_intent_in_the_model_is_handled_and_every_handled_intent_is_in_the_model(String locale) throws IOException {
        Set<String> modelIntents = intents(model(locale)).keySet();
        Set<String> handled = new HashSet<>(HeroinFactsSkill.otherIntents());
        handled.add(TopicIntents.TOPIC_INTENT);
        CATALOGUES.topicIds().forEach(id -> handled.add(TopicIntents.intentFor(id)));

        assertThat(modelIntents).containsExactlyInAnyOrderElementsOf(handled);
        assertThat(modelIntents).containsAll(REQUIRED_BUILT_INS);
    }

    @ParameterizedTest
    @MethodSource("locales")
    void every_topic_slot_id_has_a_catalogue_entry_and_every_topic_a_slot_id(String locale) throws IOException {
        List<String> slotIds = new ArrayList<>();
        typeValues(model(locale), "TOPIC").forEach(v -> slotIds.add(v.path("id").asText()));
        Catalogue catalogue = CATALOGUES.forLocale(locale);

        assertThat(slotIds).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(catalogue.topics().keySet());
    }

    @ParameterizedTest
    @MethodSource("locales")
    void no_sample_is_in_two_intents_or_twice_in_one(String locale) throws IOException {
        Map<String, String> owner = new HashMap<>();
        intents(model(locale)).forEach((intent, samples) -> samples.forEach(sample -> {
            String key = sample.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
            String previous = owner.put(key, intent);
            assertThat(previous).as("\"" + sample + "\" in " + intent + " and " + previous).isNull();
        }));
    }

    @ParameterizedTest
    @MethodSource("locales")
    void samples_use_only_lowercase_letters_spaces_apostrophes_and_periods(String locale) throws IOException {
        intents(model(locale)).forEach((intent, samples) -> samples.forEach(sample -> {
            assertThat(sample).as(intent).matches(ALLOWED_SAMPLE).doesNotContainPattern("\\d").isEqualTo(sample.strip())
                    .doesNotContain("  ");
            assertThat(sample.replaceAll("\\{\\w+}", "")).as(intent + ": " + sample).matches("[\\p{Ll}' .]*");
        }));
    }

    @ParameterizedTest
    @MethodSource("locales")
    void every_slot_used_in_a_sample_is_declared_with_a_declared_type(String locale) throws IOException {
        JsonNode model = model(locale);
        Set<String> types = new HashSet<>();
        model.path("interactionModel").path("languageModel").path("types").forEach(t -> types.add(t.path("name").asText()));
        for (JsonNode intent : model.path("interactionModel").path("languageModel").path("intents")) {
            Set<String> declared = new HashSet<>();
            intent.path("slots").forEach(s -> {
                declared.add(s.path("name").asText());
                String type = s.path("type").asText();
                assertThat(type.startsWith("AMAZON.") || types.contains(type)).as(type).isTrue();
            });
            intent.path("samples").forEach(s -> {
                Matcher m = SLOT_REFERENCE.matcher(s.asText());
                while (m.find()) {
                    assertThat(declared).as(intent.path("name").asText() + ": " + s.asText()).contains(m.group(1));
                }
            });
        }
    }

    @ParameterizedTest
    @MethodSource("locales")
    void every_topic_intent_has_at_least_twenty_five_samples_in_english_and_twenty_in_spanish(String locale) throws IOException {
        Map<String, List<String>> intents = intents(model(locale));
        int least = locale.startsWith("en") ? 25 : 20;
        for (String id : CATALOGUES.topicIds()) {
            assertThat(intents.get(TopicIntents.intentFor(id))).as(TopicIntents.intentFor(id)).hasSizeGreaterThanOrEqualTo(least);
        }
    }

    @ParameterizedTest
    @MethodSource("locales")
    void slot_synonyms_are_unique_across_values(String locale) throws IOException {
        Map<String, String> owner = new HashMap<>();
        typeValues(model(locale), "TOPIC").forEach(value -> {
            List<String> phrases = new ArrayList<>();
            phrases.add(value.path("name").path("value").asText());
            value.path("name").path("synonyms").forEach(s -> phrases.add(s.asText()));
            for (String phrase : phrases) {
                String previous = owner.put(phrase.toLowerCase(Locale.ROOT), value.path("id").asText());
                assertThat(previous == null || previous.equals(value.path("id").asText())).as(phrase).isTrue();
            }
        });
    }

    @ParameterizedTest
    @MethodSource("locales")
    void skill_json_example_phrases_match_sample_utterances_exactly(String locale) throws IOException {
        JsonNode model = model(locale);
        String invocation = model.path("interactionModel").path("languageModel").path("invocationName").asText();
        Set<String> samples = new HashSet<>();
        intents(model).values().forEach(samples::addAll);
        JsonNode manifest = SkillTester.JSON.readTree(Path.of("skill-package", "skill.json").toFile());
        JsonNode phrases = manifest.path("manifest").path("publishingInformation").path("locales").path(locale).path("examplePhrases");

        assertThat(phrases.size()).isBetween(1, 3);
        for (JsonNode phrase : phrases) {
            String text = phrase.asText().toLowerCase(Locale.ROOT).replaceAll("^alexa, ", "");
            assertThat(text).as("an example phrase names the invocation").contains(invocation);
            String request = text.replaceAll("^.*?" + Pattern.quote(invocation) + "\\s*", "");
            assertThat(request.isEmpty() || samples.contains(request)).as(phrase.asText() + " must be a sample").isTrue();
        }
        assertThat(manifest.path("manifest").path("publishingInformation").path("category").asText()).isEqualTo("HEALTH_AND_FITNESS");
    }

    static JsonNode model(String locale) throws IOException {
        return SkillTester.JSON.readTree(MODELS.resolve(locale + ".json").toFile());
    }

    private static Map<String, List<String>> intents(JsonNode model) {
        Map<String, List<String>> intents = new HashMap<>();
        for (JsonNode intent : model.path("interactionModel").path("languageModel").path("intents")) {
            List<String> samples = new ArrayList<>();
            intent.path("samples").forEach(s -> samples.add(s.asText()));
            intents.put(intent.path("name").asText(), samples);
        }
        return intents;
    }

    private static List<JsonNode> typeValues(JsonNode model, String type) {
        List<JsonNode> values = new ArrayList<>();
        for (JsonNode t : model.path("interactionModel").path("languageModel").path("types")) {
            if (t.path("name").asText().equals(type)) {
                t.path("values").forEach(values::add);
            }
        }
        return values;
    }

    @org.junit.jupiter.api.Test
    void handler_code_holds_no_speech_every_word_lives_in_the_catalogue() throws IOException {
        Pattern sentence = Pattern.compile("\"[A-Z][a-z']+ [^\"]*[.?!]\"");
        try (Stream<Path> files = Files.list(Path.of("src", "main", "java", "com", "heroinfacts", "skill"))) {
            for (Path file : files.toList()) {
                assertThat(sentence.matcher(Files.readString(file)).find()).as(file + " has a spoken sentence").isFalse();
            }
        }
    }
}
