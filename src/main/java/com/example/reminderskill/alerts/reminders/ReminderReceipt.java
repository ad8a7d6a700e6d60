package com.example.reminderskill.alerts.reminders;

import com.amazon.ask.model.services.reminderManagement.ReminderResponse;
import com.amazon.ask.model.services.reminderManagement.Status;
import com.example.reminderskill.alerts.AlertTimes;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The service's answer to a create or update.
 *
 * @param alertToken the reminder's id, for get, update and delete
 */
public record ReminderReceipt(
        String alertToken,
        Status status,
        Optional<Instant> createdTime,
        Optional<Instant> updatedTime,
        Optional<String> version,
        Optional<String> href) {

    static ReminderReceipt from(ReminderResponse response) {
        return new ReminderReceipt(
                response.getAlertToken(),
                Reminder.statusOf(response.getStatusAsString()),
                instant(response.getCreatedTime()),
                instant(response.getUpdatedTime()),
                Optional.ofNullable(response.getVersion()),
                Optional.ofNullable(response.getHref()));
    }

    /** The receipt for a reminder found by reconciliation instead of by the create's own answer. */
    static ReminderReceipt from(Reminder reminder) {
        return new ReminderReceipt(
                reminder.alertToken(),
                reminder.status(),
                reminder.createdTime(),
                reminder.updatedTime(),
                reminder.version(),
                Optional.empty());
    }

    private static Optional<Instant> instant(String text) {
        return Optional.ofNullable(text)
                .flatMap(AlertTimes::parseOffsetDateTime)
                .map(OffsetDateTime::toInstant);
    }
}
