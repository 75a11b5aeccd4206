package com.heroinfacts.lambda;

import com.heroinfacts.content.Catalogues;
import com.heroinfacts.lambda.DeviceConversation.Answer;
import com.heroinfacts.skill.HeroinFactsSkill;
import com.heroinfacts.skill.TopicIntents;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The same safety checks for every locale, on the responses the Lambda handler really returns. */
class AnswerSafetyTest {

    /** How each locale says "call or text" in the crisis answer's first sentence. */
    private static final Map<String, String> CALL_OR_TEXT = Map.of("en-US", "call or text", "es-US", "llame o envíe un texto");

    static Stream<String> locales() {
        return Catalogues.LOCALES.stream();
    }

    @ParameterizedTest
    @MethodSource("locales")
    void every_answer_is_well_formed_ssml_using_only_speak_and_telephone_say_as(String locale) throws Exception {
        for (Answer answer : everyAnswer(locale)) {
            for (String ssml : List.of(answer.ssml(), answer.repromptSsml())) {
                if (ssml.isEmpty()) {
                    continue;
                }
                Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new ByteArrayInputStream(ssml.getBytes(StandardCharsets.UTF_8)));
                assertThat(xml.getDocumentElement().getTagName()).isEqualTo("speak");
                NodeList all = xml.getElementsByTagName("*");
                for (int i = 0; i < all.getLength(); i++) {
                    Element element = (Element) all.item(i);
                    assertThat(element.getTagName()).as(ssml).isIn("speak", "say-as");
                    if (element.getTagName().equals("say-as")) {
                        assertThat(element.getAttribute("interpret-as")).isEqualTo("telephone");
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("locales")
    void every_phone_number_is_spoken_inside_a_telephone_say_as(String locale) {
        for (Answer answer : everyAnswer(locale)) {
            String outsideSayAs = answer.ssml().replaceAll("<say-as interpret-as=\"telephone\">[^<]*</say-as>", "");
            assertThat(outsideSayAs).as(answer.ssml()).doesNotContainPattern("\\b(911|988|662|4357|723|1202)\\b");
        }
    }

    @ParameterizedTest
    @MethodSource("locales")
    void an_overdose_answer_says_911_in_its_first_sentence_whatever_came_before(String locale) {
        for (String before : List.of("StimulantOrDepressantIntent", "CrisisIntent", "HelplineIntent")) {
            DeviceConversation caller = DeviceConversation.on("echo-dot", locale);
            caller.launch();
            caller.say(before);
            Answer overdose = caller.say("OverdoseIntent");
            assertThat(overdose.firstSentence()).as(before).contains("911");
            assertThat(overdose.endsSession()).isFalse();
            assertThat(caller.say("NextStepsIntent").firstSentence()).as("what do I do, after " + before).contains("911");
        }
    }

    @ParameterizedTest
    @MethodSource("locales")
    void a_crisis_answer_gives_988_to_call_or_text_in_its_first_sentence_and_911_for_immediate_danger(String locale) {
        Answer crisis = DeviceConversation.on("echo-dot", locale).say("CrisisIntent");

        assertThat(crisis.firstSentence()).contains("988").containsIgnoringCase(CALL_OR_TEXT.get(locale));
        assertThat(crisis.spoken()).contains("911");
        assertThat(crisis.spoken()).doesNotContain("662").doesNotContain("723");
        assertThat(crisis.endsSession()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("locales")
    void the_helpline_is_spoken_with_telephone_say_as_and_written_on_the_card(String locale) {
        Answer helpline = DeviceConversation.on("echo-dot", locale).say("HelplineIntent");

        for (String number : List.of("1-800-662-4357", "(928) 723-1202")) {
            assertThat(helpline.ssml()).contains("<say-as interpret-as=\"telephone\">" + number + "</say-as>");
            assertThat(helpline.cardText()).contains(number);
        }
        assertThat(helpline.endsSession()).isFalse();
    }

    /** Every topic, and every other intent the skill answers, asked fresh and again after a topic. */
    private static List<Answer> everyAnswer(String locale) {
        List<String> intents = new ArrayList<>();
        Catalogues.loadAll().topicIds().forEach(id -> intents.add(TopicIntents.intentFor(id)));
        intents.addAll(Set.copyOf(HeroinFactsSkill.otherIntents()));
        List<Answer> answers = new ArrayList<>();
        DeviceConversation fresh = DeviceConversation.on("echo-dot", locale);
        answers.add(fresh.launch());
        for (String intent : intents) {
            answers.add(DeviceConversation.on("echo-dot", locale).say(intent));
            DeviceConversation afterTopic = DeviceConversation.on("echo-dot", locale);
            afterTopic.say("SpeedballingIntent");
            answers.add(afterTopic.say(intent));
        }
        answers.add(DeviceConversation.on("echo-dot", locale).askAbout("nothing we know", "no_such_topic"));
        return answers;
    }
}
