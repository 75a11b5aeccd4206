package com.heroinfacts.lambda;

import com.heroinfacts.content.Catalogues;
import com.heroinfacts.skill.HeroinFactsSkill;
import com.heroinfacts.skill.SkillSettings;

/**
 * The skill configured from this process's environment, built once per process on first use: by the Lambda
 * handler Lambda creates, and by the priming before a SnapStart snapshot, which so warms the very skill that will
 * answer after the restore.
 */
final class EnvironmentSkill {

    private EnvironmentSkill() {
    }

    static StreamingSkill skill() {
        return Holder.SKILL;
    }

    static Catalogues catalogues() {
        return Holder.CATALOGUES;
    }

    static SkillSettings settings() {
        return Holder.SETTINGS;
    }

    /** Built when first asked for, so that loading the handler class alone costs nothing. */
    private static final class Holder {
        static final SkillSettings SETTINGS = SkillSettings.fromEnvironment(System.getenv());
        static final Catalogues CATALOGUES = Catalogues.loadAll();
        static final StreamingSkill SKILL = new StreamingSkill(HeroinFactsSkill.configuration(SETTINGS, CATALOGUES));
    }
}
