package com.heroinfacts.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Request;

import java.util.Optional;

/** Null-safe reads of the parts of a request the skill looks at. */
final class Requests {

    private Requests() {
    }

    static Request request(HandlerInput input) {
        return input.getRequestEnvelope() == null ? null : input.getRequestEnvelope().getRequest();
    }

    static Optional<IntentRequest> intentRequest(HandlerInput input) {
        return request(input) instanceof IntentRequest r && r.getIntent() != null ? Optional.of(r) : Optional.empty();
    }

    static Optional<String> intentName(HandlerInput input) {
        return intentRequest(input).map(r -> r.getIntent().getName());
    }

    static String locale(HandlerInput input) {
        Request request = request(input);
        return request == null ? null : request.getLocale();
    }

    /** The request id, made safe to log: ids arrive from outside and could carry line breaks or worse. */
    static String requestId(HandlerInput input) {
        Request request = request(input);
        return request == null ? "-" : loggable(request.getRequestId());
    }

    static String type(HandlerInput input) {
        Request request = request(input);
        return request == null ? "-" : loggable(request.getType());
    }

    static String loggable(String value) {
        return LogSafe.token(value);
    }
}
