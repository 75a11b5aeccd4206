package com.heroinfacts.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.heroinfacts.SkillTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.heroinfacts.SkillTester.firstSentence;
import static com.heroinfacts.SkillTester.speech;
import static org.assertj.core.api.Assertions.assertThat;

/** Free words through the real handler: the catch-all, slot words, and no dead ends. */
class UnderstandingTranscriptTest {

    private final SkillTester alexa = new SkillTester();

    static ObjectNode question(String query, String locale) {
        return question("QuestionIntent", query, locale);
    }

    static ObjectNode question(String intent, String query, String locale) {
        ObjectNode request = SkillTester.intent(intent);
        ((ObjectNode) request.path("request")).put("locale", locale);
        ObjectNode slot = ((ObjectNode) request.path("request").path("intent")).putObject("slots").putObject("query");
        slot.put("name", "query");
        slot.put("confirmationStatus", "NONE");
        if (query != null) {
            slot.put("value", query);
        }
        return request;
    }

    private JsonNode ask(String query) {
        return alexa.send(question(query, "en-US"));
    }

    /** Words that, without their question word, lead elsewhere: the general catch-all with the same query does not answer so. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "en-US, WhereQuestionIntent, do people go for detox, FindTreatmentIntent",
            "en-US, HowLongQuestionIntent, does withdrawal take, WithdrawalTimingIntent",
            "es-US, WhereQuestionIntent, hay tratamiento, FindTreatmentIntent",
            "es-US, WhereQuestionIntent, hay narcan, NaloxoneWhereIntent"})
    void the_question_word_the_carrier_took_away_is_heard_again(String locale, String intent, String query, String answeredAs) {
        ObjectNode topic = SkillTester.intent(answeredAs);
        ((ObjectNode) topic.path("request")).put("locale", locale);
        String expected = speech(new SkillTester().send(topic));

        assertThat(speech(new SkillTester().send(question(intent, query, locale)))).isEqualTo(expected);
        assertThat(speech(new SkillTester().send(question(query, locale)))).as("the query alone").isNotEqualTo(expected);
    }

    @Test
    void a_question_word_catch_all_still_lets_the_safety_recogniser_hear_the_query_first() {
        assertThat(firstSentence(speech(alexa.send(question("HowQuestionIntent", "do i help him he's not breathing", "en-US")))))
                .contains("911");
    }

    @Test
    void an_overdose_described_in_other_words_gets_911_first_then_what_do_i_do_and_help_repeat_the_steps() {
        assertThat(firstSentence(speech(ask("my buddy's lips went grey and he won't wake up")))).contains("911");

        assertThat(firstSentence(speech(alexa.say("NextStepsIntent")))).contains("911");
        assertThat(firstSentence(speech(alexa.say("AMAZON.HelpIntent")))).as("help in an emergency").contains("911");
        assertThat(firstSentence(speech(alexa.say("AMAZON.FallbackIntent")))).contains("911");
        assertThat(speech(alexa.say("AMAZON.StopIntent"))).contains("911");
    }

    @Test
    void someone_who_swallowed_pills_hears_911_first_and_911_again_at_the_number_and_goodbye() {
        JsonNode answer = ask("swallowed a handful of pills");

        assertThat(firstSentence(speech(answer))).contains("911");
        assertThat(speech(answer)).doesNotContain("988");
        assertThat(firstSentence(speech(alexa.say("HelplineIntent")))).as("what's the number").contains("911");
        assertThat(speech(alexa.say("AMAZON.StopIntent"))).contains("911").doesNotContain("them");
    }

    @Test
    void suicidal_and_having_taken_something_is_911_first_then_988() {
        String said = speech(ask("want to die and i took all my pills"));

        assertThat(firstSentence(said)).contains("911");
        assertThat(said).contains("988");
    }

    @Test
    void a_caregiver_hears_988_for_the_person_they_worry_about_and_911_for_danger() {
        String said = speech(ask("brother keeps saying he would be better off dead"));

        assertThat(firstSentence(said)).contains("988");
        assertThat(said).contains("someone else").contains("911");
        assertThat(firstSentence(speech(alexa.say("HelplineIntent")))).contains("988");
        assertThat(speech(alexa.say("AMAZON.StopIntent"))).contains("988");
    }

    @Test
    void a_question_about_overdose_signs_keeps_its_informational_answer() {
        JsonNode answer = ask("can you tell that someone has overdosed");

        assertThat(alexa.attributes().path("lastTopic").asText()).isEqualTo("overdose_signs");
        assertThat(alexa.attributes().path("emergency").isMissingNode()).isTrue();
        assertThat(speech(answer)).startsWith("If you think someone is overdosing");
    }

    @Test
    void a_question_in_other_words_reaches_its_topic() {
        assertThat(speech(ask("what does naloxone actually do"))).startsWith("Naloxone, also called Narcan");
    }

    @Test
    void words_in_the_topic_slot_that_describe_an_overdose_are_heard_before_the_topic_intent() {
        ObjectNode request = SkillTester.fixture("topic-slot-no-match.json");
        ((ObjectNode) request.path("request").path("intent").path("slots").path("topic")).put("value", "my friend is not breathing");

        assertThat(firstSentence(speech(alexa.send(request)))).contains("911");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "<speak><audio src='https://evil.example/x.mp3'/></speak>", "quel est le numéro de téléphone",
            "xyzzy plugh", "&amp; ]]> \" ' <"})
    void bad_or_foreign_words_get_the_fallback_with_the_way_out_and_are_never_echoed(String query) {
        JsonNode answer = ask(query);
        String ssml = SkillTester.ssml(answer);

        assertThat(firstSentence(speech(answer))).contains("911").contains("988");
        assertThat(ssml).doesNotContain("evil").doesNotContain("numéro").doesNotContain("xyzzy").doesNotContain("<audio");
        assertThat(SkillTester.endsSession(answer)).isFalse();
    }

    @Test
    void a_ten_thousand_character_query_and_a_missing_slot_get_the_fallback() {
        assertThat(firstSentence(speech(ask("a".repeat(10_000))))).contains("911").contains("988");
        assertThat(firstSentence(speech(ask(null)))).contains("911").contains("988");
    }

    @Test
    void yes_with_nothing_offered_gives_examples_to_ask() {
        assertThat(speech(alexa.say("AMAZON.YesIntent"))).startsWith("I didn't ask").contains("naloxone");
    }

    @Test
    void spanish_words_in_the_catch_all_are_heard_too() {
        assertThat(firstSentence(speech(alexa.send(question("mi amigo tiene los labios morados", "es-US"))))).contains("911");
        assertThat(firstSentence(speech(alexa.send(question("ya no le veo sentido a la vida", "es-US"))))).contains("988");
        assertThat(speech(alexa.send(question("qué es exactamente el narcan", "es-US")))).startsWith("La naloxona");
    }
}
