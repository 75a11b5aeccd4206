package com.heroinfacts.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Answers a fixed set of intents with one behaviour of {@link Turn}. */
final class IntentHandler implements RequestHandler {

    private final Set<String> intents;
    private final Turns turns;
    private final Function<Turn, Optional<Response>> behaviour;

    IntentHandler(Set<String> intents, Turns turns, Function<Turn, Optional<Response>> behaviour) {
        this.intents = Set.copyOf(intents);
        this.turns = turns;
        this.behaviour = behaviour;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.intentName(input).filter(intents::contains).isPresent();
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return behaviour.apply(turns.start(input));
    }
}
