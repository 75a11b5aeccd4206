package com.heroinfacts.understanding;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * JSON as plain maps, lists and strings, read by Jackson's object mapper: the model and the word lists are read
 * once per locale, and only a few fields of each are looked up, so typed records would add nothing.
 */
final class JsonValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonValues() {
    }

    static Object read(InputStream in) throws IOException {
        return JSON.readValue(in, Object.class);
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
