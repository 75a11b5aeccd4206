package com.heroinfacts.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Directive;
import com.amazon.ask.model.Response;
import com.heroinfacts.content.Catalogue;
import com.heroinfacts.content.Message;
import com.heroinfacts.content.MessageKey;
import com.heroinfacts.content.PhoneNumbers;
import com.heroinfacts.content.Speech;
import com.heroinfacts.content.Topic;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One request's answer: picks the words from the locale's catalogue, keeps the conversation's memory in step,
 * and hands the result to {@link Reply}. Every behaviour of the skill is a method here; handlers only choose one.
 */
final class Turn {

    static final String OVERDOSE = "overdose";
    static final String CRISIS = "crisis";
    static final String HELPLINE = "helpline";
    /** The emergency topics after which goodbye says 911 for the speaker: they have taken something. */
    private static final Set<String> TOOK_SOMETHING = Set.of("took_too_much", "crisis_and_took");
    /** Besides topic answers, the messages a screen shows: the emergency numbers. */
    static final Set<MessageKey> SCREEN_MESSAGES = EnumSet.of(MessageKey.OVERDOSE_NUMBER, MessageKey.CRISIS_NUMBER);

    private final HandlerInput input;
    private final Catalogue catalogue;
    private final PhoneNumbers numbers;
    private final Screens screens;
    private final Conversation conversation;

    Turn(HandlerInput input, Catalogue catalogue, PhoneNumbers numbers, Screens screens) {
        this.input = input;
        this.catalogue = catalogue;
        this.numbers = numbers;
        this.screens = screens;
        this.conversation = Conversation.of(input, catalogue);
    }

    Optional<Response> topic(String id) {
        if (!catalogue.hasTopic(id)) {
            return message(MessageKey.UNKNOWN_TOPIC);
        }
        Topic topic = catalogue.topic(id);
        Speech answer = speak(topic.speech());
        Speech offer = speak(topic.offer());
        Speech reprompt = topic.reprompt() != null
                ? speak(topic.reprompt())
                : Speech.render(catalogue.message(MessageKey.TOPIC_REPROMPT).speech(), numbers, Map.of("offer", offer));
        // said once per session; an emergency answer is not delayed by it (its card carries it)
        Speech disclaimer = conversation.disclaimed() || topic.emergency()
                ? Speech.EMPTY : speak(catalogue.message(MessageKey.DISCLAIMER).speech());
        if (!disclaimer.text().isEmpty()) {
            conversation.disclaimerSaid();
        }
        conversation.answeredTopic(id, topic.next(), topic.emergency());
        return Reply.ask(input, answer.then(disclaimer).then(offer), reprompt, card(topic.title(), answer),
                screen(topic.title(), topic.speech(), answer, topic.emergency()));
    }

    Optional<Response> message(MessageKey key) {
        Message message = catalogue.message(key);
        Speech speech = speak(message.speech());
        Card card = message.title() == null ? null : card(message.title(), speech);
        if (!message.keepsSessionOpen()) {
            return Reply.tell(input, speech, card);
        }
        conversation.saidMessage(key, message.offers());
        List<Directive> screen = SCREEN_MESSAGES.contains(key)
                ? screen(message.title(), message.speech(), speech, true) : List.of();
        return Reply.ask(input, speech, speak(message.reprompt()), card, screen);
    }

    Optional<Response> welcome() {
        conversation.disclaimerSaid();
        return message(MessageKey.LAUNCH);
    }

    Optional<Response> acceptOffer() {
        return conversation.offer().filter(catalogue::hasTopic)
                .map(this::topic)
                .orElseGet(() -> message(MessageKey.NOTHING_OFFERED));
    }

    Optional<Response> declineOffer() {
        return message(conversation.offer().isPresent() ? MessageKey.NO_THANKS : MessageKey.NOTHING_OFFERED);
    }

    Optional<Response> repeat() {
        Optional<String> topic = conversation.lastTopic().filter(catalogue::hasTopic);
        if (topic.isPresent()) {
            return topic(topic.get());
        }
        return message(conversation.lastMessage().filter(MessageKey::asksQuestion).orElse(MessageKey.NOTHING_TO_REPEAT));
    }

    Optional<Response> sourceOfLast() {
        Optional<String> last = conversation.lastTopic().filter(catalogue::hasTopic);
        if (last.isEmpty()) {
            return message(MessageKey.SOURCES_GENERAL);
        }
        Topic topic = catalogue.topic(last.get());
        Speech source = Speech.render(catalogue.message(MessageKey.SOURCE_OF_LAST).speech(), numbers,
                Map.of("source", Speech.plain(sourceNames(topic.sources()))));
        Speech offer = speak(topic.offer());
        Speech reprompt = Speech.render(catalogue.message(MessageKey.TOPIC_REPROMPT).speech(), numbers, Map.of("offer", offer));
        // the offer still stands, so "yes" after "where is this from" keeps working
        return Reply.ask(input, source.then(offer), reprompt, null);
    }

    /** Every source named, the last two joined by the locale's "and": "A, B and C". */
    private String sourceNames(List<String> ids) {
        List<String> names = ids.stream().map(id -> catalogue.source(id).spoken()).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        String and = catalogue.message(MessageKey.SOURCE_AND).speech();
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + and + " " + names.get(names.size() - 1);
    }

    /**
     * "What's the number": the emergency number while in an emergency context, else the helplines. The emergency
     * topics with no number message of their own (the caregiver, the speaker who took too much) are said again:
     * each gives its number in the first sentence.
     */
    Optional<Response> number() {
        return switch (conversation.emergency().orElse("")) {
            case OVERDOSE -> message(MessageKey.OVERDOSE_NUMBER);
            case CRISIS -> message(MessageKey.CRISIS_NUMBER);
            case "" -> topic(HELPLINE);
            default -> topic(conversation.emergency().filter(catalogue::hasTopic).orElse(HELPLINE));
        };
    }

    /** "What do I do": the emergency steps again while in an emergency context, else where to get help. */
    Optional<Response> nextSteps() {
        return topic(conversation.emergency().filter(catalogue::hasTopic).orElse(HELPLINE));
    }

    /** "Help" in an emergency is not a menu: the emergency steps and number come first. */
    Optional<Response> help() {
        return conversation.emergency().filter(catalogue::hasTopic).map(this::topic).orElseGet(() -> message(MessageKey.HELP));
    }

    /** Words the skill could not place: the context's number first in an emergency, else the safety line and the way on. */
    Optional<Response> fallback() {
        return conversation.emergency().isPresent() ? number() : message(MessageKey.FALLBACK);
    }

    Optional<Response> goodbye() {
        String emergency = conversation.emergency().orElse("");
        if (TOOK_SOMETHING.contains(emergency)) {
            return message(MessageKey.GOODBYE_TOOK);
        }
        return message(switch (emergency) {
            case OVERDOSE -> MessageKey.GOODBYE_OVERDOSE;
            case "" -> MessageKey.GOODBYE;
            // the caregiver and the speaker in crisis both leave with 988
            default -> MessageKey.GOODBYE_CRISIS;
        });
    }

    private List<Directive> screen(String title, String template, Speech text, boolean emergency) {
        return screens.directivesFor(input, () -> Screen.of(catalogue, numbers, title, template, text.text(), emergency));
    }

    private Speech speak(String template) {
        return Speech.render(template, numbers);
    }

    private Card card(String title, Speech answer) {
        Speech footer = speak(catalogue.message(MessageKey.CARD_FOOTER).speech());
        return new Card(title, answer.text() + "\n\n" + footer.text());
    }
}
