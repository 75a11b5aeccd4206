package com.heroinfacts.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.heroinfacts.content.Catalogues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** skill.json for every locale: what the store shows, phrases that really open the skill, icons, the screen. */
class SkillPackageLocalesTest {

    private static final Path PACKAGE = Path.of("skill-package");
    private static final JsonNode MANIFEST = read(PACKAGE.resolve("skill.json")).path("manifest");

    static Stream<String> locales() {
        return Catalogues.LOCALES.stream();
    }

    @ParameterizedTest
    @MethodSource("locales")
    void every_locale_is_published_with_privacy_information(String locale) {
        assertThat(MANIFEST.path("publishingInformation").path("locales").has(locale)).isTrue();
        assertThat(MANIFEST.path("privacyAndCompliance").path("locales").has(locale)).isTrue();
        JsonNode info = MANIFEST.path("publishingInformation").path("locales").path(locale);
        assertThat(info.path("name").asText()).isNotBlank();
        assertThat(info.path("summary").asText()).isNotBlank().hasSizeLessThanOrEqualTo(160);
        assertThat(info.path("keywords")).isNotEmpty();
    }

    @Test
    void the_spanish_description_says_it_is_no_substitute_for_medical_advice_and_to_call_911() {
        String description = MANIFEST.path("publishingInformation").path("locales").path("es-US").path("description").asText();

        assertThat(description).contains("no sustituye el consejo, el diagnóstico ni el tratamiento de un profesional médico")
                .contains("En una emergencia, llame al 911")
                .contains("988").contains("marque 2").contains("SAMHSA, que atiende en español");
    }

    @ParameterizedTest
    @MethodSource("locales")
    void every_example_phrase_opens_the_skill_or_asks_one_of_its_samples(String locale) {
        InteractionModel model = LocaleModelParityTest.model(locale);
        List<String> phrases = new ArrayList<>();
        MANIFEST.path("publishingInformation").path("locales").path(locale).path("examplePhrases")
                .forEach(p -> phrases.add(p.asText()));
        List<String> samples = model.intents().values().stream().flatMap(i -> i.samples().stream()).toList();
        String opening = "alexa, (open|abre) " + model.invocationName();
        String asking = "alexa, (ask|pregúntale a) " + model.invocationName() + " ";

        assertThat(phrases).hasSize(3);
        assertThat(phrases.get(0).toLowerCase(Locale.ROOT)).matches(opening);
        phrases.subList(1, 3).forEach(phrase -> {
            String lower = phrase.toLowerCase(Locale.ROOT);
            assertThat(lower).containsPattern("^" + asking);
            assertThat(samples).as(phrase).contains(lower.replaceFirst("^" + asking, ""));
        });
    }

    @ParameterizedTest
    @MethodSource("locales")
    void every_locale_points_at_icons_of_the_sizes_alexa_asks_for(String locale) throws IOException {
        JsonNode info = MANIFEST.path("publishingInformation").path("locales").path(locale);

        assertThat(icon(info.path("smallIconUri").asText())).satisfies(image -> {
            assertThat(image.getWidth()).isEqualTo(108);
            assertThat(image.getHeight()).isEqualTo(108);
        });
        assertThat(icon(info.path("largeIconUri").asText())).satisfies(image -> {
            assertThat(image.getWidth()).isEqualTo(512);
            assertThat(image.getHeight()).isEqualTo(512);
        });
    }

    @Test
    void the_skill_declares_the_apl_interface_with_its_viewports() {
        JsonNode interfaces = MANIFEST.path("apis").path("custom").path("interfaces");
        List<JsonNode> apl = new ArrayList<>();
        interfaces.forEach(i -> {
            if (i.path("type").asText().equals("ALEXA_PRESENTATION_APL")) {
                apl.add(i);
            }
        });

        assertThat(apl).hasSize(1);
        List<String> shapes = new ArrayList<>();
        apl.get(0).path("supportedViewports").forEach(v -> {
            assertThat(v.path("minWidth").asInt()).isPositive().isLessThanOrEqualTo(v.path("maxWidth").asInt());
            assertThat(v.path("minHeight").asInt()).isPositive().isLessThanOrEqualTo(v.path("maxHeight").asInt());
            shapes.add(v.path("mode").asText() + " " + v.path("shape").asText());
        });
        assertThat(shapes).contains("HUB ROUND", "HUB RECTANGLE", "TV RECTANGLE");
    }

    private static BufferedImage icon(String uri) throws IOException {
        assertThat(uri).startsWith("file://assets/").endsWith(".png");
        Path file = PACKAGE.resolve(uri.substring("file://".length()));
        assertThat(file).exists();
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).as("a PNG at " + file).isNotNull();
        return image;
    }

    private static JsonNode read(Path file) {
        try {
            return new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
