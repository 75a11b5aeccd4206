package com.heroinfacts.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.heroinfacts.content.Catalogues;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The held-out emergency and crisis lines through {@code serve --no-verify}: the same answers over HTTP. */
class ServeEmergencyTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "es-US"})
    void every_held_out_emergency_line_gets_911_or_988_first_over_http(String locale) throws Exception {
        Set<String> emergencyTopics = new java.util.HashSet<>();
        Catalogues.loadAll().forLocale(locale).topics().forEach((id, topic) -> {
            if (topic.emergency()) {
                emergencyTopics.add(id);
            }
        });
        List<String> lines;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                getClass().getClassLoader().getResourceAsStream("heldout/" + locale + ".tsv"), StandardCharsets.UTF_8))) {
            lines = in.lines().filter(l -> l.contains("\t") && emergencyTopics.contains(l.substring(0, l.indexOf('\t'))))
                    .map(l -> l.substring(l.indexOf('\t') + 1)).toList();
        }
        UtteranceResolver resolver = Conversations.resolverFor(locale);
        LocalSkill skill = LocalSkill.fromEnvironment();
        try (SkillServer serve = SkillServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), skill, null);
             LoopbackHttp http = new LoopbackHttp(serve.port())) {
            for (String line : lines) {
                byte[] request = MAPPER.writeValueAsBytes(new LocalSession(locale, null).requestFor(resolver.resolve(line)));
                LoopbackHttp.Answer answer = http.post("/", request);
                JsonNode response = MAPPER.readTree(answer.body());
                String spoken = SpokenText.of(response.path("response").path("outputSpeech").path("ssml").asText());

                assertThat(answer.status()).as(line).isEqualTo(200);
                assertThat(spoken.split("(?<=[.!?])\\s+", 2)[0]).as(line).containsAnyOf("911", "988");
            }
        }
        assertThat(lines).hasSizeGreaterThan(40);
    }
}
