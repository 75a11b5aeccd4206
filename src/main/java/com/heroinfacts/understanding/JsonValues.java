package com.heroinfacts.understanding;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON as plain maps, lists and strings, read with Jackson's streaming parser: building the understanding runs at
 * every cold start, where loading the ObjectMapper alone would cost more than reading these files (the catalogue
 * loader reads the same way; LambdaRuntimeIT checks that a voice request loads no ObjectMapper).
 */
final class JsonValues {

    private static final JsonFactory JSON = new JsonFactory();

    private JsonValues() {
    }

    static Object read(InputStream in) throws IOException {
        try (JsonParser parser = JSON.createParser(in)) {
            return value(parser, parser.nextToken());
        }
    }

    private static Object value(JsonParser parser, JsonToken token) throws IOException {
        if (token == JsonToken.START_OBJECT) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                String name = parser.currentName();
                object.put(name, value(parser, parser.nextToken()));
            }
            return object;
        }
        if (token == JsonToken.START_ARRAY) {
            List<Object> array = new ArrayList<>();
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                array.add(value(parser, t));
            }
            return array;
        }
        return token == JsonToken.VALUE_NULL ? null : parser.getText();
    }

    static Map<?, ?> object(Object value, String name) {
        return value instanceof Map<?, ?> map && map.get(name) instanceof Map<?, ?> inner ? inner : Map.of();
    }

    static List<?> list(Object value, String name) {
        return value instanceof Map<?, ?> map && map.get(name) instanceof List<?> inner ? inner : List.of();
    }

    static String text(Object value, String name) {
        return value instanceof Map<?, ?> map && map.get(name) instanceof String s ? s : "";
    }
}
