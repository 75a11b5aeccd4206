package com.heroinfacts.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.heroinfacts.SkillTester;
import org.junit.jupiter.api.Test;

import static com.heroinfacts.SkillTester.card;
import static com.heroinfacts.SkillTester.endsSession;
import static com.heroinfacts.SkillTester.firstSentence;
import static com.heroinfacts.SkillTester.reprompt;
import static com.heroinfacts.SkillTester.speech;
import static com.heroinfacts.SkillTester.ssml;
import static org.assertj.core.api.Assertions.assertThat;

/** Whole conversations through the Lambda stream handler, session attributes carried turn to turn. */
class ConversationTranscriptTest {

    private final SkillTester alexa = new SkillTester();

    @Test
    void launch_welcomes_says_it_is_not_medical_advice_and_asks_what_to_know() {
        JsonNode welcome = alexa.launch();

        assertThat(speech(welcome)).startsWith("Welcome to Heroin Facts").contains("not medical advice")
                .endsWith("What would you like to know?");
        assertThat(speech(welcome)).contains("In an emergency, call 911.");
        assertThat(speech(welcome).split("\\s+")).hasSizeLessThanOrEqualTo(35);
        assertThat(endsSession(welcome)).isFalse();
    }

    @Test
    void a_one_shot_question_answers_says_the_disclaimer_once_and_offers_one_follow_up() {
        JsonNode answer = alexa.say("StimulantOrDepressantIntent");

        assertThat(speech(answer)).startsWith("Heroin isn't a stimulant.").contains("depressant")
                .contains("not medical advice").endsWith("Want to hear how heroin affects the brain and body?");
        assertThat(speech(alexa.say("AMAZON.YesIntent"))).startsWith("Heroin attaches to mu-opioid receptors")
                .doesNotContain("not medical advice");
    }

    @Test
    void after_launch_the_first_answer_does_not_repeat_the_disclaimer() {
        alexa.launch();

        assertThat(speech(alexa.say("SpeedballingIntent"))).doesNotContain("not medical advice");
    }

    @Test
    void asking_about_speedballing_offers_treatment_next_and_yes_gives_treatment() {
        alexa.launch();
        JsonNode speedballing = alexa.say("SpeedballingIntent");

        assertThat(speech(speedballing)).contains("heroin and cocaine together").endsWith("Want to hear how heroin use disorder is treated?");
        assertThat(reprompt(speedballing)).endsWith("Want to hear how heroin use disorder is treated?");
        assertThat(speech(alexa.say("AMAZON.YesIntent"))).startsWith("Effective treatments include behavioral therapies and medications");
    }

    @Test
    void no_declines_the_offer_briefly_and_a_later_yes_has_nothing_pending() {
        alexa.launch();
        alexa.say("EffectsIntent");

        assertThat(speech(alexa.say("AMAZON.NoIntent"))).isEqualTo("Okay. What else would you like to know?");
        assertThat(speech(alexa.say("AMAZON.YesIntent"))).startsWith("I didn't ask a question");
    }

    @Test
    void repeat_gives_the_last_answer_again_word_for_word() {
        alexa.launch();
        JsonNode withdrawal = alexa.say("WithdrawalIntent");

        assertThat(speech(alexa.say("AMAZON.RepeatIntent"))).isEqualTo(speech(withdrawal));
        assertThat(speech(alexa.say("AMAZON.YesIntent"))).startsWith("Effective treatments");
    }

    @Test
    void repeat_before_anything_was_said_says_so() {
        assertThat(speech(alexa.say("AMAZON.RepeatIntent"))).startsWith("I haven't said anything to repeat yet.");
    }

    @Test
    void where_is_this_from_names_the_source_of_the_last_answer_and_keeps_the_offer() {
        alexa.launch();
        alexa.say("NaloxoneIntent");

        assertThat(speech(alexa.say("SourceIntent")))
                .startsWith("That came from the CDC page Lifesaving Naloxone")
                .endsWith("Want to hear how heroin use disorder is treated?");
        assertThat(speech(alexa.say("AMAZON.YesIntent"))).startsWith("Effective treatments");
    }

    @Test
    void where_is_this_from_names_every_source_an_answer_rests_on() {
        alexa.launch();
        alexa.say("FentanylIntent");

        assertThat(speech(alexa.say("SourceIntent"))).startsWith("That came from the CDC page About Fentanyl, "
                + "the CDC page Helping Stop Overdose and SAMHSA's Opioid Overdose Prevention Toolkit.");
    }

    @Test
    void the_helpline_answer_gives_samhsa_before_the_source_page_line_and_the_card_leads_with_911_and_988() {
        alexa.launch();
        JsonNode helpline = alexa.say("HelplineIntent");

        assertThat(speech(helpline)).containsSubsequence("1-800-662-4357", "(928) 723-1202");
        assertThat(card(helpline)).containsSubsequence("Emergency: 911", "call or text 988", "1-800-662-4357", "(928) 723-1202");
    }

