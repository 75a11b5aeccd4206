package com.heroinfacts.content;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code content/<locale>.json} from the classpath and fails fast, naming the file and the key at fault.
 * Read with Jackson's streaming parser, not its object mapper: the catalogue is read at every cold start, and
 * mapping records by reflection cost more than the rest of the start together.
 */
public final class CatalogueLoader {

    // a key given twice is a mistake in the content, not a value to silently drop
    private static final JsonFactory JSON = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

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
        try (JsonParser parser = JSON.createParser(json)) {
            Catalogue catalogue = new Reader(parser).catalogue();
            if (parser.nextToken() != null) {
                throw new CatalogueException(name + ": not valid JSON: more after the end of the catalogue", null);
            }
            return catalogue;
        } catch (JsonProcessingException e) {
            throw new CatalogueException(name + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            // a record's own check, with the path where it was found when not the whole catalogue's
            throw new CatalogueException(name + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new CatalogueException(name + ": unreadable: " + e.getMessage(), e);
        }
    }

    /** The catalogue file is wrong; the message says which file and key. */
    public static final class CatalogueException extends RuntimeException {
        CatalogueException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * The file's shape, field by field; every unknown field is an error, as is every value of the wrong type.
     * Loops rather than callbacks: each lambda costs a class spun at its first use, on every cold start.
     */
    private static final class Reader {

        private final JsonParser parser;

        Reader(JsonParser parser) {
            this.parser = parser;
        }

        Catalogue catalogue() throws IOException {
            String locale = null;
            Map<String, Source> sources = new HashMap<>();
            Map<String, Topic> topics = new LinkedHashMap<>();
            Map<MessageKey, Message> messages = new EnumMap<>(MessageKey.class);
            parser.nextToken();
            for (String field = firstField(""); field != null; field = nextField()) {
                switch (field) {
                    case "locale" -> locale = text("locale");
                    case "sources" -> {
                        for (String id = firstField("sources"); id != null; id = nextField()) {
                            sources.put(id, source("sources." + id));
                        }
                    }
                    case "topics" -> {
                        for (String id = firstField("topics"); id != null; id = nextField()) {
                            topics.put(id, topic("topics." + id));
                        }
                    }
                    case "messages" -> {
                        for (String key = firstField("messages"); key != null; key = nextField()) {
                            messages.put(messageKey(key), message("messages." + key));
                        }
                    }
                    default -> throw unknown("", field);
                }
            }
            return new Catalogue(locale, sources, topics, messages);
        }

        private Source source(String at) throws IOException {
            Map<String, String> text = new HashMap<>();
            for (String field = firstField(at); field != null; field = nextField()) {
                switch (field) {
                    case "spoken", "organisation", "title", "address", "read" -> text.put(field, text(at + "." + field));
                    default -> throw unknown(at, field);
                }
            }
            try {
                return new Source(text.get("spoken"), text.get("organisation"), text.get("title"), text.get("address"),
                        text.get("read"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(at + ": " + e.getMessage(), e);
            }
        }

        private Topic topic(String at) throws IOException {
            Map<String, String> text = new HashMap<>();
            List<String> sources = null;
            Boolean emergency = null;
            for (String field = firstField(at); field != null; field = nextField()) {
                switch (field) {
                    case "title", "speech", "offer", "next", "reprompt" -> text.put(field, text(at + "." + field));
                    case "sources" -> sources = texts(at + ".sources");
                    case "emergency" -> emergency = bool(at + ".emergency");
                    default -> throw unknown(at, field);
                }
            }
            if (emergency == null) {
                throw new IllegalArgumentException(at + ".emergency: is missing; say true or false");
            }
            try {
                return new Topic(text.get("title"), text.get("speech"), text.get("offer"), text.get("next"),
                        sources, emergency, text.get("reprompt"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(at + ": " + e.getMessage(), e);
            }
        }

        private Message message(String at) throws IOException {
            Map<String, String> text = new HashMap<>();
            for (String field = firstField(at); field != null; field = nextField()) {
                switch (field) {
                    case "speech", "reprompt", "title", "offers" -> text.put(field, text(at + "." + field));
                    default -> throw unknown(at, field);
                }
            }
            try {
                return new Message(text.get("speech"), text.get("reprompt"), text.get("title"), text.get("offers"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(at + ": " + e.getMessage(), e);
            }
        }

        /** Enters the object at the current token and returns its first field's name, or null when it has none. */
        private String firstField(String at) throws IOException {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException(where(at) + "must be an object");
            }
            return nextField();
        }

        /** The next field's name, with the parser on its value; null at the end of the object. */
        private String nextField() throws IOException {
            if (parser.nextToken() != JsonToken.FIELD_NAME) {
                return null;
            }
            String field = parser.currentName();
            parser.nextToken();
            return field;
        }

        private String text(String at) throws IOException {
            return switch (parser.currentToken()) {
                case VALUE_STRING -> parser.getText();
                case VALUE_NULL -> null;
                default -> throw new IllegalArgumentException(at + ": must be text");
            };
        }

        private List<String> texts(String at) throws IOException {
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                throw new IllegalArgumentException(at + ": must be a list of text");
            }
            List<String> texts = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (parser.currentToken() != JsonToken.VALUE_STRING) {
                    throw new IllegalArgumentException(at + ": must be a list of text");
                }
                texts.add(parser.getText());
            }
            return texts;
        }

        private boolean bool(String at) {
            return switch (parser.currentToken()) {
                case VALUE_TRUE -> true;
                case VALUE_FALSE -> false;
                default -> throw new IllegalArgumentException(at + ": must be true or false");
            };
        }

        private static MessageKey messageKey(String key) {
            try {
                return MessageKey.valueOf(key);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("messages." + key + ": not a message the code uses; known: "
                        + Arrays.toString(MessageKey.values()), e);
            }
        }

        private static IllegalArgumentException unknown(String at, String field) {
            return new IllegalArgumentException(where(at) + "unknown field \"" + field + "\"");
        }

        private static String where(String at) {
            return at.isEmpty() ? "" : at + ": ";
        }
    }
}
