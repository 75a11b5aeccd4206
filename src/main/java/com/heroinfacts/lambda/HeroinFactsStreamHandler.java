package com.heroinfacts.lambda;

import com.amazon.ask.AlexaSkill;
import com.amazon.ask.SkillStreamHandler;
import com.heroinfacts.skill.HeroinFactsSkill;
import com.heroinfacts.skill.SkillSettings;

/**
 * The AWS Lambda entry point ({@code com.heroinfacts.lambda.HeroinFactsStreamHandler}). The skill is built
 * once per container, when Lambda creates this handler; requests then only dispatch.
 */
public final class HeroinFactsStreamHandler extends SkillStreamHandler {

    public HeroinFactsStreamHandler() {
        this(HeroinFactsSkill.create(SkillSettings.fromEnvironment(System.getenv())));
    }

    public HeroinFactsStreamHandler(AlexaSkill<?, ?> skill) {
        super(skill);
    }
}
