package com.heroinfacts.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;

import java.util.Optional;

/**
 * AMAZON.FallbackIntent and anything no other handler took. Must stay last: it matches everything.
 * Requests that are not a user's turn (System.ExceptionEncountered and the like) must get no speech.
 */
final class FallbackHandler implements RequestHandler {

    private final Turns turns;

    FallbackHandler(Turns turns) {
        this.turns = turns;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return true;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return Requests.intentRequest(input).isPresent()
                ? turns.start(input).fallback()
                : Reply.silent(input);
    }
}
