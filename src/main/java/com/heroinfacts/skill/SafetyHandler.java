package com.heroinfacts.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.heroinfacts.understanding.SafetyKind;

import java.util.List;
import java.util.Optional;

/**
 * Any words the skill receives in a slot (the catch-all's query, a topic slot's raw value) that describe an
 * overdose or a crisis are answered with 911 or 988 first, whatever intent carried them and whatever came
 * before. Early in the chain, so no other handler can answer them as a question.
 */
final class SafetyHandler implements RequestHandler {

    private final Understandings understandings;
    private final Turns turns;

    SafetyHandler(Understandings understandings, Turns turns) {
        this.understandings = understandings;
        this.turns = turns;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return heard(input).isPresent();
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return turns.start(input).topic(heard(input).orElseThrow().topic());
    }

    private Optional<SafetyKind> heard(HandlerInput input) {
        List<String> texts = Requests.intentRequest(input).map(r -> Slots.texts(r.getIntent())).orElse(List.of());
        return texts.isEmpty() ? Optional.empty() : understandings.emergencyIn(Requests.locale(input), texts);
    }
}
