package com.heroinfacts.lambda;

import com.heroinfacts.lambda.DeviceConversation.Answer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A Spanish-speaking caller, turn by turn, with the session carried from each response into the next request. */
class SpanishTranscriptTest {

    private final DeviceConversation caller = DeviceConversation.on("echo-dot", "es-US");

    @Test
    void opening_the_skill_welcomes_in_spanish_and_says_once_that_it_is_not_medical_advice() {
        Answer welcome = Answer.of(DeviceConversation.invoke(DeviceConversation.fixture("requests/es-US/launch.json")));

        assertThat(welcome.spoken()).startsWith("Hola, esto es Datos sobre la Heroína.")
                .contains("no consejo médico").endsWith("¿Qué quiere saber?");
        assertThat(welcome.spoken()).contains("En una emergencia, llame al 911.");
        assertThat(welcome.spoken().split("\\s+")).hasSizeLessThanOrEqualTo(35);
        assertThat(welcome.endsSession()).isFalse();
        assertThat(welcome.repromptSsml()).contains("si la heroína es un estimulante").endsWith("¿Qué quiere saber?</speak>");
    }

    @Test
    void asking_if_heroin_is_a_stimulant_answers_that_it_is_a_depressant_without_repeating_the_disclaimer() {
        caller.launch();
        Answer answer = caller.say("StimulantOrDepressantIntent");

        assertThat(answer.firstSentence()).isEqualTo("La heroína no es un estimulante.");
        assertThat(answer.spoken()).contains("un depresor del sistema nervioso central")
                .doesNotContain("no consejo médico")
                .endsWith("¿Quiere saber cómo afecta la heroína al cerebro y al cuerpo?");
        assertThat(answer.cardTitle()).isEqualTo("¿La heroína es un estimulante?");
        assertThat(answer.endsSession()).isFalse();
    }

    @Test
    void the_first_answer_of_a_one_shot_question_carries_the_disclaimer() {
        assertThat(caller.say("StimulantOrDepressantIntent").spoken()).contains("Es información general, no consejo médico.");
    }

    @Test
    void slang_for_heroin_in_the_topic_slot_gets_the_same_answer() {
        Answer answer = Answer.of(DeviceConversation.invoke(DeviceConversation.fixture("requests/es-US/topic-slot-chiva.json")));

        assertThat(answer.firstSentence()).isEqualTo("La heroína no es un estimulante.");
    }

    @Test
    void yes_gives_the_offered_answer_and_repeat_says_it_again_word_for_word() {
        caller.launch();
        caller.say("StimulantOrDepressantIntent");
        Answer yes = caller.say("AMAZON.YesIntent");
        Answer again = caller.say("AMAZON.RepeatIntent");

        assertThat(yes.spoken()).startsWith("La heroína activa los receptores opioides mu")
                .endsWith("¿Quiere saber cuáles son los peligros de la heroína a largo plazo?");
        assertThat(again.spoken()).isEqualTo(yes.spoken());
        assertThat(caller.say("AMAZON.YesIntent").spoken()).startsWith("El consumo repetido de heroína");
    }

    @Test
    void no_declines_the_offer_and_keeps_listening() {
        caller.say("TreatmentIntent");
        Answer no = caller.say("AMAZON.NoIntent");

        assertThat(no.spoken()).isEqualTo("De acuerdo. ¿Qué más quiere saber?");
        assertThat(no.endsSession()).isFalse();
    }

    @Test
    void the_helpline_is_spoken_as_telephone_numbers_in_spanish_and_written_on_the_card() {
        caller.launch();
        Answer helpline = caller.say("HelplineIntent");

        assertThat(helpline.ssml()).contains("<say-as interpret-as=\"telephone\">1-800-662-4357</say-as>")
                .contains("<say-as interpret-as=\"telephone\">(928) 723-1202</say-as>");
        assertThat(helpline.firstSentence()).contains("SAMHSA").contains("1-800-662-4357");
        assertThat(helpline.spoken()).contains("en español").endsWith("¿Quiere que repita los números?");
        assertThat(helpline.cardText()).contains("1-800-662-4357").contains("(928) 723-1202").contains("911").contains("988");
        assertThat(caller.say("AMAZON.RepeatIntent").spoken()).isEqualTo(helpline.spoken());
    }

