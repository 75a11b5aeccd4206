package com.heroinfacts.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.heroinfacts.SkillTester;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar's commands, run in-process with their real streams. */
class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        return Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void ask_says_heroin_is_a_depressant_not_a_stimulant() {
        assertThat(run("", "ask", "is heroin a stimulant")).isZero();

        assertThat(stdout()).contains("Alexa: Heroin isn't a stimulant.").contains("depressant").contains("(listening)")
                .contains("[card] Is heroin a stimulant?");
    }

    @Test
    void ask_json_prints_the_full_envelope_and_explain_says_why() throws Exception {
        assertThat(run("", "ask", "--json", "--explain", "what", "is", "speedballing")).isZero();

        assertThat(stdout()).startsWith("heard: SpeedballingIntent {} (sample \"what is speedballing\")");
        JsonNode envelope = SkillTester.JSON.readTree(stdout().substring(stdout().indexOf("\n{")));
        SkillTester.assertFollowsResponseRules(envelope);
    }

    @Test
    void invoke_answers_each_envelope_on_a_line_of_its_own() throws Exception {
        String launch = SkillTester.fixture("launch.json").toString();
        String help = SkillTester.intent("AMAZON.HelpIntent").toPrettyString();

        assertThat(run(launch + "\n" + help, "invoke")).isZero();

        List<String> lines = stdout().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(SkillTester.speech(SkillTester.JSON.readTree(lines.get(0)))).startsWith("Welcome to Heroin Facts");
        assertThat(SkillTester.speech(SkillTester.JSON.readTree(lines.get(1)))).startsWith("I answer short questions");
    }

    @Test
    void invoke_with_malformed_json_says_what_is_wrong_in_one_line_and_exits_2() {
        assertThat(run("{\"version\": \"1.0\", \"request\": ", "invoke")).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("invoke: malformed JSON at line 1").hasLineCount(1);
        assertThat(stdout()).isEmpty();
    }

    @Test
    void invoke_with_no_input_or_a_non_object_exits_2() {
        assertThat(run("", "invoke")).isEqualTo(2);
        assertThat(run("[1, 2]", "invoke")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no request envelope").contains("is not a JSON object");
    }

    @Test
    void batch_gives_one_json_line_per_utterance_each_in_a_fresh_session() throws Exception {
        assertThat(run("is dope a downer\n\nyes\nwhat's the weather\n", "batch")).isZero();

        List<JsonNode> rows = stdout().lines().map(line -> {
            try {
                return SkillTester.JSON.readTree(line);
            } catch (Exception e) {
                throw new AssertionError(line, e);
            }
        }).toList();
        assertThat(rows).extracting(r -> r.path("intent").asText())
                .containsExactly("StimulantOrDepressantIntent", "AMAZON.YesIntent", "QuestionIntent");
        assertThat(SkillTester.speech(rows.get(1).path("response"))).as("a fresh session has nothing offered")
                .startsWith("I didn't ask a question");
    }

    @Test
    void batch_report_prints_the_emergency_and_routing_figures_for_a_list() {
        String list = "overdose\tmy buddy's lips went grey and he won't wake up\nnaloxone\tis narcan a medicine that reverses an overdose\n"
                + "statistics\twhat is the capital of france\nhow do i bake bread\n";

        assertThat(run(list, "batch", "--report")).isZero();

        assertThat(stdout()).contains("emergency and crisis phrasings with 911 or 988 in the first sentence: 1/1 (100.0%)")
                .contains("ordinary questions reaching the expected topic: 1/2 (50.0%)")
                .contains("miss: expected statistics, got (no topic)")
                .contains("(no topic) (911/988 first): how do i bake bread");
    }

    @Test
    void explain_names_the_layer_that_decided_on_free_words() {
        assertThat(run("", "ask", "--explain", "my friend's lips are turning blue")).isZero();
        assertThat(stdout()).contains("catch-all: carrier phrase \"my\"").contains("skill: safety recogniser heard OVERDOSE")
                .contains("Alexa: Call 911 now.");

        assertThat(run("", "ask", "--explain", "is narcan a medicine that reverses an overdose")).isZero();
        assertThat(stdout()).containsPattern("skill: router: closest topic naloxone, score 0\\.\\d\\d");
    }

    @Test
    void the_simulator_carries_the_session_between_turns_until_quit() {
        assertThat(run("open heroin facts\nwhat is speedballing\nyes\nquit\nstop\n")).isZero();

        assertThat(stdout()).contains("Alexa: Welcome to Heroin Facts").contains("Alexa: Speedballing")
                .contains("Alexa: Effective treatments").doesNotContain("Take care");
    }

    @Test
    void an_unknown_command_or_option_prints_usage_and_exits_2() {
        assertThat(run("", "dance")).isEqualTo(2);
        assertThat(run("", "ask", "--loud", "hi")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command: dance").contains("usage:");
    }

    @Test
    void a_locale_without_a_model_is_a_clear_error() {
        assertThat(run("", "ask", "--locale", "xx-XX", "hello")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no interaction model for locale xx-XX");
    }
}
