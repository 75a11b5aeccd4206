package com.heroinfacts.understanding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The question router over a model's samples and slot synonyms, independent of the skill's own topics. */
class QuestionRouterTest {

    private static final String MODEL = """
            {"interactionModel": {"languageModel": {"intents": [
              {"name": "NaloxoneIntent", "samples": ["what is naloxone", "how does narcan work", "where can i get narcan"]},
              {"name": "WithdrawalIntent", "samples": ["what is withdrawal like", "how long does withdrawal last"]},
              {"name": "KratomIntent", "samples": ["what is kratom", "is kratom an opioid"]},
              {"name": "AMAZON.StopIntent", "samples": []}],
             "types": [{"name": "TOPIC", "values": [{"id": "naloxone", "name": {"value": "naloxone", "synonyms": ["the reversal spray"]}}]}]}}}
            """;
    private static final Map<String, String> TOPICS = Map.of("NaloxoneIntent", "naloxone", "WithdrawalIntent", "withdrawal",
            "KratomIntent", "kratom");

    /** As a locale's understanding/<locale>.json says them: filler words, and an everyday word read as the model's. */
    private static final String VOCABULARY = """
            {"fillers": ["what", "is", "the", "of", "a", "an", "does", "do", "can", "i", "exactly", "really"],
             "sameAs": {"antidote": "naloxone", "nose spray": "naloxone", "dope sick": "withdrawal"}}
            """;

    private final QuestionRouter router = QuestionRouter.fromModel(json(MODEL), TOPICS, Vocabulary.from(json(VOCABULARY)));

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({"does narcan work on fentanyl, naloxone", "tell me about the reversal spray, naloxone",
            "how long do withdrawals last, withdrawal", "is kratom really an opioid, kratom"})
    void a_question_in_other_words_reaches_its_topic(String question, String topic) {
        assertThat(router.route(question)).get().extracting(QuestionRouter.Route::topic).isEqualTo(topic);
    }

    @ParameterizedTest
    @ValueSource(strings = {"what is the capital of france", "play some music", "", "quel est le numéro de téléphone"})
    void words_that_fit_no_topic_well_enough_route_nowhere(String question) {
        assertThat(router.route(question)).isEmpty();
        assertThat(router.best(question).score()).isLessThan(QuestionRouter.THRESHOLD);
    }

    @Test
    void filler_words_decide_nothing_and_everyday_words_read_as_the_models() {
        assertThat(router.route("what exactly is kratom")).get().extracting(QuestionRouter.Route::topic).isEqualTo("kratom");
        assertThat(router.route("what is the antidote")).get().extracting(QuestionRouter.Route::topic).isEqualTo("naloxone");
        assertThat(router.route("what is it exactly")).as("nothing but filler").isEmpty();
    }

    @Test
    void an_everyday_phrase_of_several_words_reads_as_the_models_word() {
        assertThat(router.route("where do you buy the nose spray")).get().extracting(QuestionRouter.Route::topic).isEqualTo("naloxone");
        assertThat(router.route("how long are you dope sick")).get().extracting(QuestionRouter.Route::topic).isEqualTo("withdrawal");
        assertThat(router.best("how long is a nose").topic()).as("one word of a phrase is only itself").isNotEqualTo("naloxone");
    }

    @Test
    void an_answer_only_the_safety_recogniser_gives_is_never_routed_to() {
        QuestionRouter withHeardOnly = QuestionRouter.fromModel(json(MODEL.replace("KratomIntent", "TookTooMuchIntent")),
                Map.of("NaloxoneIntent", "naloxone", "TookTooMuchIntent", "took_too_much"), Vocabulary.from(json(VOCABULARY)));
        assertThat(withHeardOnly.best("is kratom an opioid").topic()).isEqualTo("took_too_much");
        assertThat(withHeardOnly.route("is kratom an opioid")).as("the fallback, which leads with 911 and 988").isEmpty();
    }

    @Test
    void a_query_longer_than_anyone_speaks_routes_nowhere() {
        assertThat(router.route("what is naloxone ".repeat(600))).isEmpty();
    }

    @Test
    void a_topic_only_in_the_model_and_the_map_is_picked_up_with_no_code_change() {
        assertThat(router.route("is kratom an opioid drug")).get().extracting(QuestionRouter.Route::topic).isEqualTo("kratom");
        assertThat(QuestionRouter.fromModel(json(MODEL), Map.of("NaloxoneIntent", "naloxone"), Vocabulary.from(json(VOCABULARY))).route("is kratom an opioid"))
                .as("an intent that is not a topic is not routed to").isEmpty();
    }

    private static Object json(String text) {
        try {
            return QuestionRouter.readModel(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
