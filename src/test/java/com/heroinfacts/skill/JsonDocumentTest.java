package com.heroinfacts.skill;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The APL document is read without an object mapper, into exactly what the mapper made of it. */
class JsonDocumentTest {

    private static final TypeReference<Map<String, Object>> UNTYPED = new TypeReference<>() { };

    @Test
    void the_screen_document_reads_as_the_object_mapper_read_it() throws IOException {
        byte[] document;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(Screens.DOCUMENT)) {
            document = in.readAllBytes();
        }

        assertThat(JsonDocument.read(new ByteArrayInputStream(document)))
                .isEqualTo(new ObjectMapper().readValue(document, UNTYPED));
    }

    @Test
    void values_get_the_types_the_object_mapper_gives_them() throws IOException {
        String json = "{\"i\":1,\"l\":12345678901,\"b\":123456789012345678901234567890,\"d\":1.50,\"e\":-2e3,"
                + "\"t\":true,\"n\":null,\"s\":\"x\",\"a\":[{},[]],\"o\":{\"k\":[1.0]}}";

        Map<String, Object> read = JsonDocument.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

        assertThat(read).isEqualTo(new ObjectMapper().readValue(json, UNTYPED));
        assertThat(read.get("i")).isInstanceOf(Integer.class);
        assertThat(read.get("l")).isInstanceOf(Long.class);
    }

    @Test
    void anything_but_one_object_is_refused() {
        assertThatThrownBy(() -> JsonDocument.read(new ByteArrayInputStream("[1]".getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> JsonDocument.read(new ByteArrayInputStream("{} {}".getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("more after the end");
    }
}
