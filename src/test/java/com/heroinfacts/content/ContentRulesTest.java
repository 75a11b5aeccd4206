package com.heroinfacts.content;

import org.junit.jupiter.api.Test;
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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The content rules every locale's catalogue must keep: short answers, emergencies first, numbers spoken as
 * telephone numbers, person-first words, and SSML that Alexa accepts.
 */
class ContentRulesTest {

    private static final PhoneNumbers NUMBERS = PhoneNumbers.defaults();
    private static final Set<String> ALEXA_SSML_TAGS = Set.of("speak", "p", "s", "break", "emphasis", "lang",
            "phoneme", "prosody", "say-as", "sub", "voice", "w", "audio", "amazon:domain", "amazon:effect", "amazon:emotion");

    static Stream<Catalogue> catalogues() {
        Catalogues all = Catalogues.loadAll();
        return Catalogues.LOCALES.stream().map(all::forLocale);
    }

    @ParameterizedTest
    @MethodSource("catalogues")
    void every_topic_answer_is_at_most_fifty_words(Catalogue catalogue) {
        catalogue.topics().forEach((id, topic) ->
                assertThat(words(topic.speech())).as(catalogue.locale() + " " + id).isLessThanOrEqualTo(50));
    }

    @ParameterizedTest
    @MethodSource("catalogues")
    void the_welcome_is_at_most_thirty_five_words_says_to_call_911_in_an_emergency_and_that_it_is_not_medical_advice(Catalogue catalogue) {
        assertThat(words(catalogue.message(MessageKey.LAUNCH).speech())).isLessThanOrEqualTo(35);
        assertThat(catalogue.message(MessageKey.LAUNCH).speech()).contains("{emergency}");
        assertThat(catalogue.message(MessageKey.LAUNCH).speech()).contains(catalogue.message(MessageKey.DISCLAIMER).speech());
    }

