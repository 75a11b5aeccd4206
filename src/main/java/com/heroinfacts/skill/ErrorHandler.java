package com.heroinfacts.skill;

import com.amazon.ask.dispatcher.exception.ExceptionHandler;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.heroinfacts.content.MessageKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/** Any failure: logged once with the request id, and the user hears an apology and a way forward. */
final class ErrorHandler implements ExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);

    private final Turns turns;

    ErrorHandler(Turns turns) {
        this.turns = turns;
    }

    @Override
    public boolean canHandle(HandlerInput input, Throwable throwable) {
        return true;
    }

    @Override
    public Optional<Response> handle(HandlerInput input, Throwable throwable) {
        // the type and stack only: exception messages can quote the request, and so the user's words
        LOG.error("request {} failed: {}", Requests.requestId(input), throwable.getClass().getName(),
                LogSafe.redacted(throwable));
        return turns.start(input).message(MessageKey.ERROR);
    }
}
