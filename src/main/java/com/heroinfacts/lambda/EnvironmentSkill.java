package com.heroinfacts.lambda;

import com.heroinfacts.content.Catalogues;
import com.heroinfacts.skill.HeroinFactsSkill;
import com.heroinfacts.skill.SkillSettings;

/**
 * The skill configured from this process's environment, built once per process on first use: by the Lambda
 * handler Lambda creates, and by the priming before a SnapStart snapshot, which so warms the very skill that will
 * answer after the restore. The catalogues are read once per process whatever the settings.
 */
final class EnvironmentSkill {

    private record Parts(SkillSettings settings, GuardedSkill skill) {
    }

    // written once; built here rather than in a class initialiser, whose failure Lambda would report as a bare
    // ExceptionInInitializerError instead of, say, "helpline number must be digits..."
    private static volatile Parts parts;
    private static volatile Catalogues catalogues;

    private EnvironmentSkill() {
    }

    /** The skill as every handler runs it: the SDK's own Skill behind the guard. */
    static GuardedSkill build(SkillSettings settings) {
        return new GuardedSkill(HeroinFactsSkill.create(settings, catalogues()));
    }

    static GuardedSkill skill() {
        return parts().skill();
    }

    static SkillSettings settings() {
        return parts().settings();
    }

    static Catalogues catalogues() {
        Catalogues loaded = catalogues;
        if (loaded == null) {
            synchronized (EnvironmentSkill.class) {
                if (catalogues == null) {
                    catalogues = Catalogues.loadAll();
                }
                loaded = catalogues;
            }
        }
        return loaded;
    }

    private static Parts parts() {
        Parts built = parts;
        if (built == null) {
            synchronized (EnvironmentSkill.class) {
                if (parts == null) {
                    SkillSettings settings = SkillSettings.fromEnvironment(System.getenv());
                    parts = new Parts(settings, build(settings));
                }
                built = parts;
            }
        }
        return built;
    }
}
