package com.heroinfacts.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Context;
import com.amazon.ask.model.Device;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.SupportedInterfaces;
import com.amazon.ask.model.interfaces.system.SystemState;

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

    /**
     * Whether the device renders APL (an Echo Show, a Fire TV, the Alexa app). Read step by step because the
     * SDK's RequestHelper.getSupportedInterfaces() throws on a request without context or device.
     */
    static boolean supportsApl(HandlerInput input) {
        Context context = input.getRequestEnvelope() == null ? null : input.getRequestEnvelope().getContext();
        SystemState system = context == null ? null : context.getSystem();
        Device device = system == null ? null : system.getDevice();
        SupportedInterfaces interfaces = device == null ? null : device.getSupportedInterfaces();
        return interfaces != null && interfaces.getAlexaPresentationAPL() != null;
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
