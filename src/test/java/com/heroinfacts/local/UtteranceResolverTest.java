package com.heroinfacts.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The strict local stand-in for Alexa, driven by the real en-US interaction model: nothing fuzzy is left here. */
class UtteranceResolverTest {

    private final UtteranceResolver resolver = Conversations.resolverFor("en-US");

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
            "is dope a downer, StimulantOrDepressantIntent",
            "Is heroin a stimulant?, StimulantOrDepressantIntent",
            "alexa ask heroin facts what is speedballing, SpeedballingIntent",
            "how can i tell if my son is using heroin, AddictionSignsIntent",
            "my friend isn't breathing, OverdoseIntent",
            "i swallowed a handful of pills, TookTooMuchIntent",
            "it's over, CrisisIntent",
            "yes, AMAZON.YesIntent",
            "say that again, AMAZON.RepeatIntent",
            "stop, AMAZON.StopIntent",
    })
    void exact_samples_and_built_in_phrases_resolve_to_their_intent(String utterance, String intent) {
        assertThat(resolver.resolve(utterance).intent()).isEqualTo(intent);
        assertThat(resolver.resolve(utterance).how()).startsWith("sample");
    }

    @ParameterizedTest(name = "\"{0}\" is the catch-all with query \"{1}\"")
    @CsvSource({
            "is heroin actually a stimulant drug, heroin actually a stimulant drug",
            "my buddy isn't breathing after using, buddy isn't breathing after using",
            "he took too much and won't wake up, took too much and won't wake up",
            "what's the weather in boston, the weather in boston",
            "tell me a joke, a joke",
    })
    void other_words_after_a_carrier_phrase_go_to_the_catch_all_whole(String utterance, String query) {
        Resolution resolution = resolver.resolve(utterance);

        assertThat(resolution.intent()).isEqualTo(UtteranceResolver.QUESTION_INTENT);
        assertThat(resolution.slots().get(UtteranceResolver.QUERY_SLOT).value()).isEqualTo(query);
        assertThat(resolution.how()).startsWith("catch-all");
    }

    @ParameterizedTest
    @CsvSource({"play some music", "set a timer for ten minutes", "quel est le numéro", "order a pizza"})
    void words_near_nothing_in_the_model_fall_back(String utterance) {
        assertThat(resolver.resolve(utterance).intent()).isEqualTo(Resolution.FALLBACK);
        assertThat(resolver.resolve(utterance).how()).startsWith("fallback");
    }

    /** Alexa's custom slots are not enumerations: words sharing one with the TOPIC values fill the bare "{topic}" sample. */
    @ParameterizedTest
    @CsvSource({"naloxone kit instructions", "blue lips", "rehab bills piling up"})
    void words_near_the_topic_values_with_no_carrier_phrase_fill_the_topic_slot_unresolved(String utterance) {
        Resolution resolution = resolver.resolve(utterance);

        assertThat(resolution.intent()).isEqualTo("TopicIntent");
        assertThat(resolution.slots().get("topic")).isEqualTo(new Resolution.SlotFill(utterance, null));
        assertThat(resolution.how()).isEqualTo("sample \"{topic}\" with words that match no slot value");
    }

    @Test
    void a_slot_value_or_synonym_fills_the_topic_slot_with_its_id() {
        Resolution resolution = resolver.resolve("tell me about narcan");

        assertThat(resolution.intent()).isEqualTo("TopicIntent");
        assertThat(resolution.slots().get("topic")).isEqualTo(new Resolution.SlotFill("narcan", "naloxone"));
    }

    @Test
    void unknown_words_in_a_topic_phrase_are_the_catch_alls_as_a_carrier_phrase_fits_first() {
        Resolution resolution = resolver.resolve("tell me about knitting");

        assertThat(resolution.intent()).isEqualTo(UtteranceResolver.QUESTION_INTENT);
        assertThat(resolution.slots().get("query").id()).isNull();
    }

    @ParameterizedTest
    @CsvSource({"open heroin facts", "'Alexa, open Heroin Facts'", "launch heroin facts", "heroin facts", "ask heroin facts"})
    void the_invocation_name_alone_launches(String utterance) {
        assertThat(resolver.resolve(utterance).isLaunch()).isTrue();
    }
}
