package com.heroinfacts.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.heroinfacts.content.Catalogue;
import com.heroinfacts.content.Catalogues;
import com.heroinfacts.content.MessageKey;
import com.heroinfacts.skill.SkillSettings;
import org.crac.Context;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SnapStart's before-snapshot hook: every representative request runs, and nothing it leaves behind is observable. */
class PrimingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void the_hook_sends_launch_every_model_intent_the_sessions_end_and_a_screen_request_in_every_locale() throws IOException {
        Priming hook = Priming.register();

        hook.beforeCheckpoint(Mockito.mock(Context.class));

        Priming.Report run = hook.lastRun();
        Set<String> expected = new HashSet<>();
        for (String locale : Catalogues.LOCALES) {
            expected.add(locale + " LaunchRequest");
            modelIntents(locale).forEach(intent -> expected.add(locale + " IntentRequest " + intent));
            expected.add(locale + " SessionEndedRequest");
        }
        List<String> once = run.requests().subList(0, run.requests().size() / Priming.ROUNDS);
        assertThat(once.stream().filter(request -> !request.endsWith(" from a screen device")))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(once).filteredOn(request -> request.endsWith(" from a screen device"))
                .extracting(request -> request.substring(0, 5)).containsExactlyElementsOf(Catalogues.LOCALES);
        assertThat(run.requests()).hasSize(once.size() * Priming.ROUNDS);
        assertThat(run.responses()).as("every request answered").isEqualTo(run.requests().size());
    }

    @Test
    void slots_are_filled_from_the_model_as_entity_resolution_fills_them() {
        Priming.Step topic = Priming.conversation("es-US", "amzn1.ask.skill.priming").stream()
                .filter(step -> step.name().equals("es-US IntentRequest TopicIntent")).findFirst().orElseThrow();

        JsonNode slot = topic.envelope().at("/request/intent/slots/topic");
        assertThat(slot.at("/resolutions/resolutionsPerAuthority/0/status/code").asText()).isEqualTo("ER_SUCCESS_MATCH");
        assertThat(slot.at("/resolutions/resolutionsPerAuthority/0/values/0/value/id").asText())
                .isIn(Catalogues.loadAll().topicIds());
    }

    @Test
    void priming_leaves_nothing_a_later_request_could_observe() throws IOException {
        HeroinFactsStreamHandler lambda = new HeroinFactsStreamHandler();
        Catalogues catalogues = EnvironmentSkill.catalogues();
        Properties properties = (Properties) System.getProperties().clone();
        List<String> before = conversation(lambda);

        Priming.register().beforeCheckpoint(Mockito.mock(Context.class));

        assertThat(conversation(lambda)).isEqualTo(before);
        assertThat(conversation(new HeroinFactsStreamHandler())).isEqualTo(before);
        assertThat(EnvironmentSkill.catalogues()).isSameAs(catalogues);
        assertThat(catalogues.defaultCatalogue()).isEqualTo(Catalogues.loadAll().defaultCatalogue());
        assertThat(System.getProperties()).isEqualTo(properties);
    }

    @Test
    void each_answer_in_the_priming_is_a_real_answer_not_a_fallback_or_an_error() {
        List<String> speech = new ArrayList<>();
        RecordingHandler recording = new RecordingHandler(new HeroinFactsStreamHandler(SkillSettings.defaults()), speech);

        Priming.run(recording, null, 1);

        for (String locale : Catalogues.LOCALES) {
            Catalogue catalogue = Catalogues.loadAll().forLocale(locale);
            String fallback = firstWords(catalogue.message(MessageKey.FALLBACK).speech()).replace("'", "&apos;");
            // the fallback intent itself may get the fallback answer (after an emergency topic it gives the number); nothing else
            assertThat(speech).as(locale).filteredOn(s -> s.contains(fallback)).hasSizeLessThanOrEqualTo(1);
            assertThat(speech).as(locale).noneMatch(s -> s.contains(firstWords(catalogue.message(MessageKey.ERROR).speech())));
        }
    }

    @Test
    void a_failing_request_stops_the_snapshot_and_names_the_request() {
        assertThatThrownBy(() -> Priming.run((in, out, context) -> {
            throw new IllegalStateException("broken");
        }, null, 1)).hasMessage("priming request failed: en-US LaunchRequest");
    }

    @Test
    void the_hook_does_nothing_after_a_restore() {
        Priming hook = Priming.register();

        hook.afterRestore(Mockito.mock(Context.class));

        assertThat(hook.lastRun()).isNull();
    }

    /** A short session through the handler, as the text of each response. */
    private static List<String> conversation(HeroinFactsStreamHandler handler) throws IOException {
        List<String> responses = new ArrayList<>();
        JsonNode attributes = JSON.createObjectNode();
        for (String intent : List.of("SpeedballingIntent", "AMAZON.YesIntent", "AMAZON.RepeatIntent", "AMAZON.StopIntent")) {
            ObjectNode request = Priming.intentRequest("intent.json", "amzn1.ask.skill.priming", "en-US", intent);
            ((ObjectNode) request.path("session")).set("attributes", attributes);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(JSON.writeValueAsBytes(request)), out, null);
            responses.add(out.toString(java.nio.charset.StandardCharsets.UTF_8));
            attributes = JSON.readTree(out.toByteArray()).path("sessionAttributes");
        }
        return responses;
    }

    /** The intents of a locale's interaction model as Alexa is given it. */
    private static List<String> modelIntents(String locale) throws IOException {
        JsonNode model = JSON.readTree(Path.of("skill-package/interactionModels/custom/" + locale + ".json").toFile());
        List<String> intents = new ArrayList<>();
        model.at("/interactionModel/languageModel/intents").forEach(intent -> intents.add(intent.path("name").asText()));
        return intents;
    }

    private static String firstWords(String text) {
        return String.join(" ", java.util.Arrays.copyOf(text.split(" "), 4));
    }

    /** Passes requests on and keeps what each response says. */
    private record RecordingHandler(HeroinFactsStreamHandler handler, List<String> speech)
            implements com.amazonaws.services.lambda.runtime.RequestStreamHandler {
        @Override
        public void handleRequest(java.io.InputStream in, java.io.OutputStream out,
                                  com.amazonaws.services.lambda.runtime.Context context) throws IOException {
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            handler.handleRequest(in, response, context);
            speech.add(JSON.readTree(response.toByteArray()).at("/response/outputSpeech/ssml").asText()
                    .replace("&apos;", "'"));
            out.write(response.toByteArray());
        }
    }
}
