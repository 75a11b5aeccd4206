package com.heroinfacts.lambda;

import com.amazon.ask.SkillStreamHandler;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.model.utils.SubTypesManifest;
import com.amazon.ask.request.UnmarshalledRequest;
import com.amazon.ask.util.impl.JacksonJsonMarshaller;
import com.amazon.ask.util.impl.JacksonJsonUnmarshaller;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.heroinfacts.content.Catalogues;
import com.heroinfacts.skill.HeroinFactsSkill;
import com.heroinfacts.skill.SkillSettings;
import com.heroinfacts.skill.TopicIntents;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Lambda handler reads and writes envelopes with its own streaming reader and writer, and leaves what they do
 * not model to the SDK. Either way every request must be answered byte for byte as the SDK alone answers it: the
 * same assembly is run both ways over launch, every topic and intent, session endings, and envelopes in every
 * shape the reader takes or declines.
 */
class StreamingSkillTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Catalogues CATALOGUES = Catalogues.loadAll();
    private static final String SKILL_ID = "amzn1.ask.skill.streaming-test";
    private static final JacksonJsonUnmarshaller<RequestEnvelope> SDK_READER = JacksonJsonUnmarshaller.withTypeBinding(
            RequestEnvelope.class, List.of("request", "type"), SubTypesManifest.getSubType(Request.class));
    private static final JacksonJsonMarshaller<ResponseEnvelope> SDK_WRITER = JacksonJsonMarshaller.forType(ResponseEnvelope.class);

    // --- the envelopes

    /** Requests a voice-only device sends: the streaming reader must read each exactly as the SDK does. */
    static Stream<Named<byte[]>> voiceRequests() {
        List<Named<byte[]>> requests = new ArrayList<>();
        requests.add(Named.of("launch", request("launch.json", Map.of())));
        for (String topic : CATALOGUES.defaultCatalogue().topics().keySet()) {
            requests.add(Named.of(TopicIntents.intentFor(topic), intent(TopicIntents.intentFor(topic), "{}")));
        }
        requests.add(Named.of("topic by slot", request("topic-slot.json", Map.of("topic", "speedballing"))));
        requests.add(Named.of("topic slot with no match", edit(request("topic-slot.json", Map.of("topic", "knitting")),
                e -> ((ObjectNode) e.at("/request/intent/slots/topic/resolutions/resolutionsPerAuthority/0/status")).put("code", "ER_SUCCESS_NO_MATCH"))));
        String afterTopic = "{\"lastTopic\":\"overdose\",\"offer\":\"naloxone\",\"emergency\":\"overdose\",\"disclaimed\":true}";
        for (String intent : Priming.FOLLOW_UPS) {
            requests.add(Named.of(intent + " after a topic", intent(intent, afterTopic)));
        }
        requests.add(Named.of("yes with nothing offered", intent("AMAZON.YesIntent", "{}")));
        requests.add(Named.of("session ended by an error", edit(request("session-ended.json", Map.of()), e -> {
            ((ObjectNode) e.path("request")).put("reason", "ERROR");
            ((ObjectNode) e.path("request")).putObject("error").put("type", "INVALID_RESPONSE").put("message", "words");
        })));
        requests.add(Named.of("no session", edit(intent("SpeedballingIntent", "{}"), e -> e.remove("session"))));
        requests.add(Named.of("another locale", edit(intent("EffectsIntent", "{}"), e -> ((ObjectNode) e.path("request")).put("locale", "fr-FR"))));
        requests.add(Named.of("an intent the skill does not know", intent("WeatherIntent", "{}")));
        requests.add(Named.of("attributes of every JSON type", intent("AMAZON.RepeatIntent",
                "{\"lastTopic\":\"effects\",\"int\":7,\"long\":12345678901,\"big\":123456789012345678901234567890,"
                        + "\"double\":1.50,\"null\":null,\"yes\":true,\"no\":false,\"empty\":\"\",\"list\":[1,\"a\",[{}]],"
                        + "\"nested\":{\"a\":{\"b\":[null]}}}")));
        requests.add(Named.of("timestamp with an offset and fractions", edit(intent("EffectsIntent", "{}"),
                e -> ((ObjectNode) e.path("request")).put("timestamp", "2026-03-29T01:30:00.123456+02:00"))));
        requests.add(Named.of("fields the SDK's model does not have", edit(request("launch.json", Map.of()), e -> {
            ((ObjectNode) e.path("context")).putObject("Advertising").put("advertisingId", "x").put("limitAdTracking", true);
            e.put("somethingNew", 1);
        })));
        requests.add(Named.of("a slot with a list of values", edit(request("topic-slot.json", Map.of("topic", "naloxone")), e -> {
            ObjectNode list = ((ObjectNode) e.at("/request/intent/slots/topic")).putObject("slotValue").put("type", "List");
            list.putArray("values").addObject().put("type", "Simple").put("value", "narcan");
        })));
        requests.add(Named.of("dialog in progress, slot confirmed", edit(request("topic-slot.json", Map.of("topic", "withdrawal")), e -> {
            ((ObjectNode) e.path("request")).put("dialogState", "IN_PROGRESS");
            ((ObjectNode) e.at("/request/intent/slots/topic")).put("confirmationStatus", "CONFIRMED");
        })));
        return requests.stream();
    }

    /** Envelopes the streaming reader declines: the SDK must read them, and answer as always. */
    static Stream<Named<byte[]>> leftToSdk() {
        return Stream.of(
                Named.of("a screen device (Viewport, APL) and its APL answer", request("screen-intent.json", Map.of("intent", "OverdoseIntent"))),
                Named.of("a dialog state this SDK does not know", edit(intent("EffectsIntent", "{}"),
                        e -> ((ObjectNode) e.path("request")).put("dialogState", "SOMETHING_NEW"))),
                Named.of("a request type the reader does not model", edit(intent("EffectsIntent", "{}"),
                        e -> ((ObjectNode) e.path("request")).put("type", "CanFulfillIntentRequest"))),
                Named.of("a request type no SDK knows", edit(intent("EffectsIntent", "{}"),
                        e -> ((ObjectNode) e.path("request")).put("type", "Made.Up"))),
                Named.of("a launch with a task", edit(request("launch.json", Map.of()),
                        e -> ((ObjectNode) e.path("request")).putObject("task").put("name", "x").put("version", "1"))),
                Named.of("a timestamp as a number", edit(intent("EffectsIntent", "{}"),
                        e -> ((ObjectNode) e.path("request")).put("timestamp", 1767225600000L))),
                Named.of("a boolean written as text", edit(intent("EffectsIntent", "{}"),
                        e -> ((ObjectNode) e.path("session")).put("new", "false"))),
                Named.of("a person in the system context", edit(intent("EffectsIntent", "{}"),
                        e -> ((ObjectNode) e.at("/context/System")).putObject("person").put("personId", "p"))),
                Named.of("malformed JSON", "{\"version\": \"1.0\", \"request\": ".getBytes(StandardCharsets.UTF_8)),
                Named.of("not an object", "[1, 2]".getBytes(StandardCharsets.UTF_8)));
    }

    static Stream<Named<byte[]>> everyEnvelope() {
        return Stream.concat(voiceRequests(), leftToSdk());
    }

    // --- the tests

    @ParameterizedTest
    @MethodSource("everyEnvelope")
    void every_envelope_is_answered_byte_for_byte_as_the_sdk_alone_answers_it(byte[] envelope) {
        for (SkillSettings settings : List.of(SkillSettings.defaults(), withSkillId(SKILL_ID))) {
            assertThat(outcome(streaming(settings), envelope)).isEqualTo(outcome(sdk(settings), envelope));
        }
    }

    @ParameterizedTest
    @MethodSource("voiceRequests")
    void a_voice_request_is_read_without_the_sdk_and_exactly_as_the_sdk_reads_it(byte[] envelope) {
        Optional<RequestEnvelope> streamed = RequestEnvelopeReader.read(envelope);

        assertThat(streamed).as("read by the streaming reader").isPresent();
        assertThat(streamed.get()).isEqualTo(sdkRead(envelope));
    }

    @ParameterizedTest
    @MethodSource("voiceRequests")
    void the_skills_answer_to_a_voice_request_is_written_without_the_sdk_and_as_the_sdk_writes_it(byte[] envelope) {
        ResponseEnvelope response = HeroinFactsSkill.create(SkillSettings.defaults(), CATALOGUES).invoke(sdkRead(envelope));

        byte[] written = ResponseEnvelopeWriter.write(response);

        assertThat(written).as("written by the streaming writer").isNotNull();
        assertThat(new String(written, StandardCharsets.UTF_8))
                .isEqualTo(new String(SDK_WRITER.marshall(response), StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @MethodSource("leftToSdk")
    void an_envelope_the_reader_does_not_model_is_left_to_the_sdk(byte[] envelope) {
        assertThat(RequestEnvelopeReader.read(envelope)).isEmpty();
    }

    @Test
    void a_request_for_another_skill_is_refused_both_ways() {
        byte[] other = edit(intent("EffectsIntent", "{}"),
                e -> ((ObjectNode) e.at("/context/System/application")).put("applicationId", "amzn1.ask.skill.other"));

        Outcome refused = outcome(streaming(withSkillId(SKILL_ID)), other);

        assertThat(refused.error()).contains("Could not find a skill to handle the incoming request");
        assertThat(refused).isEqualTo(outcome(sdk(withSkillId(SKILL_ID)), other));
    }

    @Test
    void behind_the_lambda_handlers_guard_both_ways_refuse_alike() {
        byte[] other = edit(intent("EffectsIntent", "{}"),
                e -> ((ObjectNode) e.at("/context/System/application")).put("applicationId", "amzn1.ask.skill.other"));
        for (byte[] envelope : List.of(other, "{\"version\": ".getBytes(StandardCharsets.UTF_8), request("launch.json", Map.of()))) {
            Outcome streamed = outcome(new HeroinFactsStreamHandler(withSkillId(SKILL_ID)), envelope);

            // the handler as it was: the SDK's Skill behind the same guard
            assertThat(streamed).isEqualTo(outcome(new SkillStreamHandler(
                    new GuardedSkill(HeroinFactsSkill.create(withSkillId(SKILL_ID), CATALOGUES), SKILL_ID)) { }, envelope));
        }
        assertThat(outcome(new HeroinFactsStreamHandler(withSkillId(SKILL_ID)), other).body())
                .isEqualTo(new String(Refusal.WRONG_SKILL_ID.json(), StandardCharsets.UTF_8));
    }

    @Test
    void the_sdk_path_is_built_once_and_then_reused() {
        StreamingSkill skill = new StreamingSkill(HeroinFactsSkill.configuration(SkillSettings.defaults(), CATALOGUES));
        RequestStreamHandler handler = new SkillStreamHandler(skill) { };
        byte[] screen = request("screen-intent.json", Map.of("intent", "NaloxoneIntent"));

        Outcome first = outcome(handler, screen);
        Outcome second = outcome(handler, screen);

        assertThat(first.error()).isNull();
        assertThat(second).isEqualTo(first);
    }

    // --- running both ways

    /** What came back: the response's bytes, or the exception's type and message. */
    record Outcome(String body, String error) {
    }

    // the SDK's own stream handler, without the refusal guard, so that every difference in exceptions shows too
    private static RequestStreamHandler sdk(SkillSettings settings) {
        return new SkillStreamHandler(HeroinFactsSkill.create(settings, CATALOGUES)) { };
    }

    private static RequestStreamHandler streaming(SkillSettings settings) {
        return new SkillStreamHandler(new StreamingSkill(HeroinFactsSkill.configuration(settings, CATALOGUES))) { };
    }

    private static Outcome outcome(RequestStreamHandler handler, byte[] envelope) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(envelope), out, null);
            return new Outcome(out.toString(StandardCharsets.UTF_8), null);
        } catch (IOException | RuntimeException e) {
            return new Outcome(out.toString(StandardCharsets.UTF_8), e.getClass().getName() + ": " + e.getMessage());
        }
    }

    private static RequestEnvelope sdkRead(byte[] envelope) {
        return SDK_READER.unmarshall(envelope).map(UnmarshalledRequest::getUnmarshalledRequest).orElseThrow();
    }

    private static SkillSettings withSkillId(String skillId) {
        return SkillSettings.fromEnvironment(Map.of(SkillSettings.SKILL_ID, skillId));
    }

    static byte[] request(String template, Map<String, String> values) {
        return Priming.request(template, SKILL_ID, "en-US", "{}", values);
    }

    static byte[] intent(String intent, String attributes) {
        return Priming.request("intent.json", SKILL_ID, "en-US", attributes, Map.of("intent", intent));
    }

    static byte[] edit(byte[] envelope, Consumer<ObjectNode> change) {
        try {
            ObjectNode tree = (ObjectNode) JSON.readTree(envelope);
            change.accept(tree);
            return JSON.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
