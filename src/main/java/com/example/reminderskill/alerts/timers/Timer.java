package com.example.reminderskill.alerts.timers;

import com.amazon.ask.model.services.timerManagement.TimerResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A timer as the Timers API returns it.
 *
 * @param status ON (running), PAUSED or OFF (gone off)
 */
public record Timer(
        String id,
        String status,
        Duration duration,
        Optional<String> label,
        Optional<Instant> triggerTime,
        Optional<Duration> remainingWhenPaused) {

    static Timer from(TimerResponse response) {
        return new Timer(
                response.getId(),
                String.valueOf(response.getStatusAsString()),
                duration(response.getDuration()).orElse(Duration.ZERO),
                Optional.ofNullable(response.getTimerLabel()),
                Optional.ofNullable(response.getTriggerTime()).map(OffsetDateTime::toInstant),
                duration(response.getRemainingTimeWhenPaused()));
    }

    /** What is left at {@code now}: until the trigger time when running, as paused when paused. */
    public Duration remaining(Instant now) {
        if ("PAUSED".equals(status)) {
            return remainingWhenPaused.orElse(Duration.ZERO);
        }
        return triggerTime
                .map(at -> Duration.between(now, at))
                .filter(left -> !left.isNegative())
                .orElse(Duration.ZERO);
    }

    /** Whether the timer carries {@code name} as its label, as people say it: case and surrounding spaces do not count. */
    public boolean isNamed(String name) {
        return label.filter(value -> value.strip().equalsIgnoreCase(name.strip()))
                .isPresent();
    }

    public boolean isActive() {
        return "ON".equals(status) || "PAUSED".equals(status);
    }

    private static Optional<Duration> duration(String value) {
        try {
            return Optional.ofNullable(value).map(Duration::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
