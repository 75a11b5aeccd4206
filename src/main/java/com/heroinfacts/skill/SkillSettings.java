package com.heroinfacts.skill;

import com.heroinfacts.content.PhoneNumbers;

import java.util.Map;

/**
 * What a deployment may change, read from the environment.
 *
 * @param skillId when set, requests for any other skill id are refused
 */
public record SkillSettings(String skillId, PhoneNumbers numbers) {

    public static final String SKILL_ID = "SKILL_ID";
    public static final String HELPLINE_NUMBER = "HELPLINE_NUMBER";

    public SkillSettings {
        if (skillId != null && skillId.isBlank()) {
            skillId = null;
        }
        if (numbers == null) {
            throw new IllegalArgumentException("numbers is missing");
        }
    }

    public static SkillSettings fromEnvironment(Map<String, String> env) {
        String helpline = env.get(HELPLINE_NUMBER);
        boolean custom = helpline != null && !helpline.isBlank();
        return new SkillSettings(env.get(SKILL_ID),
                PhoneNumbers.withHelpline(custom ? helpline.trim() : PhoneNumbers.DEFAULT_HELPLINE));
    }

    public static SkillSettings defaults() {
        return new SkillSettings(null, PhoneNumbers.defaults());
    }
}
