package com.example.reminderskill.skill;

import com.example.reminderskill.alerts.ApiEndpoints;
import com.example.reminderskill.retry.RetryPolicy;
import com.example.reminderskill.store.DynamoDbSkillStore;
import com.example.reminderskill.store.SkillStore;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * What the skill needs from where it runs.
 *
 * @param endpoints where Alexa API calls go: the documented hosts on Lambda, the emulator locally
 * @param skillId   requests for any other skill id are refused; empty only for local runs
 * @param clock     the clock that decides what "tomorrow" and "in the past" mean; the store's
 *                  and, locally, the emulator's too
 * @param retries   how Alexa API calls are retried, within a time budget
 * @param store     what the skill keeps per user: DynamoDB on Lambda, files locally; opened on {@code clock}
 * @throws IllegalArgumentException when the store keeps time by another clock
 */
public record SkillSettings(
        ApiEndpoints endpoints, Optional<String> skillId, Clock clock, RetryPolicy retries, SkillStore store) {

    /** The environment variable with the skill's id on Lambda. */
    public static final String SKILL_ID_VARIABLE = "SKILL_ID";

    public SkillSettings {
        Objects.requireNonNull(endpoints, "endpoints");
        Objects.requireNonNull(skillId, "skillId");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(retries, "retries");
        Objects.requireNonNull(store, "store");
        if (!store.clock().equals(clock)) {
            // Two clocks disagree on "now": outcomes and tombstones would expire early or late.
            throw new IllegalArgumentException("the store keeps time by " + store.clock() + ", the skill by " + clock
                    + ": open the store on the skill's clock");
        }
    }

    /** Settings with the default retry policy: a 4-second budget per call. */
    public SkillSettings(ApiEndpoints endpoints, Optional<String> skillId, Clock clock, SkillStore store) {
        this(endpoints, skillId, clock, RetryPolicy.DEFAULT, store);
    }

    /**
     * The settings on Lambda: the documented Alexa hosts only, the skill id from {@code SKILL_ID}
     * and the DynamoDB table from {@code TABLE_NAME}.
     *
     * @throws IllegalStateException when {@code SKILL_ID} is not set: a skill must not answer for any skill
     */
    public static SkillSettings fromEnvironment() {
        String skillId = System.getenv(SKILL_ID_VARIABLE);
        if (skillId == null || skillId.isBlank()) {
            throw new IllegalStateException(
                    SKILL_ID_VARIABLE + " is not set: the function must know which skill it serves");
        }
        Clock clock = Clock.systemUTC();
        return new SkillSettings(
                ApiEndpoints.alexa(), Optional.of(skillId.strip()), clock, DynamoDbSkillStore.fromEnvironment(clock));
    }
}
