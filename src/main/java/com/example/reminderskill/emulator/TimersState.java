package com.example.reminderskill.emulator;

import com.example.reminderskill.alerts.ErrorCode;
import com.example.reminderskill.alerts.timers.TimerRequestValidator;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The emulated Timers service without HTTP: ownership, the 10-timer limit, unique labels, pause and resume, going off. */
final class TimersState {

    static final String SCOPE = "alexa::alerts:timers:skill:readwrite";
    static final int MAX_ACTIVE_PER_USER = 10;

    private final Clock clock;
    private final TimerRequestValidator validator = new TimerRequestValidator();
    private final Map<String, StoredTimer> byId = new LinkedHashMap<>();

    TimersState(Clock clock) {
        this.clock = clock;
    }

    synchronized StoredTimer create(Grant grant, JsonNode body) {
        AlertsApiHandler.requireInSession(grant, "Timers can be created");
        Duration duration = validator.validate(body);
        Optional<String> label = Optional.ofNullable(body.get("timerLabel"))
                .filter(JsonNode::isTextual)
                .map(JsonNode::asText);
        label.ifPresent(value -> {
            boolean taken = byId.values().stream()
                    .anyMatch(timer -> timer.ownedBy(grant)
                            && timer.isActive()
                            && timer.label().filter(value::equalsIgnoreCase).isPresent());
            if (taken) {
                throw new ApiError(
                        400,
                        ErrorCode.INVALID_REQUEST,
                        "timerLabel '" + value + "' is already used by another timer; labels must be unique.");
            }
        });
        long active = byId.values().stream()
                .filter(timer -> timer.userId().equals(grant.userId()) && timer.isActive())
                .count();
        if (active >= MAX_ACTIVE_PER_USER) {
            throw new ApiError(
                    403,
                    ErrorCode.MAX_TIMERS_EXCEEDED,
                    "At most " + MAX_ACTIVE_PER_USER + " timers can be active at once.");
        }
        StoredTimer timer = new StoredTimer(UUID.randomUUID().toString(), grant, duration, label, clock.instant());
        byId.put(timer.id(), timer);
        return timer;
    }

    synchronized StoredTimer get(Grant grant, String id) {
        return owned(grant, id);
    }

    /** The skill's timers for this user, shortest remaining time first. */
    synchronized List<StoredTimer> list(Grant grant) {
        Instant now = clock.instant();
        return byId.values().stream()
                .filter(timer -> timer.ownedBy(grant))
                .sorted(Comparator.comparing(timer -> timer.remaining(now)))
                .toList();
    }

    synchronized StoredTimer pause(Grant grant, String id) {
        AlertsApiHandler.requireInSession(grant, "Timers can be paused");
        StoredTimer timer = owned(grant, id);
        timer.pause(clock.instant());
        return timer;
    }

    synchronized StoredTimer resume(Grant grant, String id) {
        AlertsApiHandler.requireInSession(grant, "Timers can be resumed");
        StoredTimer timer = owned(grant, id);
        timer.resume(clock.instant());
        return timer;
    }

    synchronized void delete(Grant grant, String id) {
        byId.remove(owned(grant, id).id());
    }

    synchronized void deleteAll(Grant grant) {
        byId.values().removeIf(timer -> timer.ownedBy(grant));
    }

    /** Sets off every running timer whose time has come and forgets those that rang out; returns how many went off. */
    synchronized int ringDue(Instant now) {
        int rings = 0;
        for (StoredTimer timer : byId.values()) {
            if (timer.ringIfDue(now)) {
                rings++;
            }
        }
        byId.values().removeIf(timer -> timer.isGone(now));
        return rings;
    }

    private StoredTimer owned(Grant grant, String id) {
        StoredTimer timer = byId.get(id);
        if (timer == null || !timer.ownedBy(grant)) {
            throw new ApiError(404, ErrorCode.TIMER_NOT_FOUND, "Timer does not exist: " + id);
        }
        return timer;
    }
}
