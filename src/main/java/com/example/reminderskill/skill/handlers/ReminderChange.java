package com.example.reminderskill.skill.handlers;

import com.amazon.ask.model.services.reminderManagement.AlertInfo;
import com.amazon.ask.model.services.reminderManagement.PushNotification;
import com.amazon.ask.model.services.reminderManagement.PushNotificationStatus;
import com.amazon.ask.model.services.reminderManagement.Recurrence;
import com.amazon.ask.model.services.reminderManagement.ReminderRequest;
import com.amazon.ask.model.services.reminderManagement.SpokenInfo;
import com.amazon.ask.model.services.reminderManagement.SpokenText;
import com.amazon.ask.model.services.reminderManagement.Trigger;
import com.amazon.ask.model.services.reminderManagement.TriggerType;
import com.example.reminderskill.alerts.reminders.Reminder;
import com.example.reminderskill.messaging.InvalidMessageException;
import com.example.reminderskill.messaging.SkillMessage;
import com.example.reminderskill.skill.conversation.Ssml;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The update body for a reminder a skill message changes: the reminder as read, with the
 * message's changes, as the out-of-session article does (get, change, update).
 * <ul>
 *   <li>New text replaces the text in every locale (and its SSML, escaped).</li>
 *   <li>A one-time reminder gets {@code scheduledTime} as its new time; a repeating one gets it as the
 *       day its repetition starts, since its rules say the time of day.</li>
 *   <li>{@code recurrenceRules} make it repeat by those rules (from {@code scheduledTime}, else its old
 *       start or time, keeping its end; a relative reminder needs {@code scheduledTime}); an empty list makes a
 *       repeating reminder ring once, at {@code scheduledTime}, which is then required.</li>
 *   <li>A relative reminder whose time does not change keeps ringing when it would have: its offset
 *       becomes the time left, because an update starts the offset again.</li>
 *   <li>{@code timeZoneId} replaces the trigger's zone; without it the zone stays.</li>
 * </ul>
 */
final class ReminderChange {

    private ReminderChange() {}

    /** @throws InvalidMessageException when the change cannot apply to this reminder */
    public static ReminderRequest apply(Reminder current, SkillMessage message, Instant now) {
        Trigger trigger = current.trigger()
                .orElseThrow(() -> new InvalidMessageException(
                        InvalidMessageException.INVALID_MESSAGE, "the reminder has no trigger to change"));
        return ReminderRequest.builder()
                .withRequestTime(OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .withTrigger(trigger(trigger, current.createdTime(), message, now))
                .withAlertInfo(message.text()
                        .map(Ssml::clean)
                        .map(text -> alertInfo(current.alertInfo(), text))
                        .orElse(current.alertInfo().orElse(null)))
                .withPushNotification(PushNotification.builder()
                        .withStatus(current.pushNotification().orElse(PushNotificationStatus.ENABLED))
                        .build())
                .build();
    }

    private static Trigger trigger(Trigger old, Optional<Instant> createdTime, SkillMessage message, Instant now) {
        String zone = message.timeZone().map(ZoneId::getId).orElse(old.getTimeZoneId());
        Optional<LocalDateTime> time = message.scheduledTime();
        Recurrence oldRecurrence = old.getRecurrence();
        // An empty list stops a repetition; on a reminder that does not repeat it changes nothing.
        Optional<List<String>> rules =
                message.recurrenceRules().filter(list -> !list.isEmpty() || oldRecurrence != null);
        if (rules.isPresent() && !rules.get().isEmpty()) {
            LocalDateTime start = time.or(
                            () -> Optional.ofNullable(oldRecurrence).map(Recurrence::getStartDateTime))
                    .or(() -> Optional.ofNullable(old.getScheduledTime()))
                    .orElseThrow(
                            () -> new InvalidMessageException(
                                    InvalidMessageException.INVALID_MESSAGE,
                                    "a relative reminder made to repeat needs scheduledTime: the day and time the repetition starts"));
            return absolute(
                    null,
                    zone,
                    Recurrence.builder()
                            .withStartDateTime(start)
                            .withEndDateTime(oldRecurrence == null ? null : oldRecurrence.getEndDateTime())
                            .withRecurrenceRules(rules.get())
                            .build());
        }
        if (rules.isPresent() || (oldRecurrence == null && time.isPresent())) {
            LocalDateTime at = time.orElseThrow(() -> new InvalidMessageException(
                    InvalidMessageException.INVALID_MESSAGE,
                    "an empty recurrenceRules makes the reminder ring once: it needs scheduledTime"));
            return absolute(at, zone, null);
        }
        if (oldRecurrence != null) {
            Recurrence recurrence = time.isEmpty()
                    ? oldRecurrence
                    : Recurrence.builder()
                            .withStartDateTime(time.get())
                            .withEndDateTime(oldRecurrence.getEndDateTime())
                            .withFreq(oldRecurrence.getFreq())
                            .withByDay(oldRecurrence.getByDay())
                            .withInterval(oldRecurrence.getInterval())
                            .withRecurrenceRules(oldRecurrence.getRecurrenceRules())
                            .build();
            return absolute(old.getScheduledTime(), zone, recurrence);
        }
        if (old.getType() == TriggerType.SCHEDULED_RELATIVE
                && old.getOffsetInSeconds() != null
                && createdTime.isPresent()) {
            long left = Duration.between(now, createdTime.get().plusSeconds(old.getOffsetInSeconds()))
                    .getSeconds();
            return Trigger.builder()
                    .withType(TriggerType.SCHEDULED_RELATIVE)
                    .withOffsetInSeconds((int) Math.max(left, 0))
                    .build();
        }
        return old;
    }

    private static Trigger absolute(LocalDateTime at, String zone, Recurrence recurrence) {
        return Trigger.builder()
                .withType(TriggerType.SCHEDULED_ABSOLUTE)
                .withScheduledTime(at)
                .withTimeZoneId(zone)
                .withRecurrence(recurrence)
                .build();
    }

    private static AlertInfo alertInfo(Optional<AlertInfo> old, String text) {
        List<SpokenText> content =
                old.map(AlertInfo::getSpokenInfo).map(SpokenInfo::getContent).orElse(List.of());
        List<SpokenText> changed = content.isEmpty()
                ? List.of(
                        SpokenText.builder().withLocale("en-US").withText(text).build())
                : content.stream()
                        .map(item -> SpokenText.builder()
                                .withLocale(item.getLocale())
                                .withText(text)
                                .withSsml(item.getSsml() == null ? null : "<speak>" + Ssml.escape(text) + "</speak>")
                                .build())
                        .toList();
        return AlertInfo.builder()
                .withSpokenInfo(SpokenInfo.builder().withContent(changed).build())
                .build();
    }
}
