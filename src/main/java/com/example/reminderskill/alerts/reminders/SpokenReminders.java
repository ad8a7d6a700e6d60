package com.example.reminderskill.alerts.reminders;

import com.amazon.ask.model.services.reminderManagement.AlertInfo;
import com.amazon.ask.model.services.reminderManagement.PushNotification;
import com.amazon.ask.model.services.reminderManagement.PushNotificationStatus;
import com.amazon.ask.model.services.reminderManagement.ReminderRequest;
import com.amazon.ask.model.services.reminderManagement.SpokenInfo;
import com.amazon.ask.model.services.reminderManagement.SpokenText;
import com.amazon.ask.model.services.reminderManagement.Trigger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The Reminders API body of a new reminder as this skill sends it: one spoken text, pushed to the Alexa app too. */
public final class SpokenReminders {

    private SpokenReminders() {}

    public static ReminderRequest request(Instant requestedAt, Trigger trigger, String locale, String text) {
        return ReminderRequest.builder()
                .withRequestTime(OffsetDateTime.ofInstant(requestedAt, ZoneOffset.UTC))
                .withTrigger(trigger)
                .withAlertInfo(AlertInfo.builder()
                        .withSpokenInfo(SpokenInfo.builder()
                                .withContent(List.of(SpokenText.builder()
                                        .withLocale(locale)
                                        .withText(text)
                                        .build()))
                                .build())
                        .build())
                .withPushNotification(PushNotification.builder()
                        .withStatus(PushNotificationStatus.ENABLED)
                        .build())
                .build();
    }
}
