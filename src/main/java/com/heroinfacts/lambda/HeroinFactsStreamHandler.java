package com.heroinfacts.lambda;

import com.amazon.ask.AlexaSkill;
import com.amazon.ask.SkillStreamHandler;

/**
 * The AWS Lambda entry point ({@code com.heroinfacts.lambda.HeroinFactsStreamHandler}). The skill is built
 * once per container, when Lambda creates this handler; requests then only dispatch.
 */
public final class HeroinFactsStreamHandler extends SkillStreamHandler {

    // SnapStart's hook, registered as Lambda loads this class; held here because CRaC holds its resources weakly
    private static final Priming PRIMING = Priming.register();

    /** The skill configured from the environment (SKILL_ID, HELPLINE_NUMBER), read and written without an object mapper. */
    public HeroinFactsStreamHandler() {
        this(EnvironmentSkill.skill());
    }

    public HeroinFactsStreamHandler(AlexaSkill<?, ?> skill) {
        super(skill);
    }
}
