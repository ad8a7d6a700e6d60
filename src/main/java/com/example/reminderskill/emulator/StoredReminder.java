package com.example.reminderskill.emulator;

import com.example.reminderskill.alerts.AlertTimes;
import com.example.reminderskill.alerts.reminders.RecurrencePattern;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** One reminder the emulator holds: what the skill sent, its status, and when it rings next. */
final class StoredReminder {

    static final String ON = "ON";
    static final String COMPLETED = "COMPLETED";

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final String alertToken;
    private final String skillId;
    private final String userId;
    private final Instant createdTime;
    private Instant updatedTime;
    private int version;
    private String status = ON;
    private JsonNode request;
    private ZoneId zone;
    private Optional<RecurrencePattern> recurrence = Optional.empty();
    private Optional<Instant> nextFire = Optional.empty();
    private Optional<Instant> completedAt = Optional.empty();

    StoredReminder(String alertToken, Grant grant, Instant now, JsonNode request) {
        this.alertToken = alertToken;
        this.skillId = grant.skillId();
        this.userId = grant.userId();
        this.createdTime = now;
        replace(request, grant.deviceTimeZone(), now);
    }

    /** Takes a validated create or update body and schedules the next ring from it. */
    void replace(JsonNode newRequest, ZoneId deviceTimeZone, Instant now) {
        request = newRequest.deepCopy();
        updatedTime = now;
        version++;
        status = ON;
        completedAt = Optional.empty();
        JsonNode trigger = request.path("trigger");
        zone = trigger.hasNonNull("timeZoneId")
                ? ZoneId.of(trigger.get("timeZoneId").asText())
                : deviceTimeZone;
        LocalDateTime localNow = LocalDateTime.ofInstant(now, zone).truncatedTo(ChronoUnit.SECONDS);
        if ("SCHEDULED_RELATIVE".equals(trigger.path("type").asText())) {
            recurrence = Optional.empty();
            nextFire = Optional.of(
                    now.plus(Duration.ofSeconds(trigger.get("offsetInSeconds").asLong())));
            return;
        }
        Optional<LocalDateTime> scheduledTime = Optional.ofNullable(trigger.get("scheduledTime"))
                .filter(JsonNode::isTextual)
                .flatMap(node -> AlertTimes.parseLocalDateTime(node.asText()));
        if (trigger.hasNonNull("recurrence")) {
            RecurrencePattern pattern =
                    RecurrencePattern.fromJson(trigger.get("recurrence"), () -> scheduledTime.orElse(localNow));
            recurrence = Optional.of(pattern);
            LocalDateTime from = pattern.start().minusSeconds(1).isAfter(localNow)
                    ? pattern.start().minusSeconds(1)
                    : localNow;
            nextFire = pattern.nextAfter(from).map(this::instant);
        } else {
            recurrence = Optional.empty();
            nextFire = scheduledTime.map(this::instant);
        }
    }

    /** Rings once: a recurring reminder moves to its next occurrence, anything else completes. */
    void fire(Instant at) {
        nextFire = recurrence
                .flatMap(pattern -> pattern.nextAfter(LocalDateTime.ofInstant(at, zone)))
                .map(this::instant);
        if (nextFire.isEmpty()) {
            status = COMPLETED;
            completedAt = Optional.of(at);
        }
    }

    private Instant instant(LocalDateTime local) {
        return local.atZone(zone).toInstant();
    }

    boolean ownedBy(Grant grant) {
        return skillId.equals(grant.skillId()) && userId.equals(grant.userId());
    }

    boolean isActive() {
        return status.equals(ON);
    }

    /** Completed reminders stay listed for three days, as in the Alexa app. */
    boolean isVisible(Instant now) {
        return completedAt.map(at -> now.isBefore(at.plus(Duration.ofDays(3)))).orElse(true);
    }

    String alertToken() {
        return alertToken;
    }

    String skillId() {
        return skillId;
    }

    String userId() {
        return userId;
    }

    String status() {
        return status;
    }

    Optional<Instant> nextFire() {
        return nextFire;
    }

    /** The answer to a create or update. */
    ObjectNode receipt(ObjectMapper mapper) {
        ObjectNode json = identity(mapper);
        json.put("version", String.valueOf(version));
        json.put("href", "/v1/alerts/reminders/" + alertToken);
        return json;
    }

    /** The Reminder object of a get or list. */
    ObjectNode toJson(ObjectMapper mapper) {
        ObjectNode json = identity(mapper);
        json.set("trigger", request.get("trigger").deepCopy());
        json.set("alertInfo", request.get("alertInfo").deepCopy());
        json.set(
                "pushNotification",
                request.hasNonNull("pushNotification")
                        ? request.get("pushNotification").deepCopy()
                        : mapper.createObjectNode().put("status", "ENABLED"));
        json.put("version", String.valueOf(version));
        return json;
    }

    private ObjectNode identity(ObjectMapper mapper) {
        ObjectNode json = mapper.createObjectNode();
        json.put("alertToken", alertToken);
        json.put("createdTime", TIMESTAMP.format(createdTime));
        json.put("updatedTime", TIMESTAMP.format(updatedTime));
        json.put("status", status);
        return json;
    }
}
