package com.heroinfacts.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;

import java.util.Optional;

final class LaunchHandler implements RequestHandler {

    private final Turns turns;

    LaunchHandler(Turns turns) {
        this.turns = turns;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.request(input) instanceof LaunchRequest;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return turns.start(input).welcome();
    }
}
