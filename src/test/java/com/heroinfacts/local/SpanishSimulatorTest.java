package com.heroinfacts.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The local tools in Spanish and on a device with a screen, through the same jar entry point a developer runs. */
class SpanishSimulatorTest {

    private static final UtteranceResolver SPANISH = Conversations.resolverFor("es-US");

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
            "la heroína es un estimulante, StimulantOrDepressantIntent",
            "la heroina es un estimulante, StimulantOrDepressantIntent",
            "¿La heroína es estimulante o no?, QuestionIntent",
            "mi amigo no respira, OverdoseIntent",
            "mi hija no se despierta, QuestionIntent",
            "me quiero morir, CrisisIntent",
            "quiero quitarme la vida, CrisisIntent",
            "qué es el narcan, NaloxoneIntent",
            "cuál es el número, HelplineIntent",
            "dónde compro chiva, UnsafeRequestIntent",
            "sí, AMAZON.YesIntent",
            "no gracias, AMAZON.NoIntent",
            "repite, AMAZON.RepeatIntent",
            "ayuda, AMAZON.HelpIntent",
            "para, AMAZON.StopIntent",
            "cancela, AMAZON.CancelIntent",
            "empieza de nuevo, AMAZON.StartOverIntent",
            "pregúntale a datos sobre la heroína qué es la naloxona, NaloxoneIntent",
            "pregúntale a datos sobre la heroína si la heroína es un estimulante, StimulantOrDepressantIntent",
            "abre datos sobre la heroína, LaunchRequest",
            "pon música de salsa, AMAZON.FallbackIntent"})
    void spanish_phrases_reach_the_intent_a_listener_would_expect(String said, String intent) {
        assertThat(SPANISH.resolve(said).intent()).isEqualTo(intent);
    }

    @ParameterizedTest(name = "\"{0}\" is about {1}")
    @CsvSource({"háblame de la chiva, stimulant_or_depressant", "cuéntame sobre la malilla, withdrawal",
            "información sobre el narcan, naloxone"})
    void spanish_topic_words_and_slang_resolve_to_topic_ids(String said, String topic) {
        Resolution resolution = SPANISH.resolve(said);

        assertThat(resolution.intent()).isEqualTo("TopicIntent");
        assertThat(resolution.slots()).extractingByKey("topic").extracting(Resolution.SlotFill::id).isEqualTo(topic);
    }

    @Test
    void ask_in_spanish_answers_that_heroin_is_a_depressant() {
        String out = run("ask", "--locale", "es-US", "la heroína es un estimulante");

        assertThat(out).contains("Alexa: La heroína no es un estimulante. Es un opioide y un depresor del sistema nervioso central")
                .contains("(listening)");
    }

    @Test
    void ask_with_json_on_a_screen_device_shows_the_render_document_directive() throws Exception {
        JsonNode response = new ObjectMapper().readTree(run("ask", "--locale", "es-US", "--json", "--apl", "la heroína es un estimulante"));

        JsonNode directive = response.path("response").path("directives").get(0);
        assertThat(directive.path("type").asText()).isEqualTo("Alexa.Presentation.APL.RenderDocument");
        assertThat(directive.path("datasources").path("screen").path("title").asText()).isEqualTo("¿La heroína es un estimulante?");
    }

    @Test
    void ask_without_apl_sends_a_device_without_a_screen() throws Exception {
        JsonNode response = new ObjectMapper().readTree(run("ask", "--locale", "es-US", "--json", "la heroína es un estimulante"));

        assertThat(response.path("response").has("directives")).isFalse();
    }

    @Test
    void the_local_session_describes_an_echo_show_only_when_asked() {
        Resolution launch = new Resolution(Resolution.LAUNCH, Map.of(), "test");

        JsonNode show = new LocalSession("es-US", null, true).requestFor(launch);
        JsonNode dot = new LocalSession("es-US", null).requestFor(launch);

        assertThat(show.at("/context/System/device/supportedInterfaces").has("Alexa.Presentation.APL")).isTrue();
        assertThat(show.at("/context/Viewport/shape").asText()).isEqualTo("RECTANGLE");
        assertThat(dot.at("/context/System/device/supportedInterfaces").isEmpty()).isTrue();
        assertThat(dot.at("/context/Viewport").isMissingNode()).isTrue();
        assertThat(show.at("/request/locale").asText()).isEqualTo("es-US");
    }

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }
}
