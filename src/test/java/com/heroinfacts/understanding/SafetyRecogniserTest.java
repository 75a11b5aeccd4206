package com.heroinfacts.understanding;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What the safety recogniser hears, in the words of the issue, and the questions it must leave alone. */
class SafetyRecogniserTest {

    private static final SafetyRecogniser ENGLISH = SafetyRecogniser.loadIfPresent("en-US");
    private static final SafetyRecogniser SPANISH = SafetyRecogniser.loadIfPresent("es-US");

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "My friend's lips are turning BLUE! | OVERDOSE",
            "he is snoring and i can’t wake him | OVERDOSE",
            "she's making a gurgling sound | OVERDOSE",
            "my son passed out after using and won't wake up | OVERDOSE",
            "I took too much | TOOK_TOO_MUCH",
            "i swallowed a handful of pills | TOOK_TOO_MUCH",
            "I took everything | TOOK_TOO_MUCH",
            "i just used and can't breathe | TOOK_TOO_MUCH",
            "I want to die | CRISIS_SELF",
            "there's no point going on | CRISIS_SELF",
            "honestly i'd be better off dead | CRISIS_SELF",
            "i'm going to kill myself | CRISIS_SELF",
            "I want to end it all | CRISIS_SELF",
            "i want to die and my wife doesn't know | CRISIS_SELF",
            "my brother keeps saying he would be better off dead | CRISIS_OTHER",
            "my daughter wants to kill herself | CRISIS_OTHER",
            "i want to die so i took all my pills | CRISIS_AND_TOOK",
            "i swallowed a bottle of pills to end it | CRISIS_AND_TOOK",
    })
    void english_emergencies_and_crises_are_heard_in_peoples_own_words(String said, SafetyKind kind) {
        assertThat(ENGLISH.classify(said)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "mi amigo tiene los labios morados | OVERDOSE",
            "mi esposo ronca y no se despierta | OVERDOSE",
            "me tomé un puño de pastillas | TOOK_TOO_MUCH",
            "creo que me pasé con la chiva | TOOK_TOO_MUCH",
            "ya no quiero vivir | CRISIS_SELF",
            "la vida no tiene sentido | CRISIS_SELF",
            "mi hermano dice que estaría mejor muerto | CRISIS_OTHER",
            "me quiero morir y me tomé todas las pastillas | CRISIS_AND_TOOK",
    })
    void spanish_emergencies_and_crises_are_heard_too(String said, SafetyKind kind) {
        assertThat(SPANISH.classify(said)).isEqualTo(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"how can you tell that someone has overdosed", "what are the signs of an overdose",
            "what is the suicide hotline", "is heroin a stimulant", "what is narcan", "", "   ",
            "what happens if you take too much heroin", "<speak>hello</speak>"})
    void questions_about_emergencies_stay_questions(String said) {
        assertThat(ENGLISH.classify(said)).isEqualTo(SafetyKind.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cómo se sabe si alguien tiene una sobredosis", "cuáles son las señales de una sobredosis",
            "qué es la naloxona", "la heroína es un estimulante"})
    void spanish_questions_stay_questions(String said) {
        assertThat(SPANISH.classify(said)).isEqualTo(SafetyKind.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "i want to die "})
    void a_very_long_text_is_read_only_so_far_and_still_heard(String repeated) {
        String text = repeated.repeat(10_000 / repeated.length());

        assertThat(ENGLISH.classify(text)).isEqualTo(repeated.isBlank() || repeated.length() == 1 ? SafetyKind.NONE : SafetyKind.CRISIS_SELF);
    }

    @ParameterizedTest
    @CsvSource({"Overdosing, overdos", "overdosed, overdos", "overdose, overdos", "pastillas, pastill", "pastilla, pastill",
            "breathing, breath", "heroína, heroin", "respirando, respir"})
    void the_stemmer_meets_the_forms_people_use(String word, String stem) {
        assertThat(Words.stems(word)).containsExactly(stem);
    }
}
