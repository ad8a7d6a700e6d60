package com.example.reminderskill.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A reminder as the skill remembers it. The Reminders API stays the source of truth; this copy
 * lets the skill answer a web app by its own reference and judge which event is newer.
 *
 * @param text              what the reminder says; empty for a reminder known only from its events
 * @param trigger           the Reminders API trigger as JSON, as last sent or read
 * @param externalReference the web app's own id for it (a match id, say), set by a skill message
 * @param lastEventAt       the timestamp of the newest {@code Reminders.*} event applied
 * @param lastStartedAt     when it last started ringing
 * @param revision          0 for a reminder not stored yet; each write adds one (optimistic locking)
 */
public record KeptReminder(
        String userId,
        String alertToken,
        Optional<String> text,
        Optional<String> trigger,
        ReminderState state,
        Optional<String> externalReference,
        Optional<Instant> lastEventAt,
        Optional<Instant> lastStartedAt,
        Instant updatedAt,
        long revision) {

    public KeptReminder {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(alertToken, "alertToken");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(externalReference, "externalReference");
        Objects.requireNonNull(lastEventAt, "lastEventAt");
        Objects.requireNonNull(lastStartedAt, "lastStartedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A reminder the skill has not stored yet: nothing known but its token. */
    public static KeptReminder unknown(String userId, String alertToken, Instant now) {
        return new KeptReminder(
                userId,
                alertToken,
                Optional.empty(),
                Optional.empty(),
                ReminderState.ON,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                now,
                0);
    }

    public KeptReminder withText(String value, Instant now) {
        return new KeptReminder(
                userId,
                alertToken,
                Optional.of(value),
                trigger,
                state,
                externalReference,
                lastEventAt,
                lastStartedAt,
                now,
                revision);
    }

    public KeptReminder withTrigger(String value, Instant now) {
        return new KeptReminder(
                userId,
                alertToken,
                text,
                Optional.of(value),
                state,
                externalReference,
                lastEventAt,
                lastStartedAt,
                now,
                revision);
    }

    public KeptReminder withState(ReminderState value, Instant now) {
        return new KeptReminder(
                userId, alertToken, text, trigger, value, externalReference, lastEventAt, lastStartedAt, now, revision);
    }

    public KeptReminder withExternalReference(String value, Instant now) {
        return new KeptReminder(
                userId,
                alertToken,
                text,
                trigger,
                state,
                Optional.of(value),
                lastEventAt,
                lastStartedAt,
                now,
                revision);
    }

    public KeptReminder withoutExternalReference(Instant now) {
        return new KeptReminder(
                userId, alertToken, text, trigger, state, Optional.empty(), lastEventAt, lastStartedAt, now, revision);
    }

    public KeptReminder withLastEventAt(Instant value, Instant now) {
        return new KeptReminder(
                userId,
                alertToken,
                text,
                trigger,
                state,
                externalReference,
                Optional.of(value),
                lastStartedAt,
                now,
                revision);
    }

    public KeptReminder withLastStartedAt(Instant value, Instant now) {
        return new KeptReminder(
                userId,
                alertToken,
                text,
                trigger,
                state,
                externalReference,
                lastEventAt,
                Optional.of(value),
                now,
                revision);
    }

    /** The same reminder as stored by one more write; only stores call this. */
    public KeptReminder nextRevision() {
        return new KeptReminder(
                userId,
                alertToken,
                text,
                trigger,
                state,
                externalReference,
                lastEventAt,
                lastStartedAt,
                updatedAt,
                revision + 1);
    }
}
