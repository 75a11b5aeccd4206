package com.heroinfacts.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.heroinfacts.lambda.HeroinFactsStreamHandler;
import com.heroinfacts.lambda.Refusal;
import com.heroinfacts.skill.SkillSettings;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;

/**
 * The skill as the local tools reach it: through the Lambda stream handler, bytes in and bytes out, exactly
 * the path AWS Lambda takes. Nothing local talks to the skill any other way.
 */
public final class LocalSkill {

    private static final JsonFactory JSON = new JsonFactory();

    private final RequestStreamHandler handler;

    private LocalSkill(RequestStreamHandler handler) {
        this.handler = handler;
    }

    /** The skill as Lambda builds it, configured from this process's environment. */
    public static LocalSkill fromEnvironment() {
        return new LocalSkill(new HeroinFactsStreamHandler());
    }

    /** The production handler with explicit settings (a skill id, a helpline), as tests and tools need them. */
    public static LocalSkill with(SkillSettings settings) {
        return new LocalSkill(new HeroinFactsStreamHandler(settings));
    }

    /** What the handler wrote for one request: the bytes exactly as Lambda would return them. */
    public sealed interface Outcome permits Answered, Refused {
        byte[] bytes();
    }

    /** A response envelope, or nothing when the skill sent no response. */
    public record Answered(byte[] bytes) implements Outcome {
    }

    /** The handler's documented refusal instead of an envelope. */
    public record Refused(byte[] bytes, Refusal refusal) implements Outcome {
    }

    public Outcome invoke(byte[] requestEnvelope) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        handler.handleRequest(new ByteArrayInputStream(requestEnvelope), out, null);
        byte[] bytes = out.toByteArray();
        Optional<Refusal> refused = refusalIn(bytes);
        return refused.isPresent() ? new Refused(bytes, refused.get()) : new Answered(bytes);
    }

    /**
     * A refusal is an object whose first field is "error", naming its code; an envelope starts with "version". Only
     * that first field is read: an envelope may echo back whatever a request put in its session attributes.
     */
    private static Optional<Refusal> refusalIn(byte[] output) throws IOException {
        try (JsonParser parser = JSON.createParser(output)) {
            if (parser.nextToken() != JsonToken.START_OBJECT || parser.nextToken() != JsonToken.FIELD_NAME
                    || !parser.currentName().equals("error") || parser.nextToken() != JsonToken.VALUE_STRING) {
                return Optional.empty();
            }
            return Refusal.forCode(parser.getText());
        }
    }
}
