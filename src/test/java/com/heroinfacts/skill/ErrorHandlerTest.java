package com.heroinfacts.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.ui.SsmlOutputSpeech;
import com.amazon.ask.util.JacksonSerializer;
import com.heroinfacts.SkillTester;
import com.heroinfacts.content.Catalogues;
import com.heroinfacts.content.PhoneNumbers;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorHandlerTest {

    @Test
    void any_failure_gets_a_short_apology_a_way_forward_and_a_reprompt() throws Exception {
        RequestEnvelope envelope = new JacksonSerializer().deserialize(
                SkillTester.JSON.writeValueAsString(SkillTester.intent("EffectsIntent")), RequestEnvelope.class);
        HandlerInput input = HandlerInput.builder().withRequestEnvelope(envelope).build();
        ErrorHandler handler = new ErrorHandler(new Turns(Catalogues.loadAll(), PhoneNumbers.defaults(), Screens.load()));

        Optional<Response> response = handler.handle(input, new IllegalStateException("boom"));

        assertThat(handler.canHandle(input, new RuntimeException())).isTrue();
        String speech = ((SsmlOutputSpeech) response.orElseThrow().getOutputSpeech()).getSsml();
        assertThat(speech).contains("Sorry, something went wrong.").contains("1-800-662-4357");
        assertThat(response.get().getReprompt()).isNotNull();
        assertThat(response.get().getShouldEndSession()).isFalse();
    }
}
