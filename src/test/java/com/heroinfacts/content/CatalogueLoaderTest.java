package com.heroinfacts.content;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.heroinfacts.SkillTester;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A broken catalogue stops the skill at load time with a message naming the file and the key. */
class CatalogueLoaderTest {

    @Test
    void the_shipped_catalogues_load() {
        Catalogues catalogues = Catalogues.loadAll();

        assertThat(catalogues.defaultCatalogue().topics()).containsKeys("stimulant_or_depressant", "overdose", "crisis");
        assertThat(catalogues.forLocale("de-DE")).isSameAs(catalogues.defaultCatalogue());
        assertThat(catalogues.forLocale(null)).isSameAs(catalogues.defaultCatalogue());
    }

    @Test
    void a_blank_speech_names_the_topic() {
        assertRejected(json -> topic(json, "effects").put("speech", " "), "topics.effects", "speech is missing or blank");
    }

    @Test
    void a_missing_field_names_the_topic_and_field() {
        assertRejected(json -> topic(json, "treatment").remove("title"), "topics.treatment", "title");
    }

    @Test
    void an_unknown_field_is_rejected_not_ignored() {
        assertRejected(json -> topic(json, "treatment").put("speach", "typo"), "speach");
    }

    @Test
    void a_next_topic_that_does_not_exist_is_named() {
        assertRejected(json -> topic(json, "withdrawal").put("next", "nowhere"), "topics.withdrawal.next", "nowhere");
    }

    @Test
    void a_source_that_does_not_exist_is_named() {
        assertRejected(json -> topic(json, "withdrawal").putArray("sources").add("page").add("a_blog"),
                "topics.withdrawal.sources", "a_blog");
    }

    @Test
    void a_topic_without_sources_is_named() {
        assertRejected(json -> topic(json, "fentanyl").remove("sources"), "topics.fentanyl", "sources is missing");
        assertRejected(json -> topic(json, "fentanyl").putArray("sources"), "topics.fentanyl", "sources is missing");
    }

    @Test
    void the_old_single_source_field_is_refused() {
        assertRejected(json -> topic(json, "withdrawal").put("source", "page"), "topics.withdrawal.source", "Unrecognized field \"source\"");
    }

    @Test
    void a_source_missing_any_field_is_named() {
        for (String field : new String[] {"spoken", "organisation", "title", "address", "read"}) {
            assertRejected(json -> ((ObjectNode) json.path("sources").path("cdc_about_fentanyl")).remove(field),
                    "sources.cdc_about_fentanyl", field + " is missing");
        }
    }

    @Test
    void a_source_with_an_address_that_is_not_one_or_a_date_that_is_not_one_is_named() {
        assertRejected(json -> ((ObjectNode) json.path("sources").path("cdc_about_fentanyl")).put("address", "cdc.gov somewhere"),
                "sources.cdc_about_fentanyl", "address");
        assertRejected(json -> ((ObjectNode) json.path("sources").path("cdc_about_fentanyl")).put("read", "December 2026"),
                "sources.cdc_about_fentanyl", "read");
    }

    @Test
    void a_source_given_as_a_bare_name_is_refused() {
        assertRejected(json -> ((ObjectNode) json.path("sources")).put("page", "the web page"), "sources.page", "Cannot construct instance of `com.heroinfacts.content.Source`");
    }

    @Test
    void a_missing_message_is_named() {
        assertRejected(json -> ((ObjectNode) json.path("messages")).remove("GOODBYE"), "messages: missing [GOODBYE]");
    }

    @Test
    void an_open_message_without_a_reprompt_is_named() {
        assertRejected(json -> ((ObjectNode) json.path("messages").path("HELP")).remove("reprompt"), "messages.HELP.reprompt");
    }

    @Test
    void an_unknown_placeholder_is_named() {
        assertRejected(json -> topic(json, "helpline").put("speech", "Call {hotline}."), "topics.helpline.speech", "{hotline}");
    }

    @Test
    void an_emergency_topic_without_its_own_reprompt_is_named() {
        assertRejected(json -> topic(json, "overdose").remove("reprompt"), "topics.overdose.reprompt");
    }

    @Test
    void malformed_json_is_reported_with_the_file_name() {
        assertThatThrownBy(() -> CatalogueLoader.parse("content/broken.json", "{\"locale\": ".getBytes()))
                .isInstanceOf(CatalogueLoader.CatalogueException.class)
                .hasMessageStartingWith("content/broken.json: not valid JSON");
    }

    @Test
    void a_key_given_twice_is_refused_rather_than_the_first_value_dropped() {
        String twice = shippedText().replaceFirst("\"title\": ", "\"title\": \"first\", \"title\": ");

        assertThatThrownBy(() -> CatalogueLoader.parse("content/en-US.json", twice.getBytes()))
                .hasMessageStartingWith("content/en-US.json: sources").hasMessageContaining("Duplicate field 'title'");
    }

    @Test
    void a_value_of_the_wrong_type_names_its_key_instead_of_being_converted() {
        assertRejected(json -> topic(json, "overdose").put("emergency", "true"), "topics.overdose.emergency");
    }

    @Test
    void a_missing_emergency_flag_is_named_rather_than_taken_as_false() {
        assertRejected(json -> topic(json, "overdose").remove("emergency"), "topics.overdose", "emergency");
    }

    @Test
    void a_message_the_code_does_not_know_is_named() {
        String renamed = shippedText().replaceFirst("\"LAUNCH\"", "\"LAUNCHED\"");

        assertThatThrownBy(() -> CatalogueLoader.parse("content/en-US.json", renamed.getBytes()))
                .hasMessageStartingWith("content/en-US.json: messages").hasMessageContaining("LAUNCHED");
    }

    @Test
    void anything_after_the_catalogue_is_refused() {
        byte[] json = (shippedText() + " {}").getBytes();

        assertThatThrownBy(() -> CatalogueLoader.parse("content/en-US.json", json))
                .hasMessageStartingWith("content/en-US.json: ");
    }

    private static String shippedText() {
        try (InputStream in = CatalogueLoaderTest.class.getResourceAsStream("/content/en-US.json")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ObjectNode topic(ObjectNode json, String id) {
        return (ObjectNode) json.path("topics").path(id);
    }

    private static void assertRejected(Consumer<ObjectNode> breakIt, String... expectedInMessage) {
        ObjectNode json = shipped();
        breakIt.accept(json);
        assertThatThrownBy(() -> CatalogueLoader.parse("content/en-US.json", SkillTester.JSON.writeValueAsBytes(json)))
                .isInstanceOf(CatalogueLoader.CatalogueException.class)
                .hasMessageStartingWith("content/en-US.json: ")
                .hasMessageContainingAll(expectedInMessage);
    }

    private static ObjectNode shipped() {
        try {
            return (ObjectNode) SkillTester.JSON.readTree(shippedText());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
