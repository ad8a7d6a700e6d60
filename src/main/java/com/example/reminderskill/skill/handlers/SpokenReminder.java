package com.example.reminderskill.skill.handlers;

import com.amazon.ask.model.services.reminderManagement.SpokenText;
import com.amazon.ask.model.services.reminderManagement.Trigger;
import com.example.reminderskill.alerts.reminders.Reminder;
import com.example.reminderskill.skill.Repeat;
import com.example.reminderskill.skill.ReminderSchedule;
import com.example.reminderskill.skill.Speech;
import com.example.reminderskill.skill.SpokenSchedule;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** A reminder as the service returns it, described for speech: its text and when it rings. */
final class SpokenReminder {

    private final Clock clock;

    SpokenReminder(Clock clock) {
        this.clock = clock;
    }

    /** The text in the user's locale, else the first there is. */
    static String text(Reminder reminder, String locale) {
        List<SpokenText> content = reminder.alertInfo()
                .map(info -> info.getSpokenInfo() == null ? List.<SpokenText>of() : info.getSpokenInfo().getContent())
                .orElse(List.of());
        return content.stream().filter(item -> locale.equals(item.getLocale())).findFirst()
                .or(() -> content.stream().findFirst())
                .map(SpokenText::getText)
                .orElse("");
    }

    /** When it rings: "tomorrow at 7:00 PM", "every Monday at 6:00 PM", in the reminder's zone, else the device's. */
    String when(Reminder reminder, Optional<ZoneId> deviceZone, Speech speech) {
        Optional<Trigger> trigger = reminder.trigger();
        if (trigger.isEmpty()) {
            return speech.say("repeat.other");
        }
        Optional<ZoneId> zone = zone(trigger.get()).or(() -> deviceZone);
        if (trigger.get().getRecurrence() != null) {
            List<String> rules = trigger.get().getRecurrence().getRecurrenceRules();
            return rules == null || rules.size() != 1 ? speech.say("repeat.other")
                    : Repeat.fromRule(rules.get(0)).map(repeat -> SpokenSchedule.repeat(repeat, speech)).orElse(speech.say("repeat.other"));
        }
        LocalDateTime at;
        if ("SCHEDULED_RELATIVE".equals(trigger.get().getTypeAsString()) && trigger.get().getOffsetInSeconds() != null) {
            Instant rings = reminder.createdTime().orElse(clock.instant()).plusSeconds(trigger.get().getOffsetInSeconds());
            at = LocalDateTime.ofInstant(rings, zone.orElse(ZoneOffset.UTC));
        } else if (trigger.get().getScheduledTime() != null) {
            at = trigger.get().getScheduledTime();
        } else {
            return speech.say("repeat.other");
        }
        return SpokenSchedule.say(new ReminderSchedule.At(at, zone), speech, clock);
    }

    private static Optional<ZoneId> zone(Trigger trigger) {
        try {
            return Optional.ofNullable(trigger.getTimeZoneId()).map(ZoneId::of);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
