package com.heroinfacts.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Directive;
import com.amazon.ask.model.Response;
import com.amazon.ask.response.ResponseBuilder;
import com.heroinfacts.content.Speech;

import java.util.List;
import java.util.Optional;

/**
 * The only code that builds responses. {@code ask} leaves the session open and always carries a reprompt;
 * {@code tell} ends it. (The SDK's withReprompt forces the session open, so only {@code ask} uses it.)
 */
final class Reply {

    private Reply() {
    }

    static Optional<Response> ask(HandlerInput input, Speech speech, Speech reprompt, Card card) {
        return ask(input, speech, reprompt, card, List.of());
    }

    /** @param directives such as a screen for the device; empty where the device has none */
    static Optional<Response> ask(HandlerInput input, Speech speech, Speech reprompt, Card card, List<Directive> directives) {
        ResponseBuilder builder = input.getResponseBuilder()
                .withSpeech(speech.ssml())
                .withReprompt(reprompt.ssml())
                .withShouldEndSession(false);
        directives.forEach(builder::addDirective);
        return withCard(builder, card).build();
    }

    static Optional<Response> tell(HandlerInput input, Speech speech, Card card) {
        ResponseBuilder builder = input.getResponseBuilder()
                .withSpeech(speech.ssml())
                .withShouldEndSession(true);
        return withCard(builder, card).build();
    }

    /** For requests Alexa allows no speech in reply to, such as SessionEndedRequest. */
    static Optional<Response> silent(HandlerInput input) {
        return input.getResponseBuilder().build();
    }

    private static ResponseBuilder withCard(ResponseBuilder builder, Card card) {
        return card == null ? builder : builder.withSimpleCard(card.title(), card.text());
    }
}
