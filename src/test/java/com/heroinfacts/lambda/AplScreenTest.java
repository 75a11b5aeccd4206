package com.heroinfacts.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.heroinfacts.content.Catalogues;
import com.heroinfacts.skill.TopicIntents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Echo Show screens: topic answers, the helpline and the emergency answers; nothing on a device without one. */
class AplScreenTest {

    /** Alexa refuses a response larger than this. */
    private static final int RESPONSE_LIMIT_BYTES = 24 * 1024;

    static Stream<String> locales() {
        return Catalogues.LOCALES.stream();
    }

    @Test
    void on_an_echo_show_a_topic_answer_comes_with_its_screen() {
        DeviceConversation.Answer answer = DeviceConversation.on("echo-show", "en-US").say("StimulantOrDepressantIntent");

        assertThat(answer.directives()).hasSize(1);
        JsonNode directive = answer.directives().get(0);
        assertThat(directive.path("type").asText()).isEqualTo("Alexa.Presentation.APL.RenderDocument");
        assertThat(directive.path("token").asText()).isEqualTo("heroinFactsScreen");
        assertThat(directive.path("document").path("type").asText()).isEqualTo("APL");
        JsonNode screen = answer.screen();
        assertThat(screen.path("title").asText()).isEqualTo("Is heroin a stimulant?").isEqualTo(answer.cardTitle());
        assertThat(screen.path("text").asText()).startsWith("Heroin isn't a stimulant.")
                .doesNotContain("not medical advice").doesNotContain("Want to hear");
        assertThat(screen.path("number").asText()).isEqualTo("1-800-662-4357");
        assertThat(screen.path("numberLabel").asText()).isEqualTo("SAMHSA National Helpline (free, confidential, 24/7)");
        assertThat(screen.path("emergency").asBoolean(true)).isFalse();
    }

    @Test
    void a_spanish_screen_is_filled_from_the_spanish_catalogue_and_shows_the_bilingual_helpline() {
        JsonNode screen = DeviceConversation.on("echo-show", "es-US").say("StimulantOrDepressantIntent").screen();

        assertThat(screen.path("title").asText()).isEqualTo("¿La heroína es un estimulante?");
        assertThat(screen.path("text").asText()).startsWith("La heroína no es un estimulante.");
        assertThat(screen.path("number").asText()).isEqualTo("1-800-662-4357");
        assertThat(screen.path("numberLabel").asText()).contains("SAMHSA").contains("en español");
    }

    @ParameterizedTest
    @CsvSource({
            "en-US, OverdoseIntent, 911, Overdose: what to do now",
            "es-US, OverdoseIntent, 911, Sobredosis: qué hacer ahora",
            "en-US, CrisisIntent, 988, Help is available now",
            "es-US, CrisisIntent, 988, Hay ayuda ahora mismo"})
    void an_emergency_screen_shows_911_or_988_first(String locale, String intent, String number, String title) {
        JsonNode screen = DeviceConversation.on("echo-show", locale).say(intent).screen();

        assertThat(screen.path("number").asText()).isEqualTo(number);
        assertThat(screen.path("emergency").asBoolean(false)).isTrue();
        assertThat(screen.path("title").asText()).isEqualTo(title);
        assertThat(screen.path("numberLabel").asText()).isNotBlank();
    }

    @ParameterizedTest
    @CsvSource({
            "en-US, OverdoseIntent, 911, Overdose: call 911",
            "es-US, OverdoseIntent, 911, Sobredosis: llame al 911",
            "en-US, CrisisIntent, 988, Call or text 988",
            "es-US, CrisisIntent, 988, Llame o envíe un texto al 988"})
    void asking_for_the_number_in_an_emergency_shows_that_emergency_number_first(String locale, String emergency,
                                                                                   String number, String title) {
        DeviceConversation show = DeviceConversation.on("echo-show", locale);
        show.say(emergency);
        JsonNode screen = show.say("HelplineIntent").screen();

        assertThat(screen.path("number").asText()).isEqualTo(number);
        assertThat(screen.path("emergency").asBoolean(false)).isTrue();
        assertThat(screen.path("title").asText()).isEqualTo(title);
    }

    @ParameterizedTest
    @CsvSource({"en-US, 1-800-662-4357", "es-US, 1-800-662-4357"})
    void the_helpline_screen_shows_the_number_its_answer_gives_first(String locale, String number) {
        JsonNode screen = DeviceConversation.on("echo-show", locale).say("HelplineIntent").screen();

        assertThat(screen.path("number").asText()).isEqualTo(number);
        assertThat(screen.path("emergency").asBoolean(true)).isFalse();
        assertThat(screen.path("text").asText()).contains("1-800-662-4357").contains("(928) 723-1202");
    }