    @Test
    void someone_not_breathing_hears_call_911_first_then_the_steps_and_the_number_stays_911() {
        caller.launch();
        caller.say("StatisticsIntent");
        Answer overdose = caller.say("OverdoseIntent");

        assertThat(overdose.firstSentence()).isEqualTo("Llame al 911 ahora.");
        assertThat(overdose.ssml()).startsWith("<speak>Llame al <say-as interpret-as=\"telephone\">911</say-as> ahora.");
        assertThat(overdose.spoken()).contains("naloxona").contains("de lado").contains("Quédese con ella")
                .doesNotContain("948 mil");
        assertThat(overdose.endsSession()).isFalse();
        assertThat(overdose.repromptSsml()).contains("911");

        Answer number = caller.say("HelplineIntent");
        assertThat(number.firstSentence()).startsWith("Llame al 911 ahora");
        Answer goodbye = caller.say("AMAZON.StopIntent");
        assertThat(goodbye.spoken()).contains("Llame al 911").endsWith("Adiós.");
        assertThat(goodbye.endsSession()).isTrue();
    }

    @Test
    void a_caller_in_crisis_hears_988_to_call_or_text_first_with_the_spanish_options() {
        caller.launch();
        Answer crisis = caller.say("CrisisIntent");

        assertThat(crisis.firstSentence()).contains("llame o envíe un texto al 988");
        assertThat(crisis.spoken()).contains("en español, marque 2").contains("texto o chat")
                .contains("Su familia también puede llamar").contains("llame al 911");
        assertThat(crisis.endsSession()).isFalse();
        assertThat(crisis.repromptSsml()).contains("988").contains("marque 2");

        Answer number = caller.say("HelplineIntent");
        assertThat(number.firstSentence()).startsWith("Llame o envíe un texto al 988");
        assertThat(number.cardTitle()).isEqualTo("Llame o envíe un texto al 988");
        Answer goodbye = caller.say("AMAZON.CancelIntent");
        assertThat(goodbye.spoken()).contains("988");
        assertThat(goodbye.endsSession()).isTrue();
    }

    @Test
    void help_in_spanish_names_911_and_how_to_leave() {
        Answer help = caller.say("AMAZON.HelpIntent");

        // "para" would also be heard as "for": the word to leave is one Alexa's stop intent takes and nothing else means
        assertThat(help.spoken()).contains("llame al 911").contains("diga salir").doesNotContain("diga para")
                .endsWith("¿Qué quiere saber?");
        // a sample of the model's own stop intent, not only a phrase of Amazon's built-in list
        assertThat(DeviceConversation.fixture("models/es-US.json").path("interactionModel").path("languageModel").path("intents")
                .findParents("name").stream().filter(i -> i.path("name").asText().equals("AMAZON.StopIntent"))
                .findFirst().orElseThrow().path("samples").toString()).contains("\"salir\"");
    }

    @Test
    void something_the_skill_cannot_do_is_declined_in_spanish_with_the_spanish_speaking_helpline() {
        Answer fallback = caller.say("AMAZON.FallbackIntent");
        Answer unsafe = caller.say("UnsafeRequestIntent");

        assertThat(fallback.firstSentence()).startsWith("No estoy seguro de haberle entendido:").contains("911").contains("988");
        assertThat(unsafe.spoken()).startsWith("No puedo ayudar a conseguir, consumir o dosificar drogas.")
                .contains("1-800-662-4357").contains("en español");
    }

    @Test
    void asking_where_that_came_from_names_the_source_in_spanish() {
        caller.say("NaloxoneIntent");
        Answer source = caller.say("SourceIntent");

        assertThat(source.spoken()).startsWith("Eso viene de la página Lifesaving Naloxone de los CDC");
        assertThat(caller.say("AMAZON.YesIntent").spoken()).startsWith("Hay tratamientos eficaces");
    }
}
