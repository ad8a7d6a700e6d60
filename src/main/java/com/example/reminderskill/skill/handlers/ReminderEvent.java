package com.example.reminderskill.skill.handlers;

import com.amazon.ask.model.Request;
import com.amazon.ask.model.services.reminderManagement.Event;
import com.amazon.ask.model.services.reminderManagement.ReminderCreatedEventRequest;
import com.amazon.ask.model.services.reminderManagement.ReminderDeletedEventRequest;
import com.amazon.ask.model.services.reminderManagement.ReminderStartedEventRequest;
import com.amazon.ask.model.services.reminderManagement.ReminderStatusChangedEventRequest;
import com.amazon.ask.model.services.reminderManagement.ReminderUpdatedEventRequest;
import com.example.reminderskill.store.KeptReminder;
import com.example.reminderskill.store.ReminderState;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code Reminders.*} event, and what it does to the reminder the skill remembers. Alexa may
 * send events twice and out of order, so an event older than the newest one applied to that
 * reminder changes nothing, and a deleted reminder stays deleted (alert tokens are never reused).
 * Events of the same second are applied in the order they arrive.
 *
 * @param status the status the event reports (Updated and StatusChanged); empty for the others
 *               and for DEFERRED, which leaves a reminder on
 */
record ReminderEvent(Kind kind, List<String> alertTokens, Optional<ReminderState> status, Instant timestamp) {

    enum Kind {
        CREATED,
        UPDATED,
        DELETED,
        STATUS_CHANGED,
        STARTED
    }

    ReminderEvent {
        Objects.requireNonNull(kind, "kind");
        alertTokens = List.copyOf(alertTokens);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(timestamp, "timestamp");
    }

    /** The event in a request; empty for other requests and for events without a token or a timestamp. */
    static Optional<ReminderEvent> from(Request request) {
        if (request.getTimestamp() == null) {
            return Optional.empty();
        }
        // Alexa sends whole seconds; cut any fraction so that events of one second stay in arrival order.
        OffsetDateTime timestamp = request.getTimestamp().truncatedTo(ChronoUnit.SECONDS);
        if (request instanceof ReminderDeletedEventRequest deleted) {
            List<String> tokens = deleted.getBody() == null || deleted.getBody().getAlertTokens() == null
                    ? List.of()
                    : deleted.getBody().getAlertTokens().stream()
                            .filter(Objects::nonNull)
                            .toList();
            return tokens.isEmpty()
                    ? Optional.empty()
                    : Optional.of(new ReminderEvent(Kind.DELETED, tokens, Optional.empty(), timestamp.toInstant()));
        }
        Kind kind;
        Event body;
        if (request instanceof ReminderCreatedEventRequest created) {
            kind = Kind.CREATED;
            body = created.getBody();
        } else if (request instanceof ReminderUpdatedEventRequest updated) {
            kind = Kind.UPDATED;
            body = updated.getBody();
        } else if (request instanceof ReminderStatusChangedEventRequest changed) {
            kind = Kind.STATUS_CHANGED;
            body = changed.getBody();
        } else if (request instanceof ReminderStartedEventRequest started) {
            kind = Kind.STARTED;
            body = started.getBody();
        } else {
            return Optional.empty();
        }
        if (body == null || body.getAlertToken() == null || body.getAlertToken().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new ReminderEvent(
                kind, List.of(body.getAlertToken()), state(body.getStatusAsString()), timestamp.toInstant()));
    }

    /** ON and COMPLETED as reported; the older page's OFF is COMPLETED; DEFERRED (snoozed) and unknown ones change nothing. */
    static Optional<ReminderState> state(String status) {
        if (status == null) {
            return Optional.empty();
        }
        return switch (status) {
            case "ON" -> Optional.of(ReminderState.ON);
            case "COMPLETED", "OFF" -> Optional.of(ReminderState.COMPLETED);
            default -> Optional.empty();
        };
    }

    /**
     * The reminder after this event, or {@code current} itself when the event changes nothing
     * (it is older than the newest applied, or the reminder is deleted).
     */
    KeptReminder applyTo(KeptReminder current, Instant now) {
        boolean stale = current.lastEventAt().filter(timestamp::isBefore).isPresent();
        if (stale || current.state() == ReminderState.DELETED) {
            return current;
        }
        KeptReminder next = current.withLastEventAt(timestamp, now);
        return switch (kind) {
            case CREATED -> next;
            case UPDATED, STATUS_CHANGED ->
                status.map(value -> next.withState(value, now)).orElse(next);
            case STARTED -> next.withLastStartedAt(timestamp, now);
            case DELETED -> next.withState(ReminderState.DELETED, now);
        };
    }
}
