package com.heroinfacts.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/**
 * What {@link SkillServer} answers: a status and a JSON body, with a short code (the only thing its log counts:
 * never the request's own text), the Allow header of a 405, and whether the server counts it as a rejection.
 */
record HttpAnswer(int status, byte[] body, String code, String allow, boolean logged) {

    static final String CONTENT_TYPE = "application/json; charset=utf-8";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static HttpAnswer ok(byte[] body) {
        return new HttpAnswer(200, body, "ok", null, false);
    }

    /** The handler's own refusal, passed on as it is; the handler has logged it, with the request id. */
    static HttpAnswer refusal(int status, byte[] body, String code) {
        return new HttpAnswer(status, body, code, null, false);
    }

    /** {@code {"error": code, "message": message}}. */
    static HttpAnswer error(int status, String code, String message) {
        return new HttpAnswer(status, json(code, message), code, null, true);
    }

    static HttpAnswer notAllowed(String allowed) {
        return new HttpAnswer(405, json("method_not_allowed", "use " + allowed), "method_not_allowed", allowed, true);
    }

    static byte[] json(String code, String message) {
        ObjectNode json = MAPPER.createObjectNode().put("error", code).put("message", message);
        try {
            return MAPPER.writeValueAsBytes(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes it as the whole response; the callback completes when it has gone (or the client has). */
    void sendTo(Response response, Callback callback) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, CONTENT_TYPE);
        if (allow != null) {
            response.getHeaders().put(HttpHeader.ALLOW, allow);
        }
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
