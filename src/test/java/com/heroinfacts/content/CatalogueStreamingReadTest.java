package com.heroinfacts.content;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The catalogue is read with Jackson's streaming parser for a faster cold start; it must read exactly what
 * Jackson's object mapper read before, and refuse more rather than less.
 */
class CatalogueStreamingReadTest {

    static final List<String> LOCALES = Catalogues.LOCALES;

    @ParameterizedTest
    @FieldSource("LOCALES")
    void every_shipped_catalogue_reads_the_same_as_with_the_object_mapper(String locale) throws IOException {
        byte[] json = shipped(locale);
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

        Catalogue streamed = CatalogueLoader.parse(CatalogueLoader.resourceFor(locale), json);

        assertThat(streamed).isEqualTo(mapper.readValue(json, Catalogue.class));
        assertThat(streamed.topics().keySet()).as("in file order")
                .containsExactlyElementsOf(mapper.readValue(json, Catalogue.class).topics().keySet());
    }

    @Test
    void a_key_given_twice_is_refused_rather_than_the_first_value_dropped() {
        String twice = new String(shipped("en-US")).replaceFirst("\"title\": ", "\"title\": \"first\", \"title\": ");

        assertThatThrownBy(() -> CatalogueLoader.parse("content/en-US.json", twice.getBytes()))
                .hasMessageStartingWith("content/en-US.json: not valid JSON").hasMessageContaining("Duplicate field 'title'");
    }

    @Test
    void a_value_of_the_wrong_type_names_its_key_instead_of_being_converted() {
        String quoted = new String(shipped("en-US")).replaceFirst("\"emergency\": false", "\"emergency\": \"false\"");

        assertThatThrownBy(() -> CatalogueLoader.parse("content/en-US.json", quoted.getBytes()))
                .hasMessageMatching("content/en-US\\.json: topics\\.[a-z_]+\\.emergency: must be true or false");
    }

    @Test
    void a_message_the_code_does_not_know_is_named_with_the_ones_it_does() {
        String renamed = new String(shipped("en-US")).replaceFirst("\"LAUNCH\"", "\"LAUNCHED\"");

        assertThatThrownBy(() -> CatalogueLoader.parse("content/en-US.json", renamed.getBytes()))
                .hasMessageStartingWith("content/en-US.json: messages.LAUNCHED: not a message the code uses")
                .hasMessageContaining("LAUNCH,");
    }

    @Test
    void anything_after_the_catalogue_is_refused() {
        byte[] json = (new String(shipped("en-US")) + " {}").getBytes();

        assertThatThrownBy(() -> CatalogueLoader.parse("content/en-US.json", json))
                .hasMessageStartingWith("content/en-US.json: not valid JSON");
    }

    private static byte[] shipped(String locale) {
        try (InputStream in = CatalogueStreamingReadTest.class.getClassLoader().getResourceAsStream(CatalogueLoader.resourceFor(locale))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
