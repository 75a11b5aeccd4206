package com.heroinfacts.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.heroinfacts.content.PhoneNumbers;
import com.heroinfacts.lambda.Refusal;
import com.heroinfacts.skill.SkillSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At least 20,000 generated request bodies (mutations of every fixture, see {@link Mutator}; seed and count can be
 * set with -Dfuzz.seed and -Dfuzz.requests), each through the Lambda stream handler and through {@code serve
 * --no-verify} over HTTP. Nothing may escape the handler; each body gets what {@link EnvelopeCheck} says it
 * deserves. Everything logged during the run is kept, to show that no user's identifiers or words reach the logs.
 * It takes most of a minute, so it runs in the integration phase ({@code ./mvnw verify}), not with the unit tests.
 */
class RobustnessIT {

    private static final String SKILL_ID = "amzn1.ask.skill.5c3f2a9e-7d41-4b8a-9e0f-2a6b1c4d8e70";
    private static final long SEED = Long.getLong("fuzz.seed", 20_261_128L);
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 20_000);
    private static final int SHOWN = 15;

    private static List<Fixtures.Fixture> fixtures;
    private static final Tally handler = new Tally();
    private static final Tally server = new Tally();
    private static int healthAfterwards;
    private static String log;

    @BeforeAll
    static void run() throws Exception {
        fixtures = Fixtures.load(SKILL_ID);
        LocalSkill skill = LocalSkill.with(new SkillSettings(SKILL_ID, PhoneNumbers.defaults()));
        EnvelopeCheck check = new EnvelopeCheck();
        Mutator mutator = new Mutator(new Random(SEED));
        long started = System.nanoTime();
        try (LogCapture capture = LogCapture.start();
             SkillServer serve = SkillServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), skill, null);
             LoopbackHttp http = new LoopbackHttp(serve.port())) {
            for (int i = 0; i < REQUESTS; i++) {
                Mutator.Mutation mutation = mutator.mutate(fixtures.get(i % fixtures.size()));
                Optional<Refusal> expected = EnvelopeCheck.expectedRefusal(mutation.body(), SKILL_ID);
                long before = System.nanoTime();
                byte[] answer = throughHandler(skill, check, mutation, expected);
                long between = System.nanoTime();
                throughServer(http, mutation, expected, answer);
                handler.nanos += between - before;
                server.nanos += System.nanoTime() - between;
            }
            healthAfterwards = ((HttpURLConnection) new URL("http://127.0.0.1:" + serve.port() + "/health").openConnection())
                    .getResponseCode();
            log = capture.text();
        }
        System.out.printf("robustness: %d generated requests from %d fixtures, seed %d, %d ms%n  through the stream handler: %s%n"
                + "  through the HTTP server:    %s%n  /health afterwards: %d; log lines captured: %d%n",
                REQUESTS, fixtures.size(), SEED, (System.nanoTime() - started) / 1_000_000, handler, server, healthAfterwards,
                log.lines().count());
    }

    @Test
    void no_generated_request_makes_the_stream_handler_throw() {
        assertThat(handler.total).isEqualTo(REQUESTS).isGreaterThanOrEqualTo(Integer.getInteger("fuzz.minimum", 20_000));
        assertThat(handler.escaped).as("exceptions escaping the stream handler").isEmpty();
    }

    @Test
    void each_well_formed_request_gets_a_valid_envelope_and_each_other_the_clean_refusal() {
        assertThat(handler.wrong).as("answers from the stream handler").isEmpty();
        // the run means something only if it produced plenty of every outcome
        assertThat(handler.outcomes.get("envelope")).isGreaterThan(REQUESTS / 4);
        for (Refusal refusal : List.of(Refusal.MALFORMED_JSON, Refusal.NOT_ALEXA_REQUEST, Refusal.WRONG_SKILL_ID)) {
            assertThat(handler.outcomes.getOrDefault(refusal.code(), 0)).as(refusal.code()).isGreaterThan(REQUESTS / 100);
        }
        assertThat(handler.outcomes).doesNotContainKey(Refusal.INTERNAL_ERROR.code());
    }

    @Test
    void the_http_server_answers_every_request_as_the_handler_does_and_keeps_serving() {
        assertThat(server.wrong).as("answers from the HTTP server").isEmpty();
        assertThat(server.total).isEqualTo(REQUESTS);
        assertThat(server.outcomes.get("200")).isGreaterThan(REQUESTS / 4);
        assertThat(server.outcomes.get("413")).isPositive();
        assertThat(healthAfterwards).isEqualTo(200);
    }

    @Test
    void logs_name_requests_and_refusals_but_no_user_ids_tokens_or_words() {
        assertThat(log).contains("RequestLog - request amzn1.echo-api.request.").contains("intent=TopicIntent")
                .contains("refused: malformed_json").contains("refused: wrong_skill_id").contains("413 too_large");
        List<String> leaked = new ArrayList<>();
        for (Fixtures.Fixture fixture : fixtures) {
            for (String secret : Secrets.identifiers(fixture.envelope())) {
                if (log.contains(secret)) {
                    leaked.add(fixture.name() + ": identifier " + secret.substring(0, 24) + "...");
                }
            }
            for (String words : Secrets.words(fixture.envelope())) {
                if (Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(words) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(log).find()) {
                    leaked.add(fixture.name() + ": words \"" + words + "\"");
                }
            }
        }
        assertThat(Secrets.count(fixtures)).as("identifiers and words looked for").isGreaterThan(fixtures.size() * 5);
        assertThat(leaked).isEmpty();
    }

    /** @return the handler's answer, or null when it threw */
    private static byte[] throughHandler(LocalSkill skill, EnvelopeCheck check, Mutator.Mutation mutation, Optional<Refusal> expected) {
        LocalSkill.Outcome answer;
        try {
            answer = skill.invoke(mutation.body());
        } catch (Throwable escaped) {
            handler.escape(mutation, escaped);
            return null;
        }
        handler.judge(mutation, expected, answer, check);
        return answer.bytes();
    }

    /** The server must answer with the handler's very bytes (the skill is deterministic), or 413 when the body is too large. */
    private static void throughServer(LoopbackHttp http, Mutator.Mutation mutation, Optional<Refusal> expected, byte[] handlerAnswer)
            throws IOException {
        int status;
        byte[] body;
        try {
            LoopbackHttp.Answer answer = http.post("/", mutation.body());
            status = answer.status();
            body = answer.body();
        } catch (IOException e) {
            http.close();
            server.count("no answer");
            server.wrong(mutation, "no answer: " + e);
            return;
        }
        server.count(String.valueOf(status));
        int wanted = mutation.body().length > SkillServer.MAX_BODY_BYTES ? 413 : expected.isEmpty() ? 200 : 400;
        if (status != wanted) {
            server.wrong(mutation, "status " + status + ", wanted " + wanted);
        } else if (status != 413 && !Arrays.equals(body, handlerAnswer)) {
            server.wrong(mutation, "answered " + status + " with other bytes than the stream handler");
        }
    }

    /** Counts of outcomes and the first few wrong answers, with how their bodies were made. */
    private static final class Tally {
        private int total;
        private final Map<String, Integer> outcomes = new TreeMap<>();
        private final List<String> wrong = new ArrayList<>();
        private final List<String> escaped = new ArrayList<>();
        private int wrongCount;
        private long nanos;

        void judge(Mutator.Mutation mutation, Optional<Refusal> expected, LocalSkill.Outcome answer, EnvelopeCheck check) {
            Optional<Refusal> refused = answer instanceof LocalSkill.Refused r ? Optional.of(r.refusal()) : Optional.empty();
            count(refused.map(Refusal::code).orElse("envelope"));
            if (!refused.equals(expected)) {
                wrong(mutation, "answered " + refused.map(Refusal::code).orElse("an envelope") + ", wanted "
                        + expected.map(Refusal::code).orElse("an envelope"));
            } else if (expected.isEmpty()) {
                List<String> problems = new ArrayList<>(check.problems(answer.bytes(), Secrets.isSessionEnded(mutation.body())));
                problems.addAll(SessionState.problems(answer.bytes()));
                if (!problems.isEmpty()) {
                    wrong(mutation, String.join("; ", problems));
                }
            }
        }

        void escape(Mutator.Mutation mutation, Throwable escaped) {
            total++;
            this.escaped.add(mutation.description() + ": " + escaped);
        }

        void count(String outcome) {
            total++;
            outcomes.merge(outcome, 1, Integer::sum);
        }

        void wrong(Mutator.Mutation mutation, String why) {
            if (wrongCount++ < SHOWN) {
                wrong.add(mutation.description() + " -> " + why);
            }
        }

        @Override
        public String toString() {
            return total + " " + outcomes + ", " + wrongCount + " wrong, " + escaped.size() + " escaped, "
                    + nanos / 1_000_000 + " ms";
        }
    }
}
