package com.heroinfacts.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;

import java.util.Optional;

/**
 * The catch-all question: Alexa sends the words after a carrier phrase ("what {query}", "my {query}") and the
 * skill routes them itself. {@link SafetyHandler} has already heard any emergency in them; here the router
 * picks a topic, and when none fits the person hears the fallback answer, never their own words back.
 */
final class QuestionHandler implements RequestHandler {

    static final String QUESTION_INTENT = "QuestionIntent";
    static final String QUERY_SLOT = "query";

    private final Understandings understandings;
    private final Turns turns;

    QuestionHandler(Understandings understandings, Turns turns) {
        this.understandings = understandings;
        this.turns = turns;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.intentName(input).filter(QUESTION_INTENT::equals).isPresent();
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Optional<String> query = Requests.intentRequest(input).flatMap(r -> Slots.text(r.getIntent(), QUERY_SLOT));
        Turn turn = turns.start(input);
        return query.flatMap(q -> understandings.forLocale(Requests.locale(input)).router().route(q))
                .map(route -> turn.topic(route.topic()))
                .orElseGet(turn::fallback);
    }
}
