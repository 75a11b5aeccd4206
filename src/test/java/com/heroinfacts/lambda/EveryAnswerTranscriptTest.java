package com.heroinfacts.lambda;

import com.heroinfacts.content.Catalogue;
import com.heroinfacts.content.Catalogues;
import com.heroinfacts.content.MessageKey;
import com.heroinfacts.content.PhoneNumbers;
import com.heroinfacts.content.Speech;
import com.heroinfacts.content.Topic;
import com.heroinfacts.lambda.DeviceConversation.Answer;
import com.heroinfacts.skill.TopicIntents;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After every answer, in every locale, the conversation keeps working: "repeat" says it again, "where is this
 * from" names every source it rests on and keeps the offer, "yes" then gives the offered answer, and "what's the
 * number" gives a number (the emergency's own in an emergency).
 */
class EveryAnswerTranscriptTest {

    private static final Catalogues CATALOGUES = Catalogues.loadAll();
    private static final PhoneNumbers NUMBERS = PhoneNumbers.defaults();

    static Stream<Arguments> answers() {
        return Catalogues.LOCALES.stream().flatMap(locale ->
                CATALOGUES.forLocale(locale).topics().keySet().stream().map(id -> Arguments.of(locale, id)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("answers")
    void answer_then_repeat_then_where_is_this_from_then_yes(String locale, String id) {
        Catalogue catalogue = CATALOGUES.forLocale(locale);
        Topic topic = catalogue.topic(id);
        DeviceConversation caller = DeviceConversation.on("echo-dot", locale);
        caller.launch();

        Answer answer = caller.say(TopicIntents.intentFor(id));
        assertThat(answer.spoken()).startsWith(heard(topic.speech())).endsWith(heard(topic.offer()));
        assertThat(answer.cardTitle()).isEqualTo(topic.title());
        assertThat(answer.endsSession()).isFalse();

        assertThat(caller.say("AMAZON.RepeatIntent").spoken()).isEqualTo(answer.spoken());

        Answer source = caller.say("SourceIntent");
        for (String sourceId : topic.sources()) {
            assertThat(source.spoken()).contains(catalogue.source(sourceId).spoken());
        }
        assertThat(source.spoken()).endsWith(heard(topic.offer()));

        Answer yes = caller.say("AMAZON.YesIntent");
        assertThat(yes.cardTitle()).isEqualTo(catalogue.topic(topic.next()).title());
        assertThat(yes.spoken()).startsWith(heard(catalogue.topic(topic.next()).speech()));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("answers")
    void whats_the_number_after_an_answer_gives_the_helplines_or_in_an_emergency_its_number(String locale, String id) {
        Catalogue catalogue = CATALOGUES.forLocale(locale);
        DeviceConversation caller = DeviceConversation.on("echo-dot", locale);
        caller.launch();
        caller.say(TopicIntents.intentFor(id));

        Answer number = caller.say("HelplineIntent");

        String expected = switch (id) {
            case "overdose" -> catalogue.message(MessageKey.OVERDOSE_NUMBER).speech();
            case "crisis" -> catalogue.message(MessageKey.CRISIS_NUMBER).speech();
            // the other emergency answers give their number in the first sentence, so they are said again
            default -> catalogue.topic(catalogue.topic(id).emergency() ? id : "helpline").speech();
        };
        assertThat(number.spoken()).startsWith(heard(expected));
        assertThat(number.endsSession()).isFalse();
    }

    private static String heard(String template) {
        return Speech.render(template, NUMBERS).text();
    }
}
