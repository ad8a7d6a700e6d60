package com.example.reminderskill.emulator;

import com.example.reminderskill.alerts.ErrorCode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** Requests per second per skill, over a sliding one-second window: the service throttles at 25. */
final class RateLimiter {

    private static final Duration WINDOW = Duration.ofSeconds(1);

    private final Clock clock;
    private final int maxPerSecond;
    private final Map<String, Deque<Instant>> recent = new HashMap<>();

    RateLimiter(Clock clock, int maxPerSecond) {
        this.clock = clock;
        this.maxPerSecond = maxPerSecond;
    }

    /**
     * @throws ApiError 429 MAX_RATE_EXCEEDED when the skill already made its share this second
     */
    synchronized void acquire(String skillId) {
        Instant now = clock.instant();
        Deque<Instant> calls = recent.computeIfAbsent(skillId, id -> new ArrayDeque<>());
        while (!calls.isEmpty() && !calls.peekFirst().isAfter(now.minus(WINDOW))) {
            calls.removeFirst();
        }
        if (calls.size() >= maxPerSecond) {
            throw new ApiError(
                    429,
                    ErrorCode.MAX_RATE_EXCEEDED,
                    "Requests are throttled at the rate of " + maxPerSecond + " TPS per skill.");
        }
        calls.addLast(now);
    }
}
