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
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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
 * @param text     what to be reminded of, as the user said it
 * @param schedule when it rings
 * @param locale   the locale the reminder speaks in
 */
public record PendingReminder(String text, ReminderSchedule schedule, String locale) {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int TOKEN_VERSION = 2;

    public PendingReminder {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(locale, "locale");
    }

    /** The Reminders API body of this one-time reminder, requested at {@code now}. */
    public ReminderRequest toRequest(Instant now) {
        return ReminderRequest.builder()
                .withRequestTime(OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .withTrigger(trigger())
                .withAlertInfo(AlertInfo.builder()
                        .withSpokenInfo(SpokenInfo.builder()
                                .withContent(List.of(SpokenText.builder().withLocale(locale).withText(text).build()))
                                .build())
                        .build())
                .withPushNotification(PushNotification.builder().withStatus(PushNotificationStatus.ENABLED).build())
                .build();
    }

    private Trigger trigger() {
        if (schedule instanceof ReminderSchedule.In in) {
            return Trigger.builder().withType(TriggerType.SCHEDULED_RELATIVE).withOffsetInSeconds((int) in.offset().getSeconds()).build();
        }
        ReminderSchedule.At at = (ReminderSchedule.At) schedule;
        return Trigger.builder()
                .withType(TriggerType.SCHEDULED_ABSOLUTE)
                .withScheduledTime(at.time().truncatedTo(ChronoUnit.SECONDS))
                .withTimeZoneId(at.zone().map(ZoneId::getId).orElse(null))
                .build();
    }

    public String toToken() {
        ObjectNode token = MAPPER.createObjectNode().put("version", TOKEN_VERSION).put("text", text).put("locale", locale);
        if (schedule instanceof ReminderSchedule.In in) {
            token.put("offsetSeconds", in.offset().getSeconds());
        } else {
            ReminderSchedule.At at = (ReminderSchedule.At) schedule;
            token.put("time", at.time().toString());
            at.zone().ifPresent(zone -> token.put("zone", zone.getId()));
        }
        return token.toString();
    }

    /** The reminder a permission request carried; empty for a token this version did not write. */
    public static Optional<PendingReminder> fromToken(String token) {
        try {
            JsonNode json = token == null ? null : MAPPER.readTree(token);
            if (json == null || json.path("version").asInt() != TOKEN_VERSION || !json.path("text").isTextual() || !json.path("locale").isTextual()) {
                return Optional.empty();
            }
            ReminderSchedule schedule = json.has("offsetSeconds")
                    ? new ReminderSchedule.In(Duration.ofSeconds(json.get("offsetSeconds").asLong()))
                    : new ReminderSchedule.At(LocalDateTime.parse(json.path("time").asText()),
                            json.hasNonNull("zone") ? Optional.of(ZoneId.of(json.get("zone").asText())) : Optional.empty());
            return Optional.of(new PendingReminder(json.get("text").asText(), schedule, json.get("locale").asText()));
        } catch (IOException | DateTimeException e) {
            return Optional.empty();
        }
    }
}
