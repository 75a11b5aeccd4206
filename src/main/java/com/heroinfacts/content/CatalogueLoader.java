package com.heroinfacts.content;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads {@code content/<locale>.json} from the classpath into the catalogue's records with Jackson's object mapper,
 * and fails fast, naming the file and the key at fault: unknown fields, nulls for true/false, a key given twice.
 */
public final class CatalogueLoader {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            // a key given twice is a mistake in the content, not a value to silently drop
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // "true" in quotes is a mistake in the content, not true
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private CatalogueLoader() {
    }

    public static String resourceFor(String locale) {
        return "content/" + locale + ".json";
    }

    /** @return the catalogue, or null when the classpath has none for this locale */
    public static Catalogue loadIfPresent(String locale) {
        String resource = resourceFor(locale);
        try (InputStream in = CatalogueLoader.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : parse(resource, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public static Catalogue parse(String name, byte[] json) {
        try {
            return MAPPER.readValue(json, Catalogue.class);
        } catch (JsonMappingException e) {
            throw new CatalogueException(name + ": " + path(e) + describe(e), e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new CatalogueException(name + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new CatalogueException(name + ": unreadable: " + e.getMessage(), e);
        }
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "" : path + ": ";
    }

    private static String describe(JsonMappingException e) {
        Throwable cause = e.getCause();
        // a record's own check explains itself better than Jackson's wrapper does
        return cause instanceof IllegalArgumentException ? cause.getMessage() : e.getOriginalMessage();
    }

    /** The catalogue file is wrong; the message says which file and key. */
    public static final class CatalogueException extends RuntimeException {
        CatalogueException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
