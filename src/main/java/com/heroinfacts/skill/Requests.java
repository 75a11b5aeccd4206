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
        if (value == null) {
            return "-";
        }
        // what replaceAll("[^A-Za-z0-9._:-]", "?") gives, by hand: this runs four times a request, a regex compiles each time
        StringBuilder safe = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            boolean allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == ':' || c == '-';
            safe.append(allowed ? (char) c : '?');
            i += Character.charCount(c);
        }
        return safe.length() > 100 ? safe.substring(0, 100) + "..." : safe.toString();
    }
}
