package com.heroinfacts.local;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.heroinfacts.content.Catalogues;
import com.heroinfacts.skill.TopicIntents;
import com.heroinfacts.understanding.Understanding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every locale's interaction model: the same intents and topic ids, and samples Alexa will accept. */
class LocaleModelParityTest {

    private static final InteractionModel DEFAULT = model(Catalogues.DEFAULT_LOCALE);

    static Stream<String> locales() {
        return Catalogues.LOCALES.stream();
    }

    @ParameterizedTest
    @MethodSource("locales")
    void every_locale_has_a_model_with_exactly_the_default_intents(String locale) {
        assertThat(model(locale).intents().keySet()).containsExactlyInAnyOrderElementsOf(DEFAULT.intents().keySet());
    }

    @ParameterizedTest
    @MethodSource("locales")
    void every_intent_has_the_same_slots_in_every_locale(String locale) {
        DEFAULT.intents().forEach((name, intent) ->
                assertThat(model(locale).intents().get(name).slotTypeBySlot()).as(name).isEqualTo(intent.slotTypeBySlot()));
    }

    @ParameterizedTest
    @MethodSource("locales")
    void every_locale_has_the_same_topic_slot_ids_and_every_topic_its_intent(String locale) {
        InteractionModel model = model(locale);
        assertThat(ids(model)).containsExactlyElementsOf(ids(DEFAULT))
                .containsExactlyInAnyOrderElementsOf(Catalogues.loadAll().topicIds());
        Catalogues.loadAll().topicIds().forEach(topic ->
                assertThat(model.intents()).as(topic).containsKey(TopicIntents.intentFor(topic)));
    }

    @ParameterizedTest
    @MethodSource("locales")
    void samples_are_lower_case_letters_spaces_apostrophes_and_periods_only(String locale) {
        model(locale).intents().values().forEach(intent -> intent.samples().forEach(sample ->
                assertThat(sample).as(intent.name()).matches("[a-záéíóúñü' .]*(\\{(topic|query)}[a-záéíóúñü' .]*)?")
                        .doesNotContain("  ").isEqualTo(sample.strip())));
    }

    @ParameterizedTest
    @MethodSource("locales")
    void no_sample_is_repeated_or_shared_by_two_intents(String locale) {
        Map<String, List<String>> intentsBySample = new TreeMap<>();
        model(locale).intents().values().forEach(intent -> intent.samples().forEach(sample ->
                intentsBySample.computeIfAbsent(sample, s -> new java.util.ArrayList<>()).add(intent.name())));
        assertThat(intentsBySample.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey))
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("locales")
    void no_topic_phrase_means_two_topics(String locale) {
        Map<String, String> idByPhrase = new HashMap<>();
        model(locale).slotTypes().get("TOPIC").forEach(value -> value.phrases().forEach(phrase ->
                assertThat(idByPhrase.putIfAbsent(phrase, value.id())).as(phrase).isIn(null, value.id())));
    }

    @ParameterizedTest
    @MethodSource("locales")
    void no_built_in_phrase_of_the_simulator_shadows_a_sample(String locale) {
        Map<String, List<String>> builtIns = simulatorPhrases(locale);
        assertThat(builtIns.keySet()).containsExactlyInAnyOrderElementsOf(simulatorPhrases(Catalogues.DEFAULT_LOCALE).keySet());
        Set<String> samples = model(locale).intents().values().stream().flatMap(i -> i.samples().stream())
                .map(UtteranceResolver::normalise).collect(Collectors.toSet());
        builtIns.forEach((intent, phrases) -> phrases.forEach(phrase ->
                assertThat(samples).as(intent).doesNotContain(UtteranceResolver.normalise(phrase))));
    }

    @Test
    void every_spanish_custom_intent_has_thirty_samples_each_answer_twenty_and_the_topic_intent_twenty_with_its_slot() {
        Set<String> answers = Catalogues.loadAll().topicIds();
        model("es-US").intents().values().stream().filter(intent -> !intent.name().startsWith("AMAZON.")).forEach(intent -> {
            if (answers.contains(TopicIntents.topicFor(intent.name()))) {
                // the answers' own intents: at least twenty each in Spanish (issue 9), as ModelSyncTest checks
                assertThat(intent.samples()).as(intent.name()).hasSizeGreaterThanOrEqualTo(20);
            } else if (intent.name().equals(TopicIntents.TOPIC_INTENT)) {
                assertThat(intent.samples()).as(intent.name()).hasSizeGreaterThanOrEqualTo(20)
                        .allSatisfy(sample -> assertThat(sample).contains("{topic}"));
            } else if (Understanding.catchAllIntents("es-US").contains(intent.name()) && !intent.name().equals(Understanding.QUESTION_INTENT)) {
                // one question word's carrier phrases, which CatchAllModelTest checks
                assertThat(intent.samples()).as(intent.name()).hasSizeGreaterThanOrEqualTo(2);
            } else {
                assertThat(intent.samples()).as(intent.name()).hasSizeGreaterThanOrEqualTo(30);
            }
        });
    }

    @Test
    void spanish_samples_cover_caregivers_slang_emergencies_and_crisis() {
        Map<String, List<String>> samples = model("es-US").intents().values().stream()
                .collect(Collectors.toMap(InteractionModel.Intent::name, InteractionModel.Intent::samples));
        assertThat(samples.get("OverdoseIntent")).contains("mi amigo no respira", "no se despierta");
        assertThat(samples.get("CrisisIntent")).contains("me quiero morir", "quiero quitarme la vida");
        assertThat(samples.get("StimulantOrDepressantIntent")).contains("la heroína es un estimulante");
        List<String> all = samples.values().stream().flatMap(List::stream).toList();
        for (String caregiver : List.of("mi hijo ", "mi hija ", "mi esposo ", "mi pareja ")) {
            assertThat(all).as(caregiver).anySatisfy(sample -> assertThat(sample).contains(caregiver));
        }
        for (String slang : List.of("chiva", "caballo", "manteca")) {
            assertThat(all).as(slang).anySatisfy(sample -> assertThat(sample).contains(slang));
        }
    }

    @ParameterizedTest
    @MethodSource("locales")
    void the_invocation_name_follows_alexas_rules(String locale) {
        String name = model(locale).invocationName();
        assertThat(name).matches("[a-záéíóúñü]+( [a-záéíóúñü]+)+");
        assertThat(List.of(name.split(" "))).doesNotContainAnyElementsOf(List.of(
                "alexa", "amazon", "echo", "skill", "app", "ask", "tell", "open", "launch", "load", "begin", "enable",
                "abre", "pregunta", "pregúntale", "dile", "pide", "inicia", "empieza", "habilita"));
        assertThat(model(locale).intents().values().stream().flatMap(i -> i.samples().stream()))
                .noneSatisfy(sample -> assertThat(sample).contains(name));
    }

    static InteractionModel model(String locale) {
        InteractionModel model = InteractionModel.loadIfPresent(locale);
        assertThat(model).as("model for " + locale).isNotNull();
        return model;
    }

    private static List<String> ids(InteractionModel model) {
        return model.slotTypes().get("TOPIC").stream().map(InteractionModel.SlotValue::id).toList();
    }

    static Map<String, List<String>> simulatorPhrases(String locale) {
        try (InputStream in = LocaleModelParityTest.class.getClassLoader().getResourceAsStream("simulator/" + locale + ".json")) {
            assertThat(in).as("simulator phrases for " + locale).isNotNull();
            return new ObjectMapper().readValue(in, new TypeReference<Map<String, List<String>>>() { });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
