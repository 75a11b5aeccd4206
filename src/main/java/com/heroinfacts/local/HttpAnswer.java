package com.heroinfacts.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What {@link SkillServer} answers: a status and a JSON body, with a short code and a detail for its log (the
 * detail never reaches the client), the Allow header of a 405, and whether the server logs it at all.
 */
record HttpAnswer(int status, byte[] body, String code, String detail, String allow, boolean logged) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static HttpAnswer ok(byte[] body) {
        return new HttpAnswer(200, body, "ok", null, null, false);
    }

    /** The handler's own refusal, passed on as it is; the handler has logged it, with the request id. */
    static HttpAnswer refusal(int status, byte[] body, String code) {
        return new HttpAnswer(status, body, code, null, null, false);
    }

    /** {@code {"error": code, "message": message}}; {@code detail} goes to the log only. */
    static HttpAnswer error(int status, String code, String message, String detail) {
        ObjectNode json = MAPPER.createObjectNode().put("error", code).put("message", message);
        try {
            return new HttpAnswer(status, MAPPER.writeValueAsBytes(json), code, detail, null, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HttpAnswer notAllowed(String allowed) {
        HttpAnswer answer = error(405, "method_not_allowed", "use " + allowed, null);
        return new HttpAnswer(answer.status, answer.body, answer.code, null, allowed, true);
    }

    /** Sends it and closes the exchange. @throws IOException when the client has gone */
    void sendTo(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            if (allow != null) {
                exchange.getResponseHeaders().set("Allow", allow);
            }
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
        }
    }
}
