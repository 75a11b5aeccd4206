package com.heroinfacts.content;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Amazon's voice review: a prompt asks one question, at its end. Every answer and every reprompt in every catalogue,
 * however many topics there are: a topic's answer with its offer, the reprompt that follows it, each message that
 * leaves the session open and its reprompt. Example questions ("you can ask, is heroin a stimulant?") count, as a
 * listener hears them. An emergency's reprompt asks nothing: it only says the number again, and if the person (now on
 * the phone) stays silent, the session closes.
 */
class OneQuestionPerPromptTest {

    /** What an emergency reprompt may say besides its number. */
    private static final Pattern NUMBER = Pattern.compile("\\{(emergency|lifeline|samhsa|helpline)}");
    private static final Set<String> NUMBER_WORDS = Set.of("call", "or", "text", "llame", "al", "o", "envíe", "un",
            "texto", "en", "español", "marque", "2");

    static Stream<Catalogue> catalogues() {
        Catalogues all = Catalogues.loadAll();
        return Catalogues.LOCALES.stream().map(all::forLocale);
    }

    @ParameterizedTest
    @MethodSource("catalogues")
    void every_topic_answer_and_its_reprompt_ask_one_question_at_the_end(Catalogue catalogue) {
        String topicReprompt = catalogue.message(MessageKey.TOPIC_REPROMPT).speech();
        catalogue.topics().forEach((id, topic) -> {
            String at = catalogue.locale() + " " + id;
            assertThat(questions(topic.speech())).as(at + " answer, before its offer").isZero();
            assertOneQuestionAtTheEnd(at + " answer", topic.speech() + " " + topic.offer());
            if (topic.emergency()) {
                assertOnlyTheNumber(at + " reprompt", topic.reprompt(), topic.speech());
            } else {
                assertThat(topic.reprompt()).as(at + ": only emergencies have a reprompt of their own").isNull();
                assertOneQuestionAtTheEnd(at + " reprompt", topicReprompt.replace("{offer}", topic.offer()));
            }
        });
    }

    @ParameterizedTest
    @MethodSource("catalogues")
    void every_message_that_keeps_the_session_open_and_its_reprompt_ask_one_question_at_the_end(Catalogue catalogue) {
        Map<MessageKey, Message> messages = catalogue.messages();
        messages.forEach((key, message) -> {
            String at = catalogue.locale() + " " + key;
            if (!key.asksQuestion()) {
                assertThat(questions(message.speech())).as(at + " asks nothing").isZero();
                return;
            }
            assertOneQuestionAtTheEnd(at, message.speech());
            String emergency = message.offers();
            if (emergency != null && catalogue.hasTopic(emergency) && catalogue.topic(emergency).emergency()) {
                assertOnlyTheNumber(at + " reprompt", message.reprompt(), catalogue.topic(emergency).speech());
            } else {
                assertOneQuestionAtTheEnd(at + " reprompt", message.reprompt());
            }
        });
        // the source of the last answer is followed by that answer's offer
        assertThat(questions(messages.get(MessageKey.SOURCE_OF_LAST).speech())).isZero();
    }

    private static void assertOneQuestionAtTheEnd(String at, String prompt) {
        assertThat(questions(prompt)).as(at + ": " + prompt).isEqualTo(1);
        assertThat(prompt.strip()).as(at).endsWith("?");
    }

    /** The emergency's own number (the first its answer gives), with no question, in a few words. */
    private static void assertOnlyTheNumber(String at, String reprompt, String emergencyAnswer) {
        Matcher first = NUMBER.matcher(emergencyAnswer);
        assertThat(first.find()).as(at + ": the emergency answer gives a number").isTrue();
        String number = first.group();
        assertThat(questions(reprompt)).as(at + ": " + reprompt).isZero();
        assertThat(reprompt).as(at).contains(number);
        Stream.of(reprompt.replace(number, "").toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .forEach(word -> assertThat(NUMBER_WORDS).as(at + ": \"" + word + "\" in " + reprompt).contains(word));
    }

    /** Sentences that ask: "?" in English; in Spanish a question opens with "¿", so count whichever is more. */
    static int questions(String text) {
        long closing = text.chars().filter(c -> c == '?').count();
        long opening = text.chars().filter(c -> c == '¿').count();
        return (int) Math.max(closing, opening);
    }
}
