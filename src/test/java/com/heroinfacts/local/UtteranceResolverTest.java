package com.heroinfacts.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The local recogniser, driven by the real en-US interaction model. */
class UtteranceResolverTest {

    private final UtteranceResolver resolver = Conversations.resolverFor("en-US");

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
            "is dope a downer, StimulantOrDepressantIntent",
            "Is heroin a stimulant?, StimulantOrDepressantIntent",
            "alexa ask heroin facts what is speedballing, SpeedballingIntent",
            "how can i tell if my son is using heroin, AddictionSignsIntent",
            "my friend isn't breathing, OverdoseIntent",
            "yes, AMAZON.YesIntent",
            "say that again, AMAZON.RepeatIntent",
            "stop, AMAZON.StopIntent",
    })
    void exact_samples_and_built_in_phrases_resolve_to_their_intent(String utterance, String intent) {
        assertThat(resolver.resolve(utterance).intent()).isEqualTo(intent);
        assertThat(resolver.resolve(utterance).how()).startsWith("exact sample");
    }

    @ParameterizedTest(name = "\"{0}\" is close to {1}")
    @CsvSource({
            "is heroin actually a stimulant drug, StimulantOrDepressantIntent",
            "my buddy isn't breathing after using, OverdoseIntent",
            "he took too much and won't wake up, OverdoseIntent",
            "i feel like ending my life, CrisisIntent",
            "is smack an upper, StimulantOrDepressantIntent",
            "what are the long term effects of heroin on the brain, LongTermDangersIntent",
    })
    void paraphrases_resolve_to_the_closest_sample_by_word_overlap(String utterance, String intent) {
        Resolution resolution = resolver.resolve(utterance);

        assertThat(resolution.intent()).isEqualTo(intent);
        assertThat(resolution.how()).startsWith("closest sample");
    }

    @ParameterizedTest
    @CsvSource({"what's the weather in boston", "play some music", "set a timer for ten minutes", "tell me a joke"})
    void unrelated_requests_fall_back(String utterance) {
        assertThat(resolver.resolve(utterance).intent()).isEqualTo(Resolution.FALLBACK);
    }

    @Test
    void a_slot_value_or_synonym_fills_the_topic_slot_with_its_id() {
        Resolution resolution = resolver.resolve("tell me about narcan");

        assertThat(resolution.intent()).isEqualTo("TopicIntent");
        assertThat(resolution.slots().get("topic")).isEqualTo(new Resolution.SlotFill("narcan", "naloxone"));
    }

    @Test
    void an_unknown_slot_value_still_reaches_the_topic_intent_without_an_id() {
        Resolution resolution = resolver.resolve("tell me about knitting");

        assertThat(resolution.intent()).isEqualTo("TopicIntent");
        assertThat(resolution.slots().get("topic").id()).isNull();
    }

    @ParameterizedTest
    @CsvSource({"open heroin facts", "'Alexa, open Heroin Facts'", "launch heroin facts", "heroin facts", "ask heroin facts"})
    void the_invocation_name_alone_launches(String utterance) {
        assertThat(resolver.resolve(utterance).isLaunch()).isTrue();
    }
}
