package com.heroinfacts.content;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpeechTest {

    private final PhoneNumbers numbers = PhoneNumbers.defaults();

    @Test
    void xml_special_characters_are_escaped_in_ssml_and_kept_on_the_card() {
        Speech speech = Speech.render("Tom & Jerry's <b> \"quote\"", numbers);

        assertThat(speech.ssml()).isEqualTo("Tom &amp; Jerry&apos;s &lt;b&gt; &quot;quote&quot;");
        assertThat(speech.text()).isEqualTo("Tom & Jerry's <b> \"quote\"");
    }

    @Test
    void numbers_are_spoken_as_telephone_numbers_and_written_as_digits() {
        Speech speech = Speech.render("Call {emergency} or {samhsa}.", numbers);

        assertThat(speech.ssml()).isEqualTo("Call <say-as interpret-as=\"telephone\">911</say-as> or "
                + "<say-as interpret-as=\"telephone\">1-800-662-4357</say-as>.");
        assertThat(speech.text()).isEqualTo("Call 911 or 1-800-662-4357.");
    }

    @Test
    void filled_values_are_inserted_already_rendered() {
        Speech offer = Speech.plain("Want more & more?");

        assertThat(Speech.render("{offer} Or not.", numbers, Map.of("offer", offer)).ssml()).isEqualTo("Want more &amp; more? Or not.");
    }

    @Test
    void a_placeholder_without_a_value_fails() {
        assertThatThrownBy(() -> Speech.render("{offer}", numbers)).hasMessageContaining("{offer}");
    }

    @Test
    void joining_skips_empty_speech() {
        Speech a = Speech.plain("One.");

        assertThat(a.then(Speech.EMPTY)).isEqualTo(a);
        assertThat(Speech.EMPTY.then(a)).isEqualTo(a);
        assertThat(a.then(Speech.plain("Two.")).text()).isEqualTo("One. Two.");
    }
}
