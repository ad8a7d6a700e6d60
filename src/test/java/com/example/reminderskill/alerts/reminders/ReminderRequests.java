package com.example.reminderskill.alerts.reminders;

import com.amazon.ask.model.services.reminderManagement.AlertInfo;
import com.amazon.ask.model.services.reminderManagement.PushNotification;
import com.amazon.ask.model.services.reminderManagement.PushNotificationStatus;
import com.amazon.ask.model.services.reminderManagement.ReminderRequest;
import com.amazon.ask.model.services.reminderManagement.SpokenInfo;
import com.amazon.ask.model.services.reminderManagement.SpokenText;
import com.amazon.ask.model.services.reminderManagement.Trigger;
import com.amazon.ask.model.services.reminderManagement.TriggerType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/** SDK reminder requests for tests, built the way the skill builds them. */
public final class ReminderRequests {

    private ReminderRequests() {}

    public static ReminderRequest absolute(
            Instant requestTime, LocalDateTime scheduledTime, String timeZoneId, String text) {
        return request(
                requestTime,
                Trigger.builder()
                        .withType(TriggerType.SCHEDULED_ABSOLUTE)
                        .withScheduledTime(scheduledTime)
                        .withTimeZoneId(timeZoneId)
                        .build(),
                text);
    }

    public static ReminderRequest relative(Instant requestTime, int offsetInSeconds, String text) {
        return request(
                requestTime,
                Trigger.builder()
                        .withType(TriggerType.SCHEDULED_RELATIVE)
                        .withOffsetInSeconds(offsetInSeconds)
                        .build(),
                text);
    }

    /** Alert info that says {@code text} in en-US. */
    public static AlertInfo spoken(String text) {
        return AlertInfo.builder()
                .withSpokenInfo(SpokenInfo.builder()
                        .withContent(List.of(SpokenText.builder()
                                .withLocale("en-US")
                                .withText(text)
                                .build()))
                        .build())
                .build();
    }

    public static PushNotification pushEnabled() {
        return PushNotification.builder()
                .withStatus(PushNotificationStatus.ENABLED)
                .build();
    }

    private static ReminderRequest request(Instant requestTime, Trigger trigger, String text) {
        return SpokenReminders.request(requestTime, trigger, "en-US", text);
    }
}
