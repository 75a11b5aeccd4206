package com.heroinfacts.lambda;

import com.amazon.ask.SkillStreamHandler;
import com.heroinfacts.skill.SkillSettings;

/**
 * The AWS Lambda entry point ({@code com.heroinfacts.lambda.HeroinFactsStreamHandler}): the SDK's own
 * {@code Skill}, run by the SDK's own {@link SkillStreamHandler}, behind a guard that turns any failure into a
 * {@link Refusal} instead of an exception (see {@link GuardedSkill}). The skill is built once per process; requests
 * then only dispatch. Every local tool and test drives this class, bytes in and bytes out, as Lambda does.
 */
public final class HeroinFactsStreamHandler extends SkillStreamHandler {

    // SnapStart's hook, registered as Lambda loads this class; held here because CRaC holds its resources weakly
    private static final Priming PRIMING = Priming.register();

    /** The skill configured from the environment (SKILL_ID, HELPLINE_NUMBER): the one this process primes and runs. */
    public HeroinFactsStreamHandler() {
        super(EnvironmentSkill.skill());
    }

    /** The same skill with explicit settings, as the no-argument constructor builds it from the environment. */
    public HeroinFactsStreamHandler(SkillSettings settings) {
        super(EnvironmentSkill.build(settings));
    }
}
