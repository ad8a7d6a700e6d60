package com.example.reminderskill.emulator;

import com.example.reminderskill.alerts.ErrorCode;
import com.example.reminderskill.alerts.reminders.ReminderRequestValidator;
import com.example.reminderskill.alerts.reminders.ValidationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The emulated Reminders service without HTTP: who may see and change which reminder, the
 * per-user limit, validation (the wrapper's own validator), ringing, and the events each
 * change sends to the skill.
 */
final class RemindersState {

    static final String SCOPE = "alexa::alerts:reminders:skill:readwrite";
    /** A bound on one clock move: a year of hourly reminders for a few users. */
    private static final int MAX_RINGS_PER_ADVANCE = 200_000;

    /** Where the state's changes go as reminder events. */
    @FunctionalInterface
    interface Events {
        void emit(String type, String skillId, String userId, Instant timestamp, ObjectNode body);
    }

    private final Clock clock;
    private final int maxActivePerUser;
    private final Events events;
    private final ObjectMapper mapper;
    private final ReminderRequestValidator validator = new ReminderRequestValidator();
    /** In creation order, which is the order lists show. */
    private final Map<String, StoredReminder> byToken = new LinkedHashMap<>();

    RemindersState(Clock clock, int maxActivePerUser, Events events, ObjectMapper mapper) {
        this.clock = clock;
        this.maxActivePerUser = maxActivePerUser;
        this.events = events;
        this.mapper = mapper;
    }

    synchronized StoredReminder create(Grant grant, JsonNode body) {
        if (!grant.inSession()) {
            throw new ApiError(401, ErrorCode.NOT_IN_SESSION, "Reminders can only be created in session.");
        }
        Instant now = clock.instant();
        validator.validate(body, ValidationContext.forCreate(now, Optional.of(grant.deviceTimeZone())));
        long active = byToken.values().stream()
                .filter(reminder -> reminder.userId().equals(grant.userId()) && reminder.isActive())
                .count();
        if (active >= maxActivePerUser) {
            throw new ApiError(
                    403,
                    ErrorCode.MAX_REMINDERS_EXCEEDED,
                    "Max limit of reminders on the device reached (" + maxActivePerUser + ").");
        }
        StoredReminder reminder = new StoredReminder(UUID.randomUUID().toString(), grant, now, body);
        byToken.put(reminder.alertToken(), reminder);
        emit("Reminders.ReminderCreated", reminder, now, token(reminder));
        return reminder;
    }

    synchronized StoredReminder get(Grant grant, String alertToken) {
        return owned(grant, alertToken);
    }

    /** The skill's reminders for this user: active ones and those completed in the last three days. */
    synchronized List<StoredReminder> list(Grant grant) {
        Instant now = clock.instant();
        return byToken.values().stream()
                .filter(reminder -> reminder.ownedBy(grant) && reminder.isVisible(now))
                .toList();
    }

    synchronized StoredReminder update(Grant grant, String alertToken, JsonNode body) {
        StoredReminder reminder = owned(grant, alertToken);
        Instant now = clock.instant();
        validator.validate(body, ValidationContext.forUpdate(now, Optional.of(grant.deviceTimeZone())));
        reminder.replace(body, grant.deviceTimeZone(), now);
        emit("Reminders.ReminderUpdated", reminder, now, token(reminder).put("status", reminder.status()));
        return reminder;
    }

    synchronized void delete(Grant grant, String alertToken) {
        StoredReminder reminder = owned(grant, alertToken);
        if (!reminder.isActive()) {
            throw new ApiError(
                    404,
                    ErrorCode.ALERT_NOT_FOUND,
                    "Only active reminders can be deleted; " + alertToken + " is completed.");
        }
        byToken.remove(alertToken);
        ObjectNode body = mapper.createObjectNode();
        body.putArray("alertTokens").add(alertToken);
        emit("Reminders.ReminderDeleted", reminder, clock.instant(), body);
    }

    /**
     * Rings every reminder due by {@code upTo}, earliest first, each as often as it is due, and
     * drops completed reminders older than three days.
     *
     * @return how many rings happened
     */
    synchronized int ringDue(Instant upTo) {
        int rings = 0;
        while (rings < MAX_RINGS_PER_ADVANCE) {
            Optional<StoredReminder> due = byToken.values().stream()
                    .filter(reminder -> reminder.isActive()
                            && reminder.nextFire()
                                    .filter(at -> !at.isAfter(upTo))
                                    .isPresent())
                    .min(Comparator.comparing(reminder -> reminder.nextFire().orElseThrow()));
            if (due.isEmpty()) {
                break;
            }
            StoredReminder reminder = due.get();
            Instant at = reminder.nextFire().orElseThrow();
            emit("Reminders.ReminderStarted", reminder, at, token(reminder));
            reminder.fire(at);
            if (!reminder.isActive()) {
                emit(
                        "Reminders.ReminderStatusChanged",
                        reminder,
                        at,
                        token(reminder).put("status", StoredReminder.COMPLETED));
            }
            rings++;
        }
        byToken.values().removeIf(reminder -> !reminder.isVisible(upTo));
        return rings;
    }

    private StoredReminder owned(Grant grant, String alertToken) {
        StoredReminder reminder = byToken.get(alertToken);
        if (reminder == null || !reminder.ownedBy(grant) || !reminder.isVisible(clock.instant())) {
            throw new ApiError(404, ErrorCode.ALERT_NOT_FOUND, "Alert does not exist: " + alertToken);
        }
        return reminder;
    }

    private ObjectNode token(StoredReminder reminder) {
        return mapper.createObjectNode().put("alertToken", reminder.alertToken());
    }

    private void emit(String type, StoredReminder reminder, Instant at, ObjectNode body) {
        events.emit(type, reminder.skillId(), reminder.userId(), at, body);
    }
}
