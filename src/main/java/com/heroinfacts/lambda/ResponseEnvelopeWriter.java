package com.heroinfacts.lambda;

import com.amazon.ask.model.Response;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.model.ui.OutputSpeech;
import com.amazon.ask.model.ui.Reprompt;
import com.amazon.ask.model.ui.SimpleCard;
import com.amazon.ask.model.ui.SsmlOutputSpeech;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * Writes the responses the skill makes (SSML speech, a reprompt, a simple card, session attributes) byte for byte
 * as the SDK's object mapper does, with Jackson's streaming generator. Anything else, such as a directive, it
 * declines, and the SDK's mapper writes the response instead.
 */
final class ResponseEnvelopeWriter {

    private static final JsonFactory JSON = new JsonFactory();

    private ResponseEnvelopeWriter() {
    }

    /** @return the envelope's JSON, or null when only the SDK's mapper writes it right */
    static byte[] write(ResponseEnvelope envelope) {
        if (!writable(envelope)) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            text(json, "version", envelope.getVersion());
            json.writeFieldName("sessionAttributes");
            value(json, envelope.getSessionAttributes());
            text(json, "userAgent", envelope.getUserAgent());
            if (envelope.getResponse() != null) {
                json.writeFieldName("response");
                response(json, envelope.getResponse());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return out.toByteArray();
    }

    private static void response(JsonGenerator json, Response response) throws IOException {
        json.writeStartObject();
        speech(json, response.getOutputSpeech());
        if (response.getCard() != null) {
            SimpleCard card = (SimpleCard) response.getCard();
            json.writeObjectFieldStart("card");
            json.writeStringField("type", "Simple");
            text(json, "title", card.getTitle());
            text(json, "content", card.getContent());
            json.writeEndObject();
        }
        if (response.getReprompt() != null) {
            json.writeObjectFieldStart("reprompt");
            speech(json, response.getReprompt().getOutputSpeech());
            json.writeEndObject();
        }
        if (response.getShouldEndSession() != null) {
            json.writeBooleanField("shouldEndSession", response.getShouldEndSession());
        }
        json.writeEndObject();
    }

    private static void speech(JsonGenerator json, OutputSpeech speech) throws IOException {
        if (speech != null) {
            json.writeObjectFieldStart("outputSpeech");
            json.writeStringField("type", "SSML");
            text(json, "ssml", ((SsmlOutputSpeech) speech).getSsml());
            json.writeEndObject();
        }
    }

    /** The SDK's mapper leaves out null and empty text (NON_EMPTY). */
    private static void text(JsonGenerator json, String field, String text) throws IOException {
        if (text != null && !text.isEmpty()) {
            json.writeStringField(field, text);
        }
    }

    /** Session attributes are written whole, nulls and empty values included, as the SDK writes them. */
    private static void value(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String s) {
            json.writeString(s);
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof Integer i) {
            json.writeNumber(i);
        } else if (value instanceof Long l) {
            json.writeNumber(l);
        } else if (value instanceof Double d) {
            json.writeNumber(d);
        } else if (value instanceof BigInteger big) {
            json.writeNumber(big);
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeFieldName((String) entry.getKey());
                value(json, entry.getValue());
            }
            json.writeEndObject();
        } else {
            json.writeStartArray();
            for (Object element : (Collection<?>) value) {
                value(json, element);
            }
            json.writeEndArray();
        }
    }

    private static boolean writable(ResponseEnvelope envelope) {
        Response response = envelope.getResponse();
        return writableValue(envelope.getSessionAttributes())
                && (response == null || writable(response));
    }

    private static boolean writable(Response response) {
        Reprompt reprompt = response.getReprompt();
        return isEmpty(response.getDirectives()) && response.getApiResponse() == null
                && response.getCanFulfillIntent() == null && response.getExperimentation() == null
                && writable(response.getOutputSpeech())
                && (response.getCard() == null || response.getCard() instanceof SimpleCard)
                && (reprompt == null || (isEmpty(reprompt.getDirectives()) && writable(reprompt.getOutputSpeech())));
    }

    private static boolean writable(OutputSpeech speech) {
        return speech == null || (speech instanceof SsmlOutputSpeech ssml && ssml.getPlayBehaviorAsString() == null);
    }

    private static boolean writableValue(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof Double || value instanceof BigInteger) {
            return true;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String) || !writableValue(entry.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof Collection<?> list) {
            for (Object element : list) {
                if (!writableValue(element)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean isEmpty(Collection<?> list) {
        return list == null || list.isEmpty();
    }
}
