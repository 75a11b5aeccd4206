package com.heroinfacts.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Answers each intent in its table with one behaviour of {@link Turn}. */
final class IntentHandler implements RequestHandler {

    private final Map<String, Function<Turn, Optional<Response>>> behaviours;
    private final Turns turns;

    IntentHandler(Map<String, Function<Turn, Optional<Response>>> behaviours, Turns turns) {
        this.behaviours = Map.copyOf(behaviours);
        this.turns = turns;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.intentName(input).filter(behaviours::containsKey).isPresent();
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return behaviours.get(Requests.intentName(input).orElseThrow()).apply(turns.start(input));
    }
}
