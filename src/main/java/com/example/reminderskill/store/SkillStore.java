package com.example.reminderskill.store;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What the skill keeps per user: the reminders and timers it created, the newest event applied
 * per reminder, the time zones of the user's devices, the event and message ids already
 * processed, and the outcomes of out-of-session operations. Every method is safe to call from several threads and several processes at once.
 */
public interface SkillStore {

    /** How often {@link #updateReminder} reads again after another writer changed the reminder first. */
    int MAX_CONFLICT_RETRIES = 8;

    /**
     * The clock by which the store decides what has expired (outcomes, processed ids, tombstones,
     * device zones). The skill runs on the same one: {@code SkillSettings} refuses any other.
     */
    Clock clock();

    Optional<KeptReminder> reminder(String userId, String alertToken);

    /**
     * Every reminder kept for the user, in no particular order. Deleted ones are included: they are
     * kept 30 days so that late events cannot bring them back, then count as absent.
     */
    List<KeptReminder> reminders(String userId);

    /** The user's reminder the web app knows by this reference, if any (deleted ones excluded); the skill keeps references unique. */
    default Optional<KeptReminder> reminderByReference(String userId, String externalReference) {
        return reminders(userId).stream()
                .filter(reminder -> reminder.state() != ReminderState.DELETED)
                .filter(reminder -> reminder.externalReference()
                        .filter(externalReference::equals)
                        .isPresent())
                .findFirst();
    }

    /**
     * Writes {@code reminder} when the stored one still has {@code reminder.revision()} (0: none
     * stored yet), and stores it with the next revision.
     *
     * @return false when another writer got there first; nothing was written
     */
    boolean putReminder(KeptReminder reminder);

    /**
     * Reads, changes and writes one reminder, reading again after a short random pause when
     * another writer got there first. {@code change} gets the stored reminder or
     * {@link KeptReminder#unknown} and returns the reminder to store (same user, token and
     * revision), or the same instance to leave it as it is. It may run more than once.
     *
     * @return the reminder as stored afterwards
     * @throws StoreException when the reminder kept changing under it; nothing was written, so it may be called again
     * @throws IllegalArgumentException when {@code change} moved the reminder or touched its revision
     */
    default KeptReminder updateReminder(
            String userId, String alertToken, Instant now, UnaryOperator<KeptReminder> change) {
        return StoreRetries.upTo(
                MAX_CONFLICT_RETRIES + 1,
                "update reminder",
                (timeout, earlierMayHaveTakenEffect) -> {
                    KeptReminder current =
                            reminder(userId, alertToken).orElseGet(() -> KeptReminder.unknown(userId, alertToken, now));
                    KeptReminder next = change.apply(current);
                    if (next == current) {
                        return current;
                    }
                    StoreJson.requireSameReminder(current, next);
                    if (!putReminder(next)) {
                        throw new StoreRetries.WriteNotDone("another writer changed reminder " + alertToken + " first");
                    }
                    return next.nextRevision();
                },
                () -> "reminder " + alertToken + " kept changing; gave up after " + MAX_CONFLICT_RETRIES + " retries");
    }

    void putTimer(KeptTimer timer, Instant expiresAt);

    /** The user's timers whose expiry has not passed. */
    List<KeptTimer> timers(String userId, Instant now);

    /** Keeps (or replaces) the device's time zone until its expiry, so that later turns need not ask the Settings API for it. */
    void putDeviceZone(KeptDeviceZone device);

    /** The device's time zone kept by {@link #putDeviceZone}, while its expiry has not passed at {@code now}. */
    Optional<KeptDeviceZone> deviceZone(String userId, String deviceId, Instant now);

    /**
     * Records that an event or message id was processed, until {@code expiresAt}.
     *
     * @return true the first time for this user and id; false when it was already recorded
     */
    boolean markProcessed(String userId, String id, Instant expiresAt);

    /** Stores (or replaces) the outcome under its user and reference, until {@code expiresAt}. */
    void putOutcome(MessageOutcome outcome, Instant expiresAt);

    Optional<MessageOutcome> outcome(String userId, String reference);

    /** Forgets everything about the user: reminders, timers, device zones, processed ids and outcomes. */
    void deleteUser(String userId);

    /** Loads and builds what the first call would (clients, classes) without calling anything: for a SnapStart snapshot. */
    default void prime() {}
}
