package com.heroinfacts.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.heroinfacts.content.Catalogues;
import com.heroinfacts.skill.HeroinFactsSkill;
import com.heroinfacts.skill.SkillSettings;
import com.heroinfacts.skill.TopicIntents;
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
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SnapStart's before-snapshot hook: every representative request runs, and nothing it leaves behind is observable. */
class PrimingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @SuppressWarnings("unchecked")
    void the_hook_runs_launch_every_topic_help_yes_no_repeat_and_the_sessions_end_through_the_lambda_skill() {
        Priming hook = Priming.register();

        hook.beforeCheckpoint(Mockito.mock(Context.class));

        Priming.Report run = hook.lastRun();
        List<String> once = run.requests().subList(0, run.requests().size() / Priming.ROUNDS);
        List<String> expected = new ArrayList<>();
        expected.add("en-US LaunchRequest");
        EnvironmentSkill.catalogues().defaultCatalogue().topics().keySet()
                .forEach(topic -> expected.add("en-US IntentRequest " + TopicIntents.intentFor(topic)));
        List.of("AMAZON.HelpIntent", "AMAZON.YesIntent", "AMAZON.NoIntent", "AMAZON.RepeatIntent", "AMAZON.StopIntent")
                .forEach(intent -> expected.add("en-US IntentRequest " + intent));
        expected.add("en-US SessionEndedRequest");
        assertThat(once).containsAll(expected).anyMatch(request -> request.startsWith("en-US IntentRequest TopicIntent "));
        assertThat(run.requests()).hasSize(once.size() * Priming.ROUNDS);
        assertThat(run.responses()).as("every request answered").isEqualTo(run.requests().size());
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
    void each_answer_in_the_priming_is_a_real_answer_not_a_fallback_or_an_error() throws IOException {
        HeroinFactsStreamHandler handler = new HeroinFactsStreamHandler(HeroinFactsSkill.create(SkillSettings.defaults()));
        Catalogues catalogues = Catalogues.loadAll();
        List<String> speech = new ArrayList<>();
        RecordingHandler recording = new RecordingHandler(handler, speech);

        Priming.run(recording, null, catalogues, 1);

        String fallback = catalogues.defaultCatalogue().message(com.heroinfacts.content.MessageKey.FALLBACK).speech();
        String error = catalogues.defaultCatalogue().message(com.heroinfacts.content.MessageKey.ERROR).speech();
        // the fallback intent itself may get the fallback answer (after an emergency topic it gives the number); nothing else
        assertThat(speech.stream().filter(s -> s.contains(firstWords(fallback).replace("'", "&apos;"))).count()).isLessThanOrEqualTo(1);
        assertThat(speech).noneMatch(s -> s.contains(firstWords(error)));
    }

    @Test
    void a_failing_request_stops_the_snapshot_and_names_the_request() {
        assertThatThrownBy(() -> Priming.run((in, out, context) -> {
            throw new IllegalStateException("broken");
        }, null, Catalogues.loadAll(), 1)).hasMessage("priming request failed: en-US LaunchRequest");
    }

    @Test
    void the_intents_priming_sends_are_in_every_interaction_model() throws IOException {
        for (String locale : Catalogues.LOCALES) {
            JsonNode model = JSON.readTree(Path.of("skill-package/interactionModels/custom/" + locale + ".json").toFile());
            Set<String> intents = new HashSet<>();
            model.at("/interactionModel/languageModel/intents").forEach(intent -> intents.add(intent.path("name").asText()));

            assertThat(intents).as(locale).containsAll(Priming.FOLLOW_UPS).contains("TopicIntent");
        }
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
        String attributes = "{}";
        for (String intent : List.of("SpeedballingIntent", "AMAZON.YesIntent", "AMAZON.RepeatIntent", "AMAZON.StopIntent")) {
            byte[] request = Priming.request("intent.json", "amzn1.ask.skill.priming", "en-US", attributes, Map.of("intent", intent));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(request), out, null);
            responses.add(out.toString(java.nio.charset.StandardCharsets.UTF_8));
            attributes = Priming.sessionAttributes(out.toByteArray());
        }
        return responses;
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