    @Test
    void finding_treatment_gives_the_text_line_as_a_telephone_number_not_a_quantity() {
        alexa.launch();
        JsonNode answer = alexa.say("FindTreatmentIntent");

        assertThat(ssml(answer)).contains("<say-as interpret-as=\"telephone\">435748</say-as>");
        assertThat(card(answer)).contains("435748");
    }

    @Test
    void where_is_this_from_with_no_answer_yet_names_all_sources() {
        alexa.launch();

        assertThat(speech(alexa.say("SourceIntent"))).contains("Is Heroin a Stimulant or Depressant")
                .contains("National Institute on Drug Abuse").contains("CDC").contains("SAMHSA");
    }

    @Test
    void the_helpline_is_spoken_as_telephone_numbers_written_on_a_card_and_offered_again() {
        alexa.launch();
        JsonNode helpline = alexa.say("HelplineIntent");

        assertThat(ssml(helpline)).contains("<say-as interpret-as=\"telephone\">(928) 723-1202</say-as>")
                .contains("<say-as interpret-as=\"telephone\">1-800-662-4357</say-as>");
        assertThat(speech(helpline)).endsWith("Want me to repeat the numbers?");
        assertThat(card(helpline)).contains("(928) 723-1202").contains("1-800-662-4357");
        assertThat(speech(alexa.say("AMAZON.YesIntent"))).isEqualTo(speech(helpline));
    }

    @Test
    void an_overdose_mid_conversation_puts_911_first_and_wins_over_the_pending_offer() {
        alexa.launch();
        alexa.say("SpeedballingIntent");
        JsonNode overdose = alexa.say("OverdoseIntent");

        assertThat(firstSentence(speech(overdose))).isEqualTo("Call 911 now.");
        assertThat(speech(overdose)).contains("naloxone").contains("on their side").contains("Stay with them");
        assertThat(reprompt(overdose)).contains("911");
        assertThat(card(overdose)).contains("911");
        assertThat(speech(alexa.say("AMAZON.YesIntent"))).as("yes repeats the steps, not treatment")
                .startsWith("Call 911 now.");
    }

    @Test
    void after_an_overdose_the_number_means_911_what_do_i_do_repeats_the_steps_and_goodbye_repeats_911() {
        alexa.say("OverdoseIntent");

        JsonNode number = alexa.say("HelplineIntent");
        assertThat(firstSentence(speech(number))).contains("911");
        assertThat(speech(number)).doesNotContain("723-1202");
        assertThat(speech(alexa.say("AMAZON.YesIntent"))).startsWith("Call 911 now.");
        alexa.say("TreatmentIntent");
        assertThat(speech(alexa.say("NextStepsIntent"))).startsWith("Call 911 now.");
        JsonNode goodbye = alexa.say("AMAZON.StopIntent");
        assertThat(speech(goodbye)).contains("911");
        assertThat(endsSession(goodbye)).isTrue();
    }

    @Test
    void a_suicidal_statement_puts_988_first_from_any_state_and_keeps_that_context() {
        alexa.launch();
        alexa.say("DepressionSymptomsIntent");
        JsonNode crisis = alexa.say("CrisisIntent");

        assertThat(firstSentence(speech(crisis))).contains("call or text 988");
        assertThat(speech(crisis)).contains("911").doesNotContain("723-1202").doesNotContain("662-4357");
        assertThat(endsSession(crisis)).isFalse();
        assertThat(speech(alexa.say("HelplineIntent"))).startsWith("Call or text 988");
        assertThat(speech(alexa.say("NextStepsIntent"))).isEqualTo(speech(crisis));
        assertThat(speech(alexa.say("AMAZON.CancelIntent"))).contains("988");
    }

    @Test
    void what_do_i_do_outside_an_emergency_gives_the_helplines() {
        alexa.launch();

        assertThat(speech(alexa.say("NextStepsIntent"))).contains("723-1202").contains("662-4357");
    }

    @Test
    void help_gives_three_examples_the_emergency_number_and_how_to_leave() {
        JsonNode help = alexa.say("AMAZON.HelpIntent");

        assertThat(speech(help)).contains("if heroin is a stimulant").contains("what naloxone is")
                .contains("how heroin use disorder is treated").contains("call 911").contains("say stop")
                .endsWith("What would you like to know?");
    }

    @Test
    void stop_and_cancel_say_a_short_goodbye_and_end_the_session() {
        for (String intent : new String[] {"AMAZON.StopIntent", "AMAZON.CancelIntent"}) {
            SkillTester fresh = new SkillTester();
            fresh.launch();
            JsonNode goodbye = fresh.say(intent);
            assertThat(endsSession(goodbye)).isTrue();
            assertThat(speech(goodbye).split("\\s+")).hasSizeLessThanOrEqualTo(15);
            assertThat(speech(goodbye)).doesNotContain("?");
        }
    }

