package com.heroinfacts.skill;

import com.amazon.ask.Skill;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.heroinfacts.content.Catalogues;
import com.heroinfacts.content.MessageKey;

import java.util.Set;

/**
 * The one assembly of the skill, shared by every way in: the Lambda handler, the local simulator and the
 * local HTTP endpoint. This is the only list of handlers; the first that can handle a request wins.
 */
public final class HeroinFactsSkill {

    /** Intents the skill answers besides the topic intents; the model tests check both lists against the model. */
    public static final Set<String> OTHER_INTENTS = Set.of(
            "HelplineIntent", "NextStepsIntent", "SourceIntent", "UnsafeRequestIntent",
            "AMAZON.YesIntent", "AMAZON.NoIntent", "AMAZON.RepeatIntent", "AMAZON.HelpIntent",
            "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.StartOverIntent", "AMAZON.NavigateHomeIntent",
            "AMAZON.FallbackIntent");

    private HeroinFactsSkill() {
    }

    public static Skill create(SkillSettings settings) {
        return create(settings, Catalogues.loadAll());
    }

    public static Skill create(SkillSettings settings, Catalogues catalogues) {
        Turns turns = new Turns(catalogues, settings.numbers(), Screens.load());
        RequestLog log = new RequestLog();
        CustomSkillBuilder builder = new CustomSkillBuilder()
                .addRequestInterceptor(log)
                .addResponseInterceptor(log)
                .addRequestHandlers(
                        new SessionEndedHandler(),
                        new LaunchHandler(turns),
                        // before the topics: "what's the number" means 911 or 988 in an emergency context
                        new IntentHandler(Set.of("HelplineIntent"), turns, Turn::number),
                        new TopicHandler(catalogues.topicIds(), turns),
                        new IntentHandler(Set.of("NextStepsIntent"), turns, Turn::nextSteps),
                        new IntentHandler(Set.of("AMAZON.YesIntent"), turns, Turn::acceptOffer),
                        new IntentHandler(Set.of("AMAZON.NoIntent"), turns, Turn::declineOffer),
                        new IntentHandler(Set.of("AMAZON.RepeatIntent"), turns, Turn::repeat),
                        new IntentHandler(Set.of("SourceIntent"), turns, Turn::sourceOfLast),
                        new IntentHandler(Set.of("AMAZON.HelpIntent"), turns, turn -> turn.message(MessageKey.HELP)),
                        new IntentHandler(Set.of("UnsafeRequestIntent"), turns, turn -> turn.message(MessageKey.UNSAFE_REQUEST)),
                        new IntentHandler(Set.of("AMAZON.StopIntent", "AMAZON.CancelIntent"), turns, Turn::goodbye),
                        new IntentHandler(Set.of("AMAZON.StartOverIntent", "AMAZON.NavigateHomeIntent"), turns, Turn::welcome),
                        new FallbackHandler(turns))
                .addExceptionHandler(new ErrorHandler(turns));
        if (settings.skillId() != null) {
            builder.withSkillId(settings.skillId());
        }
        return builder.build();
    }
}
