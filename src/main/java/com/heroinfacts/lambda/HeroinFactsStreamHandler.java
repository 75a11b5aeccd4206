package com.heroinfacts.lambda;

import com.amazon.ask.AlexaSkill;
import com.amazon.ask.SkillStreamHandler;
import com.heroinfacts.content.Catalogues;
import com.heroinfacts.skill.HeroinFactsSkill;
import com.heroinfacts.skill.SkillSettings;

/**
 * The AWS Lambda entry point ({@code com.heroinfacts.lambda.HeroinFactsStreamHandler}). The skill is built
 * once per container, when Lambda creates this handler; requests then only dispatch. No input makes it throw:
 * what the skill will not answer gets a {@link Refusal} instead (see {@link GuardedSkill}).
 */
public final class HeroinFactsStreamHandler extends SkillStreamHandler {

    // SnapStart's hook, registered as Lambda loads this class; held here because CRaC holds its resources weakly
    private static final Priming PRIMING = Priming.register();

    /** The skill configured from the environment (SKILL_ID, HELPLINE_NUMBER), built once per process. */
    public HeroinFactsStreamHandler() {
        super(new GuardedSkill(EnvironmentSkill.skill(), EnvironmentSkill.settings().skillId()));
    }

    /** The skill with these settings, envelopes read and written without an object mapper (see StreamingSkill). */
    public HeroinFactsStreamHandler(SkillSettings settings) {
        super(new GuardedSkill(new StreamingSkill(HeroinFactsSkill.configuration(settings, Catalogues.loadAll())),
                settings.skillId()));
    }

    /** For a skill built elsewhere; a request for another skill id is still refused, as the skill decides. */
    public HeroinFactsStreamHandler(AlexaSkill<?, ?> skill) {
        super(new GuardedSkill(skill, null));
    }
}
