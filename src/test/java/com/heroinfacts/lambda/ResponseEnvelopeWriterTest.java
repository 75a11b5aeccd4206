package com.heroinfacts.lambda;

import com.amazon.ask.model.Response;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.model.interfaces.display.HintDirective;
import com.amazon.ask.model.ui.PlainTextOutputSpeech;
import com.amazon.ask.model.ui.PlayBehavior;
import com.amazon.ask.model.ui.Reprompt;
import com.amazon.ask.model.ui.SimpleCard;
import com.amazon.ask.model.ui.SsmlOutputSpeech;
import com.amazon.ask.model.ui.StandardCard;
import com.amazon.ask.util.impl.JacksonJsonMarshaller;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The streaming writer against the SDK's mapper, on edges the skill's own answers do not reach. */
class ResponseEnvelopeWriterTest {

    private static final JacksonJsonMarshaller<ResponseEnvelope> SDK = JacksonJsonMarshaller.forType(ResponseEnvelope.class);

    static Stream<Named<ResponseEnvelope>> modelled() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("text", "quote \" backslash \\ newline \n tab \t control \u0001 non-ascii é \u2028 emoji \uD83D\uDE00");
        attributes.put("empty", "");
        attributes.put("null", null);
        attributes.put("numbers", Arrays.asList(0, -1, Long.MAX_VALUE, new BigInteger("123456789012345678901234567890"),
                0.1, -2.5e-10, 1e300, Double.NaN));
        attributes.put("nested", Map.of("list", List.of(), "map", new HashMap<>()));
        attributes.put("flag", false);
        return Stream.of(
                Named.of("speech, reprompt, card and every attribute type", envelope(Response.builder()
                        .withOutputSpeech(ssml("<speak>a &amp; b</speak>"))
                        .withReprompt(Reprompt.builder().withOutputSpeech(ssml("<speak>r</speak>")).build())
                        .withCard(SimpleCard.builder().withTitle("T").withContent("line\n\nline").build())
                        .withShouldEndSession(false).build(), attributes)),
                Named.of("empty texts are left out", envelope(Response.builder()
                        .withOutputSpeech(ssml(""))
                        .withCard(SimpleCard.builder().withTitle("").withContent(null).build())
                        .withShouldEndSession(true).build(), Map.of())),
                Named.of("an empty response", envelope(Response.builder().build(), Map.of())),
                Named.of("no response and no session", ResponseEnvelope.builder().withVersion("1.0").build()),
                Named.of("an empty directive list", envelope(Response.builder().withOutputSpeech(ssml("<speak>x</speak>"))
                        .withDirectives(new ArrayList<>()).build(), Map.of())));
    }

    static Stream<Named<ResponseEnvelope>> declined() {
        return Stream.of(
                Named.of("a directive", envelope(Response.builder().addDirectivesItem(HintDirective.builder().build()).build(), Map.of())),
                Named.of("plain text speech", envelope(Response.builder()
                        .withOutputSpeech(PlainTextOutputSpeech.builder().withText("x").build()).build(), Map.of())),
                Named.of("a play behaviour", envelope(Response.builder().withOutputSpeech(SsmlOutputSpeech.builder()
                        .withSsml("<speak>x</speak>").withPlayBehavior(PlayBehavior.ENQUEUE).build()).build(), Map.of())),
                Named.of("a standard card", envelope(Response.builder()
                        .withCard(StandardCard.builder().withTitle("t").withText("x").build()).build(), Map.of())),
                Named.of("an attribute of a type JSON does not have", envelope(Response.builder().build(),
                        Map.of("when", java.time.LocalDate.of(2026, 1, 1)))));
    }

    @ParameterizedTest
    @MethodSource("modelled")
    void writes_byte_for_byte_what_the_sdks_mapper_writes(ResponseEnvelope envelope) {
        byte[] written = ResponseEnvelopeWriter.write(envelope);

        assertThat(written).isNotNull();
        assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(new String(SDK.marshall(envelope), StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @MethodSource("declined")
    void declines_what_it_does_not_model_so_that_the_sdk_writes_it(ResponseEnvelope envelope) {
        assertThat(ResponseEnvelopeWriter.write(envelope)).isNull();
    }

    private static SsmlOutputSpeech ssml(String ssml) {
        return SsmlOutputSpeech.builder().withSsml(ssml).build();
    }

    private static ResponseEnvelope envelope(Response response, Map<String, Object> attributes) {
        return ResponseEnvelope.builder().withVersion("1.0").withUserAgent("ask-java/test")
                .withSessionAttributes(new LinkedHashMap<>(attributes)).withResponse(response).build();
    }
}
