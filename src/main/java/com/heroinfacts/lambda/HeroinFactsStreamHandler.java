package com.heroinfacts.lambda;

import com.amazon.ask.AlexaSkill;
import com.amazon.ask.SkillStreamHandler;
import com.heroinfacts.skill.HeroinFactsSkill;
import com.heroinfacts.skill.SkillSettings;

/**
 * The AWS Lambda entry point ({@code com.heroinfacts.lambda.HeroinFactsStreamHandler}). The skill is built
 * once per container, when Lambda creates this handler; requests then only dispatch. No input makes it throw:
 * what the skill will not answer gets a {@link Refusal} instead (see {@link GuardedSkill}).
 */
public final class HeroinFactsStreamHandler extends SkillStreamHandler {

    public HeroinFactsStreamHandler() {
        this(SkillSettings.fromEnvironment(System.getenv()));
    }

    public HeroinFactsStreamHandler(SkillSettings settings) {
        super(new GuardedSkill(HeroinFactsSkill.create(settings), settings.skillId()));
    }

    /** For a skill built elsewhere; a request for another skill id is still refused, as the skill decides. */
    public HeroinFactsStreamHandler(AlexaSkill<?, ?> skill) {
        super(new GuardedSkill(skill, null));
    }
}
