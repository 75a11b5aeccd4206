package com.heroinfacts.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.heroinfacts.SkillTester;
import com.heroinfacts.content.Catalogue;
import com.heroinfacts.content.Catalogues;
import com.heroinfacts.content.PhoneNumbers;
import com.heroinfacts.content.Speech;
import com.heroinfacts.skill.SkillSettings;
import com.heroinfacts.skill.TopicIntents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.stream.Stream;

import static com.heroinfacts.SkillTester.card;
import static com.heroinfacts.SkillTester.speech;
import static com.heroinfacts.SkillTester.ssml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Lambda entry point's contract: configuration from the environment, every topic intent answered. */
class StreamHandlerTest {

    private static final Catalogue EN = Catalogues.loadAll().defaultCatalogue();

    static Stream<String> topicIds() {
        return EN.topics().keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("topicIds")
    void every_topic_intent_answers_its_topic_with_a_card_carrying_the_helpline(String topicId) {
        JsonNode answer = new SkillTester().say(TopicIntents.intentFor(topicId));

        assertThat(speech(answer)).startsWith(firstWords(Speech.render(EN.topic(topicId).speech(), PhoneNumbers.defaults()).text()));
        assertThat(card(answer)).startsWith(EN.topic(topicId).title()).contains("(928) 723-1202").contains("1-800-662-4357");
    }

    @Test
    void the_no_argument_constructor_reads_the_environment_and_answers() {
        SkillTester.assertFollowsResponseRules(
                new SkillTester().invoke(SkillTester.fixture("launch.json")));
        assertThat(new HeroinFactsStreamHandler()).isNotNull();
    }

    @Test
    void with_SKILL_ID_set_a_request_for_another_skill_is_refused() {
        SkillSettings settings = SkillSettings.fromEnvironment(Map.of("SKILL_ID", "amzn1.ask.skill.fixture-skill-id"));
        SkillTester alexa = new SkillTester(settings);

        assertThat(speech(alexa.invoke(SkillTester.fixture("launch.json")))).startsWith("Welcome");
        // refused with a JSON error rather than an exception: a Lambda error is what Alexa reads as a broken skill
        assertThat(alexa.invoke(SkillTester.fixture("wrong-skill-id.json")).path("error").asText()).isEqualTo("wrong_skill_id");
    }

    @Test
    void without_SKILL_ID_any_skill_id_is_served() {
        assertThat(speech(new SkillTester().invoke(SkillTester.fixture("wrong-skill-id.json")))).startsWith("I answer short questions");
    }

    @Test
    void HELPLINE_NUMBER_changes_the_number_spoken_and_written() {
        SkillSettings settings = SkillSettings.fromEnvironment(Map.of("HELPLINE_NUMBER", "(555) 010-0199"));
        JsonNode helpline = new SkillTester(settings).say("HelplineIntent");

        assertThat(ssml(helpline)).contains("<say-as interpret-as=\"telephone\">(555) 010-0199</say-as>")
                .doesNotContain("723-1202");
        assertThat(card(helpline)).contains("(555) 010-0199");
    }

    @Test
    void a_blank_HELPLINE_NUMBER_keeps_the_default_and_a_malformed_one_fails_at_start() {
        assertThat(SkillSettings.fromEnvironment(Map.of("HELPLINE_NUMBER", " ")).numbers().helpline())
                .isEqualTo(PhoneNumbers.DEFAULT_HELPLINE);
        assertThatThrownBy(() -> SkillSettings.fromEnvironment(Map.of("HELPLINE_NUMBER", "<call me>")))
                .hasMessageContaining("helpline number");
    }

    private static String firstWords(String text) {
        return String.join(" ", java.util.Arrays.copyOf(text.split(" "), 3));
    }
}