    @ParameterizedTest
    @MethodSource("catalogues")
    void overdose_answers_lead_with_911_and_crisis_answers_with_988_to_call_or_text(Catalogue catalogue) {
        assertThat(firstSentence(catalogue.topic("overdose").speech())).contains("{emergency}");
        assertThat(firstSentence(catalogue.topic("overdose_signs").speech())).contains("{emergency}");
        assertThat(firstSentence(catalogue.message(MessageKey.OVERDOSE_NUMBER).speech())).contains("{emergency}");
        assertThat(firstSentence(catalogue.topic("crisis").speech())).contains("{lifeline}");
        assertThat(firstSentence(catalogue.message(MessageKey.CRISIS_NUMBER).speech())).contains("{lifeline}");
        assertThat(catalogue.topic("crisis").speech()).contains("{emergency}").doesNotContain("{helpline}").doesNotContain("{samhsa}");
        assertThat(catalogue.message(MessageKey.GOODBYE_OVERDOSE).speech()).contains("{emergency}");
        assertThat(catalogue.message(MessageKey.GOODBYE_CRISIS).speech()).contains("{lifeline}");
        assertThat(catalogue.topic("overdose").emergency()).isTrue();
        assertThat(catalogue.topic("crisis").emergency()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("catalogues")
    void any_answer_that_mentions_suicide_gives_988(Catalogue catalogue) {
        catalogue.topics().forEach((id, topic) -> {
            if (topic.speech().toLowerCase(Locale.ROOT).matches(".*\\b(suicid\\w*)\\b.*")) {
                assertThat(topic.speech()).as(id).contains("{lifeline}");
            }
        });
    }

    @ParameterizedTest
    @MethodSource("catalogues")
    void the_helpline_answer_gives_both_numbers_and_the_seed_line_is_never_called_free(Catalogue catalogue) {
        String helpline = catalogue.topic("helpline").speech();
        assertThat(helpline).contains("{helpline}").contains("{samhsa}");
        for (String sentence : helpline.split("(?<=[.?!])\\s+")) {
            if (sentence.contains("{helpline}")) {
                assertThat(sentence.toLowerCase(Locale.ROOT)).as("the seed line is unverified")
                        .doesNotContain("free").doesNotContain("confidential").doesNotContain("gratis")
                        .doesNotContain("national").doesNotContain("nacional");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("catalogues")
    void the_statistic_always_carries_its_year(Catalogue catalogue) {
        String statistics = catalogue.topic("statistics").speech();
        assertThat(statistics).contains("2016").containsAnyOf("948,000", "948 mil");
        assertThat(statistics.toLowerCase(Locale.ROOT)).doesNotContain("currently").doesNotContain("today")
                .doesNotContain("actualmente");
    }

    @ParameterizedTest
    @MethodSource("catalogues")
    void heroin_is_never_called_a_stimulant_or_an_upper(Catalogue catalogue) {
        String answer = catalogue.topic("stimulant_or_depressant").speech().toLowerCase(Locale.ROOT);
        assertThat(answer).containsAnyOf("isn't a stimulant", "not a stimulant", "no es un estimulante")
                .containsAnyOf("depressant", "depresor");
        assertThat(answer).doesNotContain("upper").doesNotContain("both");
    }

    @ParameterizedTest
    @MethodSource("catalogues")
    void open_messages_and_offers_end_on_a_question_and_goodbyes_do_not(Catalogue catalogue) {
        catalogue.messages().forEach((key, message) -> {
            if (key.asksQuestion()) {
                assertThat(message.speech()).as(key.name()).endsWith("?");
                // an emergency's reprompt only says the number again (OneQuestionPerPromptTest)
                boolean emergency = message.offers() != null && catalogue.hasTopic(message.offers())
                        && catalogue.topic(message.offers()).emergency();
                if (!emergency) {
                    assertThat(message.reprompt()).as(key + " reprompt").endsWith("?");
                }
            }
        });
        catalogue.topics().forEach((id, topic) -> assertThat(topic.offer()).as(id).endsWith("?"));
        for (MessageKey goodbye : List.of(MessageKey.GOODBYE, MessageKey.GOODBYE_OVERDOSE, MessageKey.GOODBYE_CRISIS)) {
            assertThat(catalogue.message(goodbye).speech()).doesNotContain("?");
            assertThat(words(catalogue.message(goodbye).speech())).isLessThanOrEqualTo(15);
        }
    }

    @ParameterizedTest
    @MethodSource("catalogues")
    void every_message_that_gives_a_number_also_writes_it_on_a_card(Catalogue catalogue) {
        catalogue.messages().forEach((key, message) -> {
            boolean givesNumber = message.speech().matches(".*\\{(helpline|samhsa|emergency|lifeline)}.*");
            if (givesNumber && key.asksQuestion() || key.name().startsWith("GOODBYE_")) {
                assertThat(message.title()).as(key + " needs a card title").isNotNull();
            }
        });
    }

    @ParameterizedTest
    @MethodSource("catalogues")
    void content_is_plain_text_with_numbers_only_as_placeholders(Catalogue catalogue) {
        for (String text : allTexts(catalogue)) {
            if (isTitle(catalogue, text)) {
                continue; // card titles are never spoken, so a number there needs no say-as
            }
            assertThat(text).as(text).doesNotContain("<").doesNotContain("&")
                    .doesNotContain("911").doesNotContain("988").doesNotContain("4357").doesNotContain("1202");
        }
    }

    @ParameterizedTest
    @MethodSource("catalogues")
    void everything_said_renders_to_well_formed_ssml_of_alexa_tags_under_8000_characters(Catalogue catalogue) throws Exception {
        for (String template : allTexts(catalogue)) {
            Speech speech = Speech.render(template, NUMBERS, Map.of("offer", Speech.plain("Want more?"),
                    "source", Speech.plain("a source & more")));
            String ssml = "<speak>" + speech.ssml() + "</speak>";
            assertThat(ssml.length()).isLessThan(8000);
            assertOnlyAlexaTags(parse(ssml), template);
        }
        Speech longest = Speech.render("Q & A <tags> \"quotes\" 'apostrophes' {helpline}", NUMBERS);
        assertOnlyAlexaTags(parse("<speak>" + longest.ssml() + "</speak>"), "escaping");
    }

    private static Document parse(String ssml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(ssml.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertOnlyAlexaTags(Document document, String what) {
        NodeList all = document.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            assertThat(ALEXA_SSML_TAGS).as(what).contains(element.getTagName());
            if (element.getTagName().equals("say-as")) {
                assertThat(element.getAttribute("interpret-as")).isEqualTo("telephone");
            }
        }
    }

    static List<String> allTexts(Catalogue catalogue) {
        List<String> texts = new ArrayList<>(catalogue.sources().values().stream().map(Source::spoken).toList());
        catalogue.topics().values().forEach(t -> {
            texts.add(t.title());
            texts.add(t.speech());
            texts.add(t.offer());
            if (t.reprompt() != null) {
                texts.add(t.reprompt());
            }
        });
        catalogue.messages().values().forEach(m -> {
            texts.add(m.speech());
            if (m.reprompt() != null) {
                texts.add(m.reprompt());
            }
            if (m.title() != null) {
                texts.add(m.title());
            }
        });
        return texts;
    }

    private static boolean isTitle(Catalogue catalogue, String text) {
        return catalogue.topics().values().stream().anyMatch(t -> t.title().equals(text))
                || catalogue.messages().values().stream().anyMatch(m -> text.equals(m.title()));
    }

    private static String firstSentence(String text) {
        String[] sentences = text.split("(?<=[.?!])\\s+", 2);
        return sentences[0];
    }

    private static int words(String text) {
        return text.trim().split("\\s+").length;
    }
}
