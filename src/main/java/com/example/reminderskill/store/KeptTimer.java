package com.example.reminderskill.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A timer the skill started, as it remembers it; timers live at most a day, so it expires with them. */
public record KeptTimer(String userId, String timerId, Optional<String> label, Duration duration, Instant createdAt) {

    public KeptTimer {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(timerId, "timerId");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
