package com.heroinfacts.lambda;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Token-level reading for the envelope readers, with the SDK's object mapper's rules for what a value becomes
 * (untyped objects are LinkedHashMaps, numbers the smallest of Integer, Long and BigInteger, or a Double).
 * Anything the readers do not model exactly ends the read with {@link NotModelled}.
 */
final class JsonReading {

    /** The envelope holds something only the SDK's own deserializer reads the way the SDK does. */
    static final class NotModelled extends Exception {
        NotModelled() {
            // a signal, not an error: no message, no stack trace to fill
            super(null, null, false, false);
        }
    }

    private final JsonParser parser;

    JsonReading(JsonParser parser) {
        this.parser = parser;
    }

    // Loops, not callbacks: each lambda costs a class spun at its first use, about a millisecond of a cold start.

    /** Starts on the object at the current token; false for a JSON null, which has no fields to read. */
    boolean startObject() throws NotModelled {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return false;
        }
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw new NotModelled();
        }
        return true;
    }

    /** The next field's name, with the parser on its value; null at the end of the object. */
    String nextField() throws IOException {
        if (parser.nextToken() != JsonToken.FIELD_NAME) {
            return null;
        }
        String name = parser.currentName();
        parser.nextToken();
        return name;
    }

    /** Starts on the array at the current token; false for a JSON null. */
    boolean startArray() throws NotModelled {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return false;
        }
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new NotModelled();
        }
        return true;
    }

    /** Moves to the next element; false at the end of the array. */
    boolean nextElement() throws IOException {
        return parser.nextToken() != JsonToken.END_ARRAY;
    }

    String text() throws IOException, NotModelled {
        return switch (parser.currentToken()) {
            case VALUE_STRING -> parser.getText();
            case VALUE_NULL -> null;
            // the SDK's mapper would turn a number or boolean into text; leave that to it
            default -> throw new NotModelled();
        };
    }

    Boolean bool() throws NotModelled {
        return switch (parser.currentToken()) {
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new NotModelled();
        };
    }

    Long whole() throws IOException, NotModelled {
        return switch (parser.currentToken()) {
            case VALUE_NUMBER_INT -> {
                if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    throw new NotModelled();
                }
                yield parser.getLongValue();
            }
            case VALUE_NULL -> null;
            default -> throw new NotModelled();
        };
    }

    /** A value of unknown shape, as the SDK's mapper makes it for {@code Map<String, Object>} (session attributes). */
    Object untyped() throws IOException, NotModelled {
        return switch (parser.currentToken()) {
            case START_OBJECT -> untypedObject();
            case START_ARRAY -> untypedList();
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getNumberValue();
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new NotModelled();
        };
    }

    /** An object of unknown shape; null for a JSON null. */
    Map<String, Object> untypedObject() throws IOException, NotModelled {
        if (!startObject()) {
            return null;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (String name = nextField(); name != null; name = nextField()) {
            map.put(name, untyped());
        }
        return map;
    }

    private List<Object> untypedList() throws IOException, NotModelled {
        List<Object> list = new ArrayList<>();
        while (nextElement()) {
            list.add(untyped());
        }
        return list;
    }

    /** Steps over a value the SDK ignores too (a field its model does not have). */
    void skip() throws IOException {
        parser.skipChildren();
    }
}
