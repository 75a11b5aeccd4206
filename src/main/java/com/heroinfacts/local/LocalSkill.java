package com.heroinfacts.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
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
        Optional<Refusal> refused = Refusal.in(bytes);
        return refused.isPresent() ? new Refused(bytes, refused.get()) : new Answered(bytes);
    }
}
