package com.heroinfacts.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.heroinfacts.content.Catalogues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What certification reviews in skill.json (CERTIFICATION.md): the store listing within Amazon's limits, testing
 * instructions that take the reviewer to the emergency and crisis answers (each phrase named is run through the skill),
 * no endpoint but one a deploy wrote, and the privacy information with its policy page.
 */
class StoreListingTest {

    private static final Path MANIFEST_FILE = Path.of("skill-package/skill.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNode MANIFEST = read(MANIFEST_FILE).path("manifest");
    /** Amazon's placeholder account id in its examples, and the one this manifest once carried. */
    private static final String PLACEHOLDER_ACCOUNT = "123456789012";
    /** The alias ARN the cfn-deployer writes on deploy: the stack's SkillEndpoint output. */
    private static final Pattern DEPLOYED_ENDPOINT = Pattern.compile("arn:aws:lambda:[a-z0-9-]+:(\\d{12}):function:[\\w-]+:live");

    static Stream<String> locales() {
        return Catalogues.LOCALES.stream();
    }

    @ParameterizedTest
    @MethodSource("locales")
    void the_listing_is_within_amazons_limits(String locale) {
        JsonNode listing = MANIFEST.path("publishingInformation").path("locales").path(locale);

        assertThat(listing.path("name").asText()).isNotBlank().hasSizeLessThanOrEqualTo(50);
        assertThat(listing.path("summary").asText()).isNotBlank().hasSizeLessThanOrEqualTo(160);
        assertThat(listing.path("description").asText()).isNotBlank().hasSizeLessThanOrEqualTo(4000);
        assertThat(listing.path("examplePhrases").size()).isBetween(1, 3);
        assertThat(listing.path("keywords").size()).isBetween(1, 30);
        listing.path("keywords").forEach(keyword -> assertThat(keyword.asText()).isNotBlank().hasSizeLessThanOrEqualTo(60));
        assertThat(MANIFEST.path("publishingInformation").path("testingInstructions").asText()).isNotBlank()
                .hasSizeLessThanOrEqualTo(4000);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en-US | my friend isn't breathing     | 911",
            "en-US | her lips are blue             | 911",
            "en-US | someone took too much heroin  | 911",
            "en-US | i want to kill myself         | 988",
            "en-US | i don't want to live anymore  | 988",
            "en-US | my son said he wants to die   | 988",
            "es-US | mi amigo no respira           | 911",
            "es-US | me quiero morir               | 988"})
    void the_testing_instructions_name_phrases_that_reach_the_emergency_and_crisis_answers(String locale, String phrase,
                                                                                        String number) throws IOException {
        String instructions = MANIFEST.path("publishingInformation").path("testingInstructions").asText();
        assertThat(instructions).contains("\"" + phrase + "\"");

        JsonNode answer = ask(locale, phrase);
        String speech = answer.path("response").path("outputSpeech").path("ssml").asText().replaceAll("<[^>]+>", "");
        assertThat(speech.substring(0, speech.indexOf('.') + 1)).as(phrase + " -> " + speech).contains(number);
        assertThat(answer.path("response").path("shouldEndSession").asBoolean(true)).isFalse();
        // the reprompt the instructions quote
        String reprompt = answer.path("response").path("reprompt").path("outputSpeech").path("ssml").asText().replaceAll("<[^>]+>", "");
        if ("en-US".equals(locale)) {
            assertThat(instructions).contains("\"" + reprompt + "\"");
        }
    }

    @Test
    void the_testing_instructions_say_how_to_leave_in_both_languages_and_what_the_emergency_reprompt_does() {
        String instructions = MANIFEST.path("publishingInformation").path("testingInstructions").asText();

        assertThat(instructions).contains("Say \"stop\" or \"cancel\" to exit").contains("Say \"salir\" or \"cancelar\" to exit")
                .contains("the session then closes").contains("\"Alexa, open heroin facts\"")
                .contains("\"Alexa, abre datos sobre la heroína\"");
    }

    @Test
    void the_manifest_has_no_placeholder_endpoint_only_one_a_deploy_wrote() throws IOException {
        assertThat(Files.readString(MANIFEST_FILE)).doesNotContain(PLACEHOLDER_ACCOUNT);

        List<JsonNode> endpoints = new ArrayList<>();
        MANIFEST.path("apis").forEach(api -> {
            endpoints.add(api.path("endpoint"));
            api.path("regions").forEach(region -> endpoints.add(region.path("endpoint")));
        });
        for (JsonNode endpoint : endpoints) {
            if (!endpoint.isMissingNode()) {
                // after `ask deploy` the local manifest carries the deployer's own alias (DEPLOY.md)
                assertThat(endpoint.path("uri").asText()).matches(DEPLOYED_ENDPOINT);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("locales")
    void every_locale_declares_that_nothing_personal_is_used_and_any_policy_address_is_https(String locale) {
        JsonNode privacy = MANIFEST.path("privacyAndCompliance");

        assertThat(privacy.path("usesPersonalInfo").asBoolean(true)).isFalse();
        assertThat(privacy.path("containsAds").asBoolean(true)).isFalse();
        assertThat(privacy.path("allowsPurchases").asBoolean(true)).isFalse();
        assertThat(privacy.path("isChildDirected").asBoolean(true)).isFalse();
        assertThat(privacy.path("locales").has(locale)).isTrue();
        JsonNode url = privacy.path("locales").path(locale).path("privacyPolicyUrl");
        if (!url.isMissingNode()) {
            assertThat(url.asText()).startsWith("https://");
        }
    }

    @Test
    void the_privacy_policy_page_says_in_both_languages_that_nothing_is_collected_or_stored() throws IOException {
        String policy = Files.readString(Path.of("PRIVACY.md"));

        assertThat(policy).contains("The skill collects nothing and stores nothing about you.")
                .contains("La skill no recoge ni guarda nada sobre usted.")
                .contains("no words you said").contains("call 911").contains("call or text 988");
    }

    @Test
    void the_privacy_policy_address_is_published_for_every_locale(@TempDir Path folder) throws Exception {
        assumeTrue(onPath("node"), "Node.js is not on the PATH: tools/privacy-policy-url.js cannot run here");
        Path manifest = folder.resolve("skill.json");
        Files.copy(MANIFEST_FILE, manifest);
        String url = "https://example.org/heroin-facts/PRIVACY.md";

        assertThat(node("tools/privacy-policy-url.js", "--manifest", manifest.toString(), url)).isZero();
        JsonNode written = read(manifest).path("manifest");
        for (String locale : Catalogues.LOCALES) {
            assertThat(written.path("privacyAndCompliance").path("locales").path(locale).path("privacyPolicyUrl").asText())
                    .isEqualTo(url);
        }
        ((ObjectNode) written.path("privacyAndCompliance").path("locales").path("en-US"))
                .remove("privacyPolicyUrl");
        ((ObjectNode) written.path("privacyAndCompliance").path("locales").path("es-US"))
                .remove("privacyPolicyUrl");
        assertThat(written).as("nothing else changed").isEqualTo(MANIFEST);

        assertThat(node("tools/privacy-policy-url.js", "--manifest", manifest.toString(), "http://example.org/p")).isEqualTo(2);
    }

    private static JsonNode ask(String locale, String utterance) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"ask", "--json", "--locale", locale, utterance}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(status).isZero();
        return MAPPER.readTree(out.toByteArray());
    }

    private static int node(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("node"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, command)));
    }

    private static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
