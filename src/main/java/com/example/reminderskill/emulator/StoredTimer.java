package com.example.reminderskill.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** One timer the emulator holds: ON counts down to its trigger time, PAUSED keeps what is left, OFF has gone off. */
final class StoredTimer {

    static final String ON = "ON";
    static final String PAUSED = "PAUSED";
    static final String OFF = "OFF";

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private final String id;
    private final String skillId;
    private final String userId;
    private final Duration duration;
    private final Optional<String> label;
    private final Instant createdTime;
    private Instant updatedTime;
    private String status = ON;
    private Instant triggerTime;
    private Duration remainingWhenPaused = Duration.ZERO;

    StoredTimer(String id, Grant grant, Duration duration, Optional<String> label, Instant now) {
        this.id = id;
        this.skillId = grant.skillId();
        this.userId = grant.userId();
        this.duration = duration;
        this.label = label;
        this.createdTime = now;
        this.updatedTime = now;
        this.triggerTime = now.plus(duration);
    }

    /** Pausing a paused timer changes nothing, so a retried pause is harmless. */
    void pause(Instant now) {
        requireNotOff("paused");
        if (status.equals(ON)) {
            remainingWhenPaused = Duration.between(now, triggerTime);
            status = PAUSED;
            updatedTime = now;
        }
    }

    /** Resuming a running timer changes nothing. */
    void resume(Instant now) {
        requireNotOff("resumed");
        if (status.equals(PAUSED)) {
            triggerTime = now.plus(remainingWhenPaused);
            status = ON;
            updatedTime = now;
        }
    }

    /** Goes off when its time has come; returns whether it did. */
    boolean ringIfDue(Instant now) {
        if (status.equals(ON) && !triggerTime.isAfter(now)) {
            status = OFF;
            updatedTime = triggerTime;
            return true;
        }
        return false;
    }

    /** A timer that went off rings for an hour unless stopped; after that it is gone. */
    boolean isGone(Instant now) {
        return status.equals(OFF) && !now.isBefore(triggerTime.plus(Duration.ofHours(1)));
    }

    boolean ownedBy(Grant grant) {
        return skillId.equals(grant.skillId()) && userId.equals(grant.userId());
    }

    boolean isActive() {
        return !status.equals(OFF);
    }

    /** What is left: the order lists use, shortest first. */
    Duration remaining(Instant now) {
        return switch (status) {
            case ON -> Duration.between(now, triggerTime);
            case PAUSED -> remainingWhenPaused;
            default -> Duration.ZERO;
        };
    }

    String id() {
        return id;
    }

    String userId() {
        return userId;
    }

    Optional<String> label() {
        return label;
    }

    ObjectNode toJson(ObjectMapper mapper) {
        ObjectNode json =
                mapper.createObjectNode().put("id", id).put("status", status).put("duration", duration.toString());
        label.ifPresent(value -> json.put("timerLabel", value));
        if (status.equals(ON)) {
            json.put("triggerTime", TIMESTAMP.format(triggerTime));
        }
        json.put("createdTime", TIMESTAMP.format(createdTime));
        json.put("updatedTime", TIMESTAMP.format(updatedTime));
        if (status.equals(PAUSED)) {
            json.put(
                    "remainingTimeWhenPaused",
                    remainingWhenPaused.truncatedTo(ChronoUnit.SECONDS).toString());
        }
        return json;
    }

    private void requireNotOff(String what) {
        if (status.equals(OFF)) {
            throw new ApiError(
                    400, "INVALID_REQUEST", "Timer " + id + " has already gone off and cannot be " + what + ".");
        }
    }
}
