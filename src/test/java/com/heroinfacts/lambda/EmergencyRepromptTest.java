package com.heroinfacts.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.heroinfacts.SkillTester;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.heroinfacts.SkillTester.endsSession;
import static com.heroinfacts.SkillTester.reprompt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * After an emergency answer the person may be on the phone to 911 or 988: the session stays open for one "yes" or
 * "what's the number", and the reprompt Alexa plays after about eight seconds of silence only says the number, in a
 * few words, asking nothing. Silence after that ends the session (Alexa's SessionEndedRequest, reason
 * EXCEEDED_MAX_REPROMPTS), to which the skill says nothing.
 */
class EmergencyRepromptTest {

    private final SkillTester alexa = new SkillTester();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en-US | OverdoseIntent  | Call 911.",
            "en-US | CrisisIntent    | Call or text 988.",
            "es-US | OverdoseIntent  | Llame al 911.",
            "es-US | CrisisIntent    | Llame o envíe un texto al 988; en español, marque 2."})
    void an_emergency_answer_keeps_the_session_open_once_with_a_reprompt_that_only_says_the_number(
            String locale, String intent, String expected) {
        JsonNode answer = alexa.send(inLocale(SkillTester.intent(intent), locale));

        assertThat(endsSession(answer)).isFalse();
        assertThat(reprompt(answer)).isEqualTo(expected);
        assertThat(answer.path("response").path("reprompt").path("outputSpeech").path("ssml").asText())
                .contains("<say-as interpret-as=\"telephone\">");

        JsonNode number = alexa.send(inLocale(SkillTester.intent("HelplineIntent"), locale));
        assertThat(reprompt(number)).as("the emergency's number, asked for again").isEqualTo(expected);

        ObjectNode silence = inLocale(SkillTester.fixture("session-ended.json"), locale);
        ((ObjectNode) silence.path("request")).put("reason", "EXCEEDED_MAX_REPROMPTS");
        JsonNode ended = alexa.send(silence);
        assertThat(ended.path("response").path("outputSpeech").isMissingNode()).as("nothing said after the silence").isTrue();
    }

    private static ObjectNode inLocale(ObjectNode request, String locale) {
        ((ObjectNode) request.path("request")).put("locale", locale);
        return request;
    }
}
