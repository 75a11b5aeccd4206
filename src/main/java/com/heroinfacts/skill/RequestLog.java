package com.heroinfacts.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;
import com.amazon.ask.dispatcher.request.interceptor.ResponseInterceptor;
import com.amazon.ask.model.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * One line per request: id, type, intent, locale and time taken. Never user, device or session ids,
 * tokens, slot values or attributes: those identify people or carry their words.
 */
final class RequestLog implements RequestInterceptor, ResponseInterceptor {

    private static final Logger LOG = LoggerFactory.getLogger(RequestLog.class);
    private static final String STARTED = "startedNanos";

    @Override
    public void process(HandlerInput input) {
        input.getAttributesManager().getRequestAttributes().put(STARTED, System.nanoTime());
    }

    @Override
    public void process(HandlerInput input, Optional<Response> response) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        Object started = input.getAttributesManager().getRequestAttributes().get(STARTED);
        long micros = started instanceof Long nanos ? (System.nanoTime() - nanos) / 1_000 : -1;
        LOG.info("request {} {} intent={} locale={} took={}us", Requests.requestId(input), Requests.type(input),
                Requests.intentName(input).map(Requests::loggable).orElse("-"), Requests.loggable(Requests.locale(input)), micros);
    }
}
