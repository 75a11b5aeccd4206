package com.heroinfacts.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.SessionEndedRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/** Alexa allows no speech here; the reason and error type are all that is worth keeping. */
final class SessionEndedHandler implements RequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SessionEndedHandler.class);

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.request(input) instanceof SessionEndedRequest;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        SessionEndedRequest ended = (SessionEndedRequest) Requests.request(input);
        // the error message is free text from Alexa and may quote the user, so only its type is logged, as the
        // SDK's enum: the raw string would pass any text through (unknown values become UNKNOWN_TO_SDK_VERSION)
        LOG.info("request {} session ended: reason={} errorType={}", Requests.requestId(input), ended.getReason(),
                ended.getError() == null ? "-" : ended.getError().getType());
        return Reply.silent(input);
    }
}
