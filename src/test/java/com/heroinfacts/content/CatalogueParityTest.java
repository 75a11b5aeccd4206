package com.heroinfacts.content;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every locale's catalogue is the default one in other words: same keys, same structure, same numbers. */
class CatalogueParityTest {

    private static final Catalogues CATALOGUES = Catalogues.loadAll();
    private static final Catalogue DEFAULT = CATALOGUES.defaultCatalogue();

    static Stream<String> otherLocales() {
        return Catalogues.LOCALES.stream().filter(locale -> !locale.equals(Catalogues.DEFAULT_LOCALE));
    }

    @ParameterizedTest
    @MethodSource("otherLocales")
    void every_locale_has_exactly_the_default_topics_in_the_same_order(String locale) {
        Catalogue catalogue = CATALOGUES.forLocale(locale);
        assertThat(catalogue.locale()).isEqualTo(locale);
        assertThat(catalogue.topics().keySet()).containsExactlyElementsOf(DEFAULT.topics().keySet());
    }

    @ParameterizedTest
    @MethodSource("otherLocales")
    void every_locale_has_exactly_the_default_messages_and_sources(String locale) {
        Catalogue catalogue = CATALOGUES.forLocale(locale);
        assertThat(catalogue.messages().keySet()).containsExactlyInAnyOrderElementsOf(DEFAULT.messages().keySet());
        assertThat(catalogue.sources().keySet()).containsExactlyInAnyOrderElementsOf(DEFAULT.sources().keySet());
    }

    @ParameterizedTest
    @MethodSource("otherLocales")
    void every_topic_keeps_its_next_source_and_emergency_flag(String locale) {
        Catalogue catalogue = CATALOGUES.forLocale(locale);
        DEFAULT.topics().forEach((id, topic) -> {
            Topic translated = catalogue.topic(id);
            assertThat(translated.next()).as(id + ".next").isEqualTo(topic.next());
            assertThat(translated.sources()).as(id + ".sources").isEqualTo(topic.sources());
            assertThat(translated.emergency()).as(id + ".emergency").isEqualTo(topic.emergency());
            assertThat(translated.reprompt() != null).as(id + " has its own reprompt").isEqualTo(topic.reprompt() != null);
        });
    }

    @ParameterizedTest
    @MethodSource("otherLocales")
    void every_source_is_the_same_page_in_every_locale_only_its_spoken_name_translated(String locale) {
        Catalogue catalogue = CATALOGUES.forLocale(locale);
        DEFAULT.sources().forEach((id, source) -> {
            Source translated = catalogue.source(id);
            assertThat(translated.address()).as(id + ".address").isEqualTo(source.address());
            assertThat(translated.read()).as(id + ".read").isEqualTo(source.read());
            assertThat(translated.organisation()).as(id + ".organisation").isEqualTo(source.organisation());
            assertThat(translated.title()).as(id + ".title").isEqualTo(source.title());
        });
    }

    @ParameterizedTest
    @MethodSource("otherLocales")
    void every_message_keeps_its_shape(String locale) {
        Catalogue catalogue = CATALOGUES.forLocale(locale);
        DEFAULT.messages().forEach((key, message) -> {
            Message translated = catalogue.message(key);
            assertThat(translated.keepsSessionOpen()).as(key + " keeps the session open").isEqualTo(message.keepsSessionOpen());
            assertThat(translated.title() != null).as(key + " has a card").isEqualTo(message.title() != null);
            assertThat(translated.offers()).as(key + ".offers").isEqualTo(message.offers());
        });
    }

    @ParameterizedTest
    @MethodSource("otherLocales")
    void every_answer_gives_the_same_phone_numbers_in_every_locale(String locale) {
        Catalogue catalogue = CATALOGUES.forLocale(locale);
        DEFAULT.topics().forEach((id, topic) -> {
            Topic translated = catalogue.topic(id);
            assertThat(placeholders(translated.speech())).as(id + ".speech").isEqualTo(placeholders(topic.speech()));
            assertThat(placeholders(translated.offer())).as(id + ".offer").isEqualTo(placeholders(topic.offer()));
            if (topic.reprompt() != null) {
                assertThat(placeholders(translated.reprompt())).as(id + ".reprompt").isEqualTo(placeholders(topic.reprompt()));
            }
        });
        DEFAULT.messages().forEach((key, message) -> {
            Message translated = catalogue.message(key);
            assertThat(placeholders(translated.speech())).as(key + ".speech").isEqualTo(placeholders(message.speech()));
            if (message.reprompt() != null) {
                assertThat(placeholders(translated.reprompt())).as(key + ".reprompt").isEqualTo(placeholders(message.reprompt()));
            }
        });
    }

    private static Set<String> placeholders(String template) {
        Set<String> found = new TreeSet<>();
        Matcher m = Placeholders.PLACEHOLDER.matcher(template);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
