package com.heroinfacts.content;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Speech.render finds placeholders and escapes text by hand now, for the warm path; it must give what the regex
 * version gave (kept here as the reference) for every template of every locale and for awkward templates.
 */
class SpeechRenderingEquivalenceTest {

    private static final Map<String, Speech> VALUES = Map.of("offer", Speech.plain("Want to hear more?"),
            "source", Speech.plain("the CDC & \"NIDA\""));

    @Test
    void every_template_of_every_catalogue_renders_as_before() {
        Catalogues catalogues = Catalogues.loadAll();
        List<String> templates = new ArrayList<>();
        for (String locale : Catalogues.LOCALES) {
            Catalogue catalogue = catalogues.forLocale(locale);
            catalogue.topics().values().forEach(t -> {
                templates.add(t.speech());
                templates.add(t.offer());
                templates.add(t.title());
                if (t.reprompt() != null) {
                    templates.add(t.reprompt());
                }
            });
            catalogue.messages().values().forEach(m -> {
                templates.add(m.speech());
                if (m.reprompt() != null) {
                    templates.add(m.reprompt());
                }
            });
        }
        for (PhoneNumbers numbers : List.of(PhoneNumbers.defaults(), PhoneNumbers.withHelpline("+1 (555) 010-0199"))) {
            for (String template : templates) {
                assertThat(Speech.render(template, numbers, VALUES)).as(template).isEqualTo(reference(template, numbers, VALUES));
            }
        }
        assertThat(templates).hasSizeGreaterThan(100);
    }

    @Test
    void awkward_templates_render_as_before() {
        List<String> templates = new ArrayList<>(List.of("", "{", "}", "{}", "{{helpline}", "{helpline}}", "{ab", "a}b",
                "{Helpline}", "{help line}", "{offer}{source}", "x{emergency}y{lifeline}z", "&<>\"'", "it's {samhsa}'s",
                "\uD83D\uDE00 {helpline} é"));
        Random random = new Random(11);
        String alphabet = "ab{}&<'\" helpinesamhsofrcuxyz";
        for (int i = 0; i < 3000; i++) {
            StringBuilder template = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) {
                template.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            templates.add(template.toString());
        }
        for (String template : templates) {
            Object expected;
            try {
                expected = reference(template, PhoneNumbers.defaults(), VALUES);
            } catch (IllegalArgumentException e) {
                assertThatThrownBy(() -> Speech.render(template, PhoneNumbers.defaults(), VALUES)).as(template)
                        .hasMessage(e.getMessage());
                continue;
            }
            assertThat(Speech.render(template, PhoneNumbers.defaults(), VALUES)).as(template).isEqualTo(expected);
        }
    }

    @Test
    void a_number_by_placeholder_is_what_the_map_gives() {
        PhoneNumbers numbers = PhoneNumbers.withHelpline("(555) 010-0199");
        numbers.byPlaceholder().forEach((name, number) -> assertThat(numbers.numberFor(name)).isEqualTo(number));
        assertThat(numbers.numberFor("offer")).isNull();
        assertThat(numbers.numberFor("")).isNull();
    }

    /** Speech.render as it was, with the placeholder regex and a map of the numbers. */
    private static Speech reference(String template, PhoneNumbers numbers, Map<String, Speech> values) {
        Map<String, String> phone = numbers.byPlaceholder();
        StringBuilder ssml = new StringBuilder();
        StringBuilder text = new StringBuilder();
        Matcher m = Placeholders.PLACEHOLDER.matcher(template);
        int from = 0;
        while (m.find()) {
            ssml.append(referenceEscape(template.substring(from, m.start())));
            text.append(template, from, m.start());
            String name = m.group(1);
            if (phone.containsKey(name)) {
                ssml.append("<say-as interpret-as=\"telephone\">").append(referenceEscape(phone.get(name))).append("</say-as>");
                text.append(phone.get(name));
            } else if (values.containsKey(name)) {
                ssml.append(values.get(name).ssml());
                text.append(values.get(name).text());
            } else {
                throw new IllegalArgumentException("no value for {" + name + "}");
            }
            from = m.end();
        }
        ssml.append(referenceEscape(template.substring(from)));
        text.append(template.substring(from));
        return new Speech(ssml.toString(), text.toString());
    }

    private static String referenceEscape(String plain) {
        return plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
