package com.example.reminderskill.retry;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a retried call may take in all, and how it spaces its attempts. The default, for the
 * Alexa API wrappers, keeps a call to one Alexa API within 4 seconds, half of Alexa's 8-second answer deadline, so
 * a handler still has time to make a second call and to render speech.
 *
 * @param totalBudget    the time every attempt, pause and reconciliation of one call must fit in
 * @param attemptTimeout the longest one attempt may wait for its answer
 * @param baseDelay      the first pause's upper bound; each later one doubles (full jitter)
 * @param maxDelay       the largest pause between two attempts
 * @param maxAttempts    a hard cap on attempts, so that a clock that stands still can never
 *                       make a call retry forever
 */
public record RetryPolicy(
        Duration totalBudget, Duration attemptTimeout, Duration baseDelay, Duration maxDelay, int maxAttempts) {

    /** The attempt cap of {@link #DEFAULT}: more than a 4-second budget with these pauses allows. */
    public static final int DEFAULT_MAX_ATTEMPTS = 10;

    /** The policy the skill uses on Lambda. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(
            Duration.ofSeconds(4), Duration.ofMillis(2500), Duration.ofMillis(100), Duration.ofSeconds(1));

    public RetryPolicy {
        requirePositive(totalBudget, "totalBudget");
        requirePositive(attemptTimeout, "attemptTimeout");
        requirePositive(baseDelay, "baseDelay");
        requirePositive(maxDelay, "maxDelay");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be 1 or more: " + maxAttempts);
        }
    }

    /** A policy with the default attempt cap. */
    public RetryPolicy(Duration totalBudget, Duration attemptTimeout, Duration baseDelay, Duration maxDelay) {
        this(totalBudget, attemptTimeout, baseDelay, maxDelay, DEFAULT_MAX_ATTEMPTS);
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