    @Test
    void the_document_puts_the_emergency_number_above_the_title_and_any_other_number_below_the_text() {
        JsonNode items = document().path("mainTemplate").path("items").get(0).path("items").get(0).path("items");
        List<String> order = new ArrayList<>();
        items.forEach(item -> order.add(item.path("type").asText() + " " + item.path("when").asText("")));

        assertThat(order).containsExactly(
                "PhoneNumber ${payload.screen.emergency}",
                "Text ",
                "ScrollView ",
                "PhoneNumber ${!payload.screen.emergency}");
        assertThat(items.get(1).path("text").asText()).isEqualTo("${payload.screen.title}");
        JsonNode numberLayout = document().path("layouts").path("PhoneNumber").path("items").path("items");
        assertThat(numberLayout.get(0).path("text").asText()).isEqualTo("${number}");
    }

    @Test
    void the_document_holds_no_words_of_its_own() {
        List<String> strings = new ArrayList<>();
        collectStrings(document(), strings);

        assertThat(strings).isNotEmpty().allSatisfy(value -> assertThat(value)
                .as("every visible string comes from the datasource; the rest are keywords, colours and sizes")
                .matches("\\$\\{[^}]*}|@\\w+|#[0-9A-Fa-f]{6}|\\d+(dp|vw|vh|%)|\\d+(\\.\\d+)+|[A-Za-z][A-Za-z0-9.]*"));
        List<String> texts = new ArrayList<>();
        collectTexts(document(), texts);
        assertThat(texts).hasSizeGreaterThanOrEqualTo(4).allSatisfy(text -> assertThat(text).startsWith("${"));
    }

    @ParameterizedTest
    @MethodSource("locales")
    void every_answer_with_a_screen_stays_under_alexas_24_kb_response_limit(String locale) {
        List<String> intents = new ArrayList<>();
        Catalogues.loadAll().topicIds().forEach(id -> intents.add(TopicIntents.intentFor(id)));
        for (String intent : intents) {
            DeviceConversation.Answer answer = DeviceConversation.on("echo-show", locale).say(intent);
            assertThat(answer.directives()).as(intent).hasSize(1);
            assertThat(answer.envelope().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                    .as(intent + " response bytes").isLessThan(RESPONSE_LIMIT_BYTES);
        }
    }

    @ParameterizedTest
    @MethodSource("locales")
    void a_device_without_a_screen_gets_no_directive_for_any_answer(String locale) {
        for (String topic : Catalogues.loadAll().topicIds()) {
            DeviceConversation dot = DeviceConversation.on("echo-dot", locale);
            assertThat(dot.say(TopicIntents.intentFor(topic)).directives()).as(topic).isEmpty();
            assertThat(dot.say("HelplineIntent").directives()).as("number after " + topic).isEmpty();
            assertThat(dot.say("AMAZON.RepeatIntent").directives()).as("repeat after " + topic).isEmpty();
        }
    }

    @Test
    void the_welcome_and_other_messages_are_speech_only_even_on_an_echo_show() {
        DeviceConversation show = DeviceConversation.on("echo-show", "en-US");

        assertThat(show.launch().directives()).isEmpty();
        assertThat(show.say("AMAZON.HelpIntent").directives()).isEmpty();
        assertThat(show.say("UnsafeRequestIntent").directives()).isEmpty();
    }

    @Test
    void a_request_that_names_no_device_still_gets_its_answer_without_a_screen() {
        ObjectNode envelope = (ObjectNode) DeviceConversation.fixture("requests/devices/echo-show.json");
        envelope.remove("context");
        ObjectNode request = (ObjectNode) envelope.get("request");
        request.put("type", "IntentRequest");
        request.putObject("intent").put("name", "OverdoseIntent");

        DeviceConversation.Answer answer = DeviceConversation.Answer.of(DeviceConversation.invoke(envelope));

        assertThat(answer.firstSentence()).isEqualTo("Call 911 now.");
        assertThat(answer.directives()).isEmpty();
    }

    private static JsonNode document() {
        return DeviceConversation.on("echo-show", "en-US").say("OverdoseIntent").directives().get(0).path("document");
    }

    private static void collectStrings(JsonNode node, List<String> into) {
        if (node.isTextual()) {
            into.add(node.asText());
        }
        node.forEach(child -> collectStrings(child, into));
    }

    private static void collectTexts(JsonNode node, List<String> into) {
        if (node.isObject() && node.path("type").asText().equals("Text")) {
            into.add(node.path("text").asText());
        }
        node.forEach(child -> collectTexts(child, into));
    }
}
