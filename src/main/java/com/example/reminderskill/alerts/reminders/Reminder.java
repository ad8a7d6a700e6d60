package com.example.reminderskill.alerts.reminders;

import com.amazon.ask.model.services.reminderManagement.AlertInfo;
import com.amazon.ask.model.services.reminderManagement.GetReminderResponse;
import com.amazon.ask.model.services.reminderManagement.PushNotification;
import com.amazon.ask.model.services.reminderManagement.PushNotificationStatus;
import com.amazon.ask.model.services.reminderManagement.Status;
import com.amazon.ask.model.services.reminderManagement.Trigger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A reminder as the service returns it. The trigger and alert info are the SDK's own model
 * types, so a reminder can be changed and sent back with {@code ReminderRequest.builder()}.
 */
public record Reminder(
        String alertToken,
        Status status,
        Optional<Instant> createdTime,
        Optional<Instant> updatedTime,
        Optional<String> version,
        Optional<Trigger> trigger,
        Optional<AlertInfo> alertInfo,
        Optional<PushNotificationStatus> pushNotification) {

    static Reminder from(com.amazon.ask.model.services.reminderManagement.Reminder reminder) {
        return new Reminder(
                reminder.getAlertToken(),
                statusOf(reminder.getStatusAsString()),
                instant(reminder.getCreatedTime()),
                instant(reminder.getUpdatedTime()),
                Optional.ofNullable(reminder.getVersion()),
                Optional.ofNullable(reminder.getTrigger()),
                Optional.ofNullable(reminder.getAlertInfo()),
                Optional.ofNullable(reminder.getPushNotification()).map(PushNotification::getStatus));
    }

    static Reminder from(GetReminderResponse reminder) {
        return new Reminder(
                reminder.getAlertToken(),
                statusOf(reminder.getStatusAsString()),
                instant(reminder.getCreatedTime()),
                instant(reminder.getUpdatedTime()),
                Optional.ofNullable(reminder.getVersion()),
                Optional.ofNullable(reminder.getTrigger()),
                Optional.ofNullable(reminder.getAlertInfo()),
                Optional.ofNullable(reminder.getPushNotification()).map(PushNotification::getStatus));
    }

    /** ON or COMPLETED; the older page calls completed reminders OFF. */
    static Status statusOf(String status) {
        if (status == null) {
            return Status.UNKNOWN_TO_SDK_VERSION;
        }
        return switch (status) {
            case "ON" -> Status.ON;
            case "COMPLETED", "OFF" -> Status.COMPLETED;
            default -> Status.UNKNOWN_TO_SDK_VERSION;
        };
    }

    private static Optional<Instant> instant(OffsetDateTime time) {
        return Optional.ofNullable(time).map(OffsetDateTime::toInstant);
    }
}
