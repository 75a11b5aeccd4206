package com.heroinfacts.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Wording per language: person-first words in each locale, and the Spanish helpline options and register. */
class SpokenWordingTest {

    private static final Catalogues CATALOGUES = Catalogues.loadAll();

    /** Labels NIDA's "Words Matter" asks us not to use, per language (proper names of agencies aside). */
    private static final Map<String, Pattern> STIGMA = Map.of(
            "en-US", Pattern.compile("(?i)\\b(addicts?|abusers?|junkies?|junkie|clean|dirty|drug abuse|heroin abuse|substance abuse)\\b"),
            "es-US", Pattern.compile("(?iu)(?<![\\p{L}])(adict[oa]s?|drogadict[oa]s?|abusos?|yonquis?|drogatas?|tecat[oa]s?|vicios[oa]s?|limpi[oa]s?|suci[oa]s?)(?![\\p{L}])"));
    private static final List<String> AGENCY_NAMES = List.of(
            "National Institute on Drug Abuse", "Substance Abuse and Mental Health Services Administration");

    static Stream<String> locales() {
        return Catalogues.LOCALES.stream();
    }

    @ParameterizedTest
    @MethodSource("locales")
    void nothing_the_skill_says_uses_a_stigmatising_label(String locale) {
        Pattern stigma = STIGMA.get(locale);
        assertThat(stigma).as("a word list for " + locale).isNotNull();
        for (String text : everythingSaid(CATALOGUES.forLocale(locale))) {
            String withoutNames = text;
            for (String name : AGENCY_NAMES) {
                withoutNames = withoutNames.replace(name, "");
            }
            assertThat(stigma.matcher(withoutNames).find()).as(locale + ": " + text).isFalse();
        }
    }

    @Test
    void the_spanish_catalogue_gives_the_spanish_options_of_the_helplines() {
        Catalogue es = CATALOGUES.forLocale("es-US");

        assertThat(es.topic("helpline").speech()).contains("{samhsa}").contains("en español");
        assertThat(es.topic("crisis").speech()).contains("en español, marque 2").contains("texto o chat");
        assertThat(es.topic("crisis").reprompt()).contains("marque 2");
        assertThat(es.message(MessageKey.CRISIS_NUMBER).speech()).contains("marque 2").contains("texto o chat");
        assertThat(es.message(MessageKey.CARD_FOOTER).speech()).contains("en español, marque 2").contains("SAMHSA");
        assertThat(es.topic("helpline").speech()).as("the page's line is offered second, with no claim about its language")
                .containsSubsequence("{samhsa}", "{helpline}");
    }

    @Test
    void the_spanish_catalogue_uses_usted_throughout() {
        Pattern tu = Pattern.compile("(?iu)(?<![\\p{L}])(tú|tienes|quieres|puedes|llama|llámame|dime|cuéntame|te|tu|tus)(?![\\p{L}])");
        for (String text : everythingSaid(CATALOGUES.forLocale("es-US"))) {
            assertThat(tu.matcher(text).find()).as(text).isFalse();
        }
    }

    /** Every template the skill can speak or show, with placeholders left in. */
    private static List<String> everythingSaid(Catalogue catalogue) {
        List<String> all = new ArrayList<>();
        catalogue.topics().values().forEach(topic -> {
            all.add(topic.title());
            all.add(topic.speech());
            all.add(topic.offer());
            if (topic.reprompt() != null) {
                all.add(topic.reprompt());
            }
        });
        catalogue.messages().values().forEach(message -> {
            all.add(message.speech());
            if (message.reprompt() != null) {
                all.add(message.reprompt());
            }
        });
        catalogue.sources().values().forEach(source -> all.add(source.spoken()));
        return all;
    }
}
