package com.heroinfacts.skill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.heroinfacts.content.Catalogues;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Turning an intent name into its topic id was a regex compiled in every request's canHandle; it is a loop now,
 * and must give exactly what the regex gave: on every intent name of every model, and on awkward and random text.
 */
class TopicIntentNamingTest {

    @Test
    void topic_for_an_intent_name_is_what_the_regex_made_it() throws IOException {
        for (String value : inputs()) {
            String name = value + "Intent";
            String expected = name.contains(".") ? null
                    : value.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);

            assertThat(TopicIntents.topicFor(name)).as(name).isEqualTo(expected);
        }
    }

    private static List<String> inputs() throws IOException {
        List<String> inputs = new ArrayList<>(List.of("", "a", "A", "aB", "aBC", "abCD", "ABcD", "x1Y", "a_B", "é\u00c9",
                "amzn1.echo-api.request.0f6e\nINJECTED", "tab\tand space", "emoji \uD83D\uDE00 pair", "\uD800 lone",
                "x".repeat(99) + "\uD83D\uDE00" + "y".repeat(10), "a".repeat(150), "Ünïcödé ÜBER"));
        for (String locale : Catalogues.LOCALES) {
            JsonNode model = new ObjectMapper().readTree(Path.of("skill-package/interactionModels/custom/" + locale + ".json").toFile());
            model.at("/interactionModel/languageModel/intents").forEach(intent -> {
                String name = intent.path("name").asText();
                inputs.add(name);
                inputs.add(name.endsWith("Intent") ? name.substring(0, name.length() - "Intent".length()) : name);
            });
        }
        Random random = new Random(7);
        String alphabet = "aZ_.:-09 \n\u00e9\uD83D\uDE00Bc";
        for (int i = 0; i < 2000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(130); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            inputs.add(text.toString());
        }
        return inputs;
    }
}
