package com.heroinfacts.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.heroinfacts.content.MessageKey;

import java.util.Optional;
import java.util.Set;

/** Every topic question, whether asked by its own intent or as "tell me about {topic}". */
final class TopicHandler implements RequestHandler {

    private final Set<String> topicIds;
    private final Understandings understandings;
    private final Turns turns;

    TopicHandler(Set<String> topicIds, Understandings understandings, Turns turns) {
        this.topicIds = Set.copyOf(topicIds);
        this.understandings = understandings;
        this.turns = turns;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return Requests.intentName(input)
                .filter(name -> name.equals(TopicIntents.TOPIC_INTENT) || isTopic(TopicIntents.topicFor(name)))
                .isPresent();
    }

    private boolean isTopic(String id) {
        return id != null && topicIds.contains(id);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        IntentRequest request = Requests.intentRequest(input).orElseThrow();
        String name = request.getIntent().getName();
        Optional<String> topic = name.equals(TopicIntents.TOPIC_INTENT)
                ? Slots.resolvedId(request.getIntent(), TopicIntents.TOPIC_SLOT).filter(topicIds::contains)
                        .or(() -> routed(request.getLocale(), Slots.text(request.getIntent(), TopicIntents.TOPIC_SLOT)))
                : Optional.of(TopicIntents.topicFor(name));
        Turn turn = turns.start(input);
        return topic.map(turn::topic).orElseGet(() -> turn.message(MessageKey.UNKNOWN_TOPIC));
    }

    /** Words entity resolution did not match may still name a topic in other words ("the narcan spray"). */
    private Optional<String> routed(String locale, Optional<String> words) {
        return words.flatMap(w -> understandings.forLocale(locale).router().route(w)).map(r -> r.topic()).filter(topicIds::contains);
    }
}
