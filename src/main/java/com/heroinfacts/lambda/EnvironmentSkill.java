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

    private record Parts(SkillSettings settings, Catalogues catalogues, StreamingSkill skill) {
    }

    // written once; built here rather than in a class initialiser, whose failure Lambda would report as a bare
    // ExceptionInInitializerError instead of, say, "helpline number must be digits..."
    private static volatile Parts parts;

    private EnvironmentSkill() {
    }

    static StreamingSkill skill() {
        return parts().skill();
    }

    static Catalogues catalogues() {
        return parts().catalogues();
    }

    static SkillSettings settings() {
        return parts().settings();
    }

    private static Parts parts() {
        Parts built = parts;
        if (built == null) {
            synchronized (EnvironmentSkill.class) {
                if (parts == null) {
                    SkillSettings settings = SkillSettings.fromEnvironment(System.getenv());
                    Catalogues catalogues = Catalogues.loadAll();
                    parts = new Parts(settings, catalogues,
                            new StreamingSkill(HeroinFactsSkill.configuration(settings, catalogues)));
                }
                built = parts;
            }
        }
        return built;
    }
}
