package com.heroinfacts.skill;

import com.amazon.ask.Skill;
import com.amazon.ask.builder.SkillBuilder;
import com.amazon.ask.builder.SkillConfiguration;
import com.amazon.ask.model.Response;
import com.heroinfacts.content.Catalogues;
import com.heroinfacts.content.MessageKey;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The one assembly of the skill, shared by every way in: the Lambda handler, the local simulator and the
 * local HTTP endpoint. This is the only list of handlers; the first that can handle a request wins.
 */
public final class HeroinFactsSkill {

    /** Every intent that is not a topic intent, and what the skill does with it. */
    private static final Map<String, Function<Turn, Optional<Response>>> BEHAVIOURS = Map.ofEntries(
            // "what's the number" means 911 or 988 in an emergency context, so it is not the plain helpline topic
            Map.entry("HelplineIntent", Turn::number),
            Map.entry("NextStepsIntent", Turn::nextSteps),
            Map.entry("SourceIntent", Turn::sourceOfLast),
            Map.entry("UnsafeRequestIntent", turn -> turn.message(MessageKey.UNSAFE_REQUEST)),
            Map.entry("AMAZON.YesIntent", Turn::acceptOffer),
            Map.entry("AMAZON.NoIntent", Turn::declineOffer),
            Map.entry("AMAZON.RepeatIntent", Turn::repeat),
            Map.entry("AMAZON.HelpIntent", Turn::help),
            Map.entry("AMAZON.StopIntent", Turn::goodbye),
            Map.entry("AMAZON.CancelIntent", Turn::goodbye),
            Map.entry("AMAZON.StartOverIntent", Turn::welcome),
            Map.entry("AMAZON.NavigateHomeIntent", Turn::welcome));

    private HeroinFactsSkill() {
    }

    /** The intents handled besides the topic intents; the model tests check them against the model. */
    public static Set<String> otherIntents() {
        Set<String> intents = new HashSet<>(BEHAVIOURS.keySet());
        intents.add("AMAZON.FallbackIntent");
        intents.addAll(Understandings.catchAllIntentsOfEveryLocale());
        return Set.copyOf(intents);
    }

    public static Skill create(SkillSettings settings) {
        return create(settings, Catalogues.loadAll());
    }

    public static Skill create(SkillSettings settings, Catalogues catalogues) {
        return new Skill(configuration(settings, catalogues));
    }

    /** The assembly as the SDK's configuration, from which {@link #create} builds the SDK's own {@link Skill}. */
    private static SkillConfiguration configuration(SkillSettings settings, Catalogues catalogues) {
        Turns turns = new Turns(catalogues, settings.numbers(), Screens.load());
        Understandings understandings = Understandings.load(catalogues);
        RequestLog log = new RequestLog();
        Assembly builder = new Assembly()
                .addRequestInterceptor(log)
                // before any handler: whatever answers, only the skill's own valid memory is written back
                .addRequestInterceptor(Conversation.cleaner(catalogues))
                .addResponseInterceptor(log)
                .addRequestHandlers(
                        new SessionEndedHandler(),
                        new LaunchHandler(turns),
                        // before any intent's own answer: an emergency in a slot's words outranks the intent
                        new SafetyHandler(understandings, turns),
                        new IntentHandler(BEHAVIOURS, turns),
                        new TopicHandler(catalogues.topicIds(), understandings, turns),
                        new QuestionHandler(understandings, turns),
                        new FallbackHandler(turns))
                .addExceptionHandler(new ErrorHandler(turns));
        if (settings.skillId() != null) {
            builder.withSkillId(settings.skillId());
        }
        return builder.configuration();
    }

    /** The SDK's skill builder, handing out its configuration (protected there) rather than a Skill. */
    private static final class Assembly extends SkillBuilder<Assembly> {
        SkillConfiguration configuration() {
            return getConfigBuilder().build();
        }
    }
}
