package com.heroinfacts.lambda;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * What the handler writes instead of a response envelope when it will not answer a request: a JSON object
 * {@code {"error":"<code>","message":"<text>"}}, never an exception (a Lambda error makes Alexa say "there was a
 * problem with the requested skill's response"). Alexa never sends such requests; whoever did gets a reason.
 * The local HTTP endpoint answers these with 400 (500 for {@link #INTERNAL_ERROR}).
 */
public enum Refusal {

    MALFORMED_JSON("malformed_json", "the request body is not JSON"),
    NOT_ALEXA_REQUEST("not_alexa_request", "the request is not an Alexa custom skill request"),
    WRONG_SKILL_ID("wrong_skill_id", "the request is not for this skill"),
    INTERNAL_ERROR("internal_error", "the skill could not answer this request");

    private static final JsonFactory JSON = new JsonFactory();

    private final String code;
    private final String message;
    private final byte[] json;

    Refusal(String code, String message) {
        this.code = code;
        this.message = message;
        // codes and messages are fixed ASCII without quotes, so no JSON escaping is needed
        this.json = ("{\"error\":\"" + code + "\",\"message\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    public String code() {
        return code;
    }

    public String message() {
        return message;
    }

    public byte[] json() {
        return json.clone();
    }

    /** @return the refusal with this code, or empty when none has it */
    public static Optional<Refusal> forCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

    /**
     * A refusal is an object whose first field is "error", naming its code; an envelope starts with "version". Only
     * that first field is read: an envelope may echo back whatever a request put in its session attributes.
     *
     * @param output what the handler wrote (empty for nothing)
     * @return the refusal it is, or empty when it is anything else
     */
    public static Optional<Refusal> in(byte[] output) {
        try (JsonParser parser = JSON.createParser(output)) {
            if (parser.nextToken() != JsonToken.START_OBJECT || parser.nextToken() != JsonToken.FIELD_NAME
                    || !parser.currentName().equals("error") || parser.nextToken() != JsonToken.VALUE_STRING) {
                return Optional.empty();
            }
            return forCode(parser.getText());
        } catch (IOException e) {
            // not JSON, so not a refusal either
            return Optional.empty();
        }
    }
}
