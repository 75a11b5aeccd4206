package com.heroinfacts.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.heroinfacts.understanding.Understanding;

import java.util.Optional;

/**
 * The catch-all questions: Alexa sends the words after a carrier phrase ("what {query}", "my {query}") and the
 * skill routes them itself, with the question word put back for the catch-alls whose carrier is one ("where
 * {query}"), as {@link Understanding#question} reads it from the locale's data. {@link SafetyHandler} has already
 * heard any emergency in the query; here the router picks a topic, and when none fits the person hears the
 * fallback answer, never their own words back.
 */
final class QuestionHandler implements RequestHandler {

    static final String QUESTION_INTENT = Understanding.QUESTION_INTENT;
    static final String QUERY_SLOT = "query";

    private final Understandings understandings;
    private final Turns turns;

    QuestionHandler(Understandings understandings, Turns turns) {
        this.understandings = understandings;
        this.turns = turns;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.intentName(input).filter(understandings.catchAllIntents()::contains).isPresent();
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Optional<IntentRequest> request = Requests.intentRequest(input);
        Optional<String> query = request.flatMap(r -> Slots.text(r.getIntent(), QUERY_SLOT));
        Turn turn = turns.start(input);
        Understanding understanding = understandings.forLocale(Requests.locale(input));
        return query.flatMap(q -> understanding.question(request.get().getIntent().getName(), q))
                .flatMap(question -> understanding.router().route(question))
                .map(route -> turn.topic(route.topic()))
                .orElseGet(turn::fallback);
    }
}