    @Test
    void start_over_and_navigate_home_go_back_to_the_welcome() {
        alexa.launch();
        alexa.say("EffectsIntent");

        assertThat(speech(alexa.say("AMAZON.StartOverIntent"))).startsWith("Welcome to Heroin Facts");
        assertThat(speech(alexa.say("AMAZON.NavigateHomeIntent"))).startsWith("Welcome to Heroin Facts");
        assertThat(speech(alexa.say("AMAZON.YesIntent"))).as("the welcome offered nothing").startsWith("I didn't ask");
    }

    @Test
    void fallback_leads_with_the_way_out_and_says_what_to_ask_without_a_dead_end() {
        JsonNode fallback = alexa.say("AMAZON.FallbackIntent");

        assertThat(speech(fallback).split("(?<=[.?!])\\s+")[0]).contains("911").contains("988");
        assertThat(speech(fallback)).doesNotContain("Sorry, I can't help").contains("naloxone").endsWith("?");
        assertThat(card(fallback)).contains("911").contains("988");
    }

    @Test
    void a_request_to_get_use_or_dose_drugs_is_refused_without_judgement_and_offers_help() {
        JsonNode refusal = alexa.say("UnsafeRequestIntent");

        assertThat(speech(refusal)).startsWith("I can't help with getting, using or dosing drugs.").contains("1-800-662-4357");
    }

    @Test
    void tell_me_about_a_topic_uses_the_resolved_slot_id() {
        JsonNode answer = alexa.send(SkillTester.fixture("topic-slot.json"));

        assertThat(speech(answer)).startsWith("Speedballing, taking heroin and cocaine together");
    }

    @Test
    void tell_me_about_something_unknown_names_what_it_covers() {
        JsonNode answer = alexa.send(SkillTester.fixture("topic-slot-no-match.json"));

        assertThat(speech(answer)).startsWith("I don't have information on that:").contains("911").contains("988");
    }

    @Test
    void an_intent_the_skill_does_not_know_gets_the_fallback() {
        assertThat(speech(alexa.send(SkillTester.fixture("unknown-intent.json")))).startsWith("I'm not sure I understood:");
    }

    @Test
    void session_ended_gets_no_speech() {
        JsonNode ended = alexa.send(SkillTester.fixture("session-ended.json"));

        assertThat(ended.path("response").path("outputSpeech").isMissingNode()).isTrue();
    }

    @Test
    void a_system_exception_report_gets_no_speech() {
        JsonNode answer = alexa.invoke(SkillTester.fixture("exception-encountered.json"));

        assertThat(answer.path("response").path("outputSpeech").isMissingNode()).isTrue();
    }

    @Test
    void attributes_the_skill_did_not_set_are_not_echoed_back() {
        ObjectNode request = SkillTester.intent("EffectsIntent");
        ((ObjectNode) request.path("session").path("attributes")).put("padding", "x".repeat(10_000));

        JsonNode answer = alexa.invoke(request);

        assertThat(answer.path("sessionAttributes").has("padding")).isFalse();
        assertThat(answer.path("sessionAttributes").path("lastTopic").asText()).isEqualTo("effects");
    }

    @Test
    void a_request_without_a_session_still_gets_an_answer() {
        JsonNode answer = alexa.invoke(SkillTester.fixture("no-session.json"));

        SkillTester.assertFollowsResponseRules(answer);
        assertThat(speech(answer)).startsWith("Speedballing");
        assertThat(answer.path("sessionAttributes").size()).as("nothing to remember without a session").isZero();
    }

    @Test
    void an_unsupported_locale_is_answered_in_english() {
        assertThat(speech(alexa.send(SkillTester.fixture("unsupported-locale.json")))).startsWith("Heroin isn't a stimulant.");
    }

    @Test
    void a_request_without_a_locale_is_answered_in_english() {
        ObjectNode request = SkillTester.intent("TreatmentIntent");
        ((ObjectNode) request.path("request")).remove("locale");

        assertThat(speech(alexa.send(request))).startsWith("Effective treatments");
    }

    @Test
    void tampered_session_attributes_are_ignored_not_trusted() {
        ObjectNode request = SkillTester.intent("AMAZON.YesIntent");
        ObjectNode attributes = (ObjectNode) request.path("session").path("attributes");
        attributes.put("offer", "how_to_inject");
        attributes.put("lastMessage", "NOT_A_MESSAGE");
        attributes.put("emergency", 42);

        JsonNode answer = alexa.invoke(request);

        SkillTester.assertFollowsResponseRules(answer);
        assertThat(speech(answer)).startsWith("I didn't ask a question");
    }
}
