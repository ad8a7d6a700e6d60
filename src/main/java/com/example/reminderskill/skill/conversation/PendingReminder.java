package com.example.reminderskill.skill.conversation;

import com.amazon.ask.model.services.reminderManagement.Recurrence;
import com.amazon.ask.model.services.reminderManagement.ReminderRequest;
import com.amazon.ask.model.services.reminderManagement.Trigger;
import com.amazon.ask.model.services.reminderManagement.TriggerType;
import com.example.reminderskill.alerts.reminders.SpokenReminders;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
        // Cleaned here, so neither the Reminders API, the store nor speech ever sees what XML forbids.
        text = Ssml.clean(text);
    }

    /** The Reminders API body of this one-time reminder, requested at {@code now}. */
    public ReminderRequest toRequest(Instant now) {
        return SpokenReminders.request(now, trigger(), locale, text);
    }

    private Trigger trigger() {
        if (schedule instanceof ReminderSchedule.In in) {
            return Trigger.builder()
                    .withType(TriggerType.SCHEDULED_RELATIVE)
                    .withOffsetInSeconds((int) in.offset().getSeconds())
                    .build();
        }
        if (schedule instanceof ReminderSchedule.Every every) {
            return Trigger.builder()
                    .withType(TriggerType.SCHEDULED_ABSOLUTE)
                    .withTimeZoneId(every.zone().map(ZoneId::getId).orElse(null))
                    .withRecurrence(Recurrence.builder()
                            .withStartDateTime(every.start().truncatedTo(ChronoUnit.SECONDS))
                            .withRecurrenceRules(List.of(every.repeat().toRule()))
                            .build())
                    .build();
        }
        ReminderSchedule.At at = (ReminderSchedule.At) schedule;
        return Trigger.builder()
                .withType(TriggerType.SCHEDULED_ABSOLUTE)
                .withScheduledTime(at.time().truncatedTo(ChronoUnit.SECONDS))
                .withTimeZoneId(at.zone().map(ZoneId::getId).orElse(null))
                .build();
    }

    public String toToken() {
        ObjectNode token = MAPPER.createObjectNode()
                .put("version", TOKEN_VERSION)
                .put("text", text)
                .put("locale", locale);
        if (schedule instanceof ReminderSchedule.In in) {
            token.put("offsetSeconds", in.offset().getSeconds());
        } else if (schedule instanceof ReminderSchedule.Every every) {
            token.put("start", every.start().toString());
            every.zone().ifPresent(zone -> token.put("zone", zone.getId()));
            ObjectNode repeat =
                    token.putObject("repeat").put("time", every.repeat().time().toString());
            if (every.repeat() instanceof Repeat.Daily) {
                repeat.put("kind", "DAILY");
            } else if (every.repeat() instanceof Repeat.Weekdays) {
                repeat.put("kind", "WEEKDAYS");
            } else if (every.repeat() instanceof Repeat.Weekly weekly) {
                repeat.put("kind", "WEEKLY");
                weekly.days().stream()
                        .sorted()
                        .forEach(day -> repeat.withArray("days").add(day.name()));
            } else {
                repeat.put("kind", "MONTHLY").put("dayOfMonth", ((Repeat.Monthly) every.repeat()).dayOfMonth());
            }
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
            if (json == null
                    || json.path("version").asInt() != TOKEN_VERSION
                    || !json.path("text").isTextual()
                    || !json.path("locale").isTextual()) {
                return Optional.empty();
            }
            Optional<ZoneId> zone = json.hasNonNull("zone")
                    ? Optional.of(ZoneId.of(json.get("zone").asText()))
                    : Optional.empty();
            ReminderSchedule schedule;
            if (json.has("offsetSeconds")) {
                schedule = new ReminderSchedule.In(
                        Duration.ofSeconds(json.get("offsetSeconds").asLong()));
            } else if (json.has("repeat")) {
                schedule = new ReminderSchedule.Every(
                        repeat(json.get("repeat")),
                        LocalDateTime.parse(json.path("start").asText()),
                        zone);
            } else {
                schedule = new ReminderSchedule.At(
                        LocalDateTime.parse(json.path("time").asText()), zone);
            }
            return Optional.of(new PendingReminder(
                    json.get("text").asText(), schedule, json.get("locale").asText()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Repeat repeat(JsonNode json) {
        LocalTime time = LocalTime.parse(json.path("time").asText());
        return switch (json.path("kind").asText()) {
            case "DAILY" -> new Repeat.Daily(time);
            case "WEEKDAYS" -> new Repeat.Weekdays(time);
            case "WEEKLY" -> {
                Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
                json.path("days").forEach(day -> days.add(DayOfWeek.valueOf(day.asText())));
                yield new Repeat.Weekly(days, time);
            }
            case "MONTHLY" -> new Repeat.Monthly(json.path("dayOfMonth").asInt(), time);
            default ->
                throw new IllegalArgumentException(
                        "unknown repeat " + json.path("kind").asText());
        };
    }
}
