package com.heroinfacts.lambda;

import com.heroinfacts.lambda.DeviceConversation.Answer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A request in a locale the skill has no words for is still answered, in English. */
class UnsupportedLocaleTest {

    @Test
    void a_french_request_is_welcomed_in_english() {
        Answer welcome = Answer.of(DeviceConversation.invoke(DeviceConversation.fixture("requests/fr-FR/launch.json")));

        assertThat(welcome.spoken()).startsWith("Welcome to Heroin Facts.");
        assertThat(welcome.endsSession()).isFalse();
    }

    @Test
    void a_question_in_an_unsupported_locale_gets_the_english_answer_and_its_follow_up() {
        DeviceConversation caller = DeviceConversation.on("echo-show", "fr-FR");

        Answer answer = caller.say("StimulantOrDepressantIntent");
        assertThat(answer.firstSentence()).isEqualTo("Heroin isn't a stimulant.");
        assertThat(answer.screen().path("title").asText()).isEqualTo("Is heroin a stimulant?");
        assertThat(caller.say("AMAZON.YesIntent").spoken()).startsWith("Heroin attaches to mu-opioid receptors");
    }

    @Test
    void a_spanish_request_from_another_country_is_answered_in_english_until_that_locale_is_added() {
        assertThat(DeviceConversation.on("echo-dot", "es-MX").say("OverdoseIntent").firstSentence()).isEqualTo("Call 911 now.");
    }
}
