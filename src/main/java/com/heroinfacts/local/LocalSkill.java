package com.heroinfacts.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.heroinfacts.lambda.HeroinFactsStreamHandler;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * The skill as the local tools reach it: through the Lambda stream handler, bytes in and bytes out, exactly
 * the path AWS Lambda takes. Nothing local talks to the skill any other way.
 */
public final class LocalSkill {

    private final RequestStreamHandler handler;

    public LocalSkill(RequestStreamHandler handler) {
        this.handler = handler;
    }

    /** The skill as Lambda would build it, configured from this process's environment. */
    public static LocalSkill fromEnvironment() {
        return new LocalSkill(new HeroinFactsStreamHandler());
    }

    /** @return the response envelope's bytes; empty when the skill sends no response */
    public byte[] invoke(byte[] requestEnvelope) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        handler.handleRequest(new ByteArrayInputStream(requestEnvelope), out, null);
        return out.toByteArray();
    }
}
