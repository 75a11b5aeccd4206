package com.heroinfacts.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Every request envelope in src/test/resources/requests (and below), in a stable order, for one skill id. */
final class Fixtures {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A fixture: its file name and its envelope. */
    record Fixture(String name, ObjectNode envelope) {
    }

    private Fixtures() {
    }

    /** @param skillId written into each envelope, so fixtures from any source reach the skill's handlers */
    static List<Fixture> load(String skillId) {
        Path folder = folder();
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted()
                    .map(f -> new Fixture(folder.relativize(f).toString(), forSkill(read(f), skillId)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path folder() {
        try {
            return Path.of(Fixtures.class.getResource("/requests").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode read(Path file) {
        try {
            JsonNode tree = MAPPER.readTree(file.toFile());
            if (!(tree instanceof ObjectNode envelope)) {
                throw new IllegalStateException(file + " is not a JSON object");
            }
            return envelope;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static ObjectNode forSkill(ObjectNode envelope, String skillId) {
        for (String path : List.of("/context/System/application", "/session/application")) {
            if (envelope.at(path) instanceof ObjectNode application) {
                application.put("applicationId", skillId);
            }
        }
        return envelope;
    }
}
