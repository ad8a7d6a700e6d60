package com.example.reminderskill.skill;

import com.example.reminderskill.alerts.ApiEndpoints;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * What the skill needs from where it runs.
 *
 * @param endpoints where Alexa API calls go: the documented hosts on Lambda, the emulator locally
 * @param skillId   requests for any other skill id are refused; empty only for local runs
 * @param clock     the clock that decides what "tomorrow" and "in the past" mean
 */
public record SkillSettings(ApiEndpoints endpoints, Optional<String> skillId, Clock clock) {

    /** The environment variable with the skill's id on Lambda. */
    public static final String SKILL_ID_VARIABLE = "SKILL_ID";

    public SkillSettings {
        Objects.requireNonNull(endpoints, "endpoints");
        Objects.requireNonNull(skillId, "skillId");
        Objects.requireNonNull(clock, "clock");
    }

    /**
     * The settings on Lambda: the documented Alexa hosts only and the skill id from {@code SKILL_ID}.
     *
     * @throws IllegalStateException when {@code SKILL_ID} is not set: a skill must not answer for any skill
     */
    public static SkillSettings fromEnvironment() {
        String skillId = System.getenv(SKILL_ID_VARIABLE);
        if (skillId == null || skillId.isBlank()) {
            throw new IllegalStateException(SKILL_ID_VARIABLE + " is not set: the function must know which skill it serves");
        }
        return new SkillSettings(ApiEndpoints.alexa(), Optional.of(skillId.strip()), Clock.systemUTC());
    }
}
