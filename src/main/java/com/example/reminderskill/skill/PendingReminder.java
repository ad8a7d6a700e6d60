package com.example.reminderskill.skill;

import com.amazon.ask.model.services.reminderManagement.AlertInfo;
import com.amazon.ask.model.services.reminderManagement.PushNotification;
import com.amazon.ask.model.services.reminderManagement.PushNotificationStatus;
import com.amazon.ask.model.services.reminderManagement.ReminderRequest;
import com.amazon.ask.model.services.reminderManagement.SpokenInfo;
import com.amazon.ask.model.services.reminderManagement.SpokenText;
import com.amazon.ask.model.services.reminderManagement.Trigger;
import com.amazon.ask.model.services.reminderManagement.TriggerType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A reminder the user has confirmed but that is not created yet. It travels in the token of
 * the permission request, so that after the user allows reminders it is created without asking
 * again.
 *
 * @param text   what to be reminded of, as the user said it
 * @param offset how long from now
 * @param locale the locale the reminder speaks in
 */
public record PendingReminder(String text, Duration offset, String locale) {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int TOKEN_VERSION = 1;

    public PendingReminder {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(offset, "offset");
        Objects.requireNonNull(locale, "locale");
    }

    /** The Reminders API body: a one-time reminder {@code offset} after {@code now}. */
    public ReminderRequest toRequest(Instant now) {
        return ReminderRequest.builder()
                .withRequestTime(OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .withTrigger(Trigger.builder().withType(TriggerType.SCHEDULED_RELATIVE).withOffsetInSeconds((int) offset.getSeconds()).build())
                .withAlertInfo(AlertInfo.builder()
                        .withSpokenInfo(SpokenInfo.builder()
                                .withContent(List.of(SpokenText.builder().withLocale(locale).withText(text).build()))
                                .build())
                        .build())
                .withPushNotification(PushNotification.builder().withStatus(PushNotificationStatus.ENABLED).build())
                .build();
    }

    public String toToken() {
        return MAPPER.createObjectNode()
                .put("version", TOKEN_VERSION)
                .put("text", text)
                .put("offsetSeconds", offset.getSeconds())
                .put("locale", locale)
                .toString();
    }

    /** The reminder a permission request carried; empty for a token this version did not write. */
    public static Optional<PendingReminder> fromToken(String token) {
        try {
            JsonNode json = token == null ? null : MAPPER.readTree(token);
            if (json == null || json.path("version").asInt() != TOKEN_VERSION || !json.path("text").isTextual()
                    || !json.path("offsetSeconds").canConvertToLong() || !json.path("locale").isTextual()) {
                return Optional.empty();
            }
            return Optional.of(new PendingReminder(json.get("text").asText(), Duration.ofSeconds(json.get("offsetSeconds").asLong()),
                    json.get("locale").asText()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
