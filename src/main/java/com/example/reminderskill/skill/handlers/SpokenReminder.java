package com.example.reminderskill.skill.handlers;

import com.amazon.ask.model.services.reminderManagement.SpokenText;
import com.amazon.ask.model.services.reminderManagement.Status;
import com.amazon.ask.model.services.reminderManagement.Trigger;
import com.example.reminderskill.alerts.AlexaApiAccess;
import com.example.reminderskill.alerts.reminders.Reminder;
import com.example.reminderskill.alerts.reminders.ReminderClient;
import com.example.reminderskill.skill.conversation.ReminderSchedule;
import com.example.reminderskill.skill.conversation.Repeat;
import com.example.reminderskill.skill.conversation.Speech;
import com.example.reminderskill.skill.conversation.SpokenSchedule;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** A reminder as the service returns it, described for speech: its text and when it rings. */
final class SpokenReminder {

    /** What separates words: anything but letters and digits, in any script. */
    private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Letters two forms of a word share: "walk", "walking", "walks". */
    private static final int STEM = 4;

    private final Clock clock;

    SpokenReminder(Clock clock) {
        this.clock = clock;
    }

    /** The text in the user's locale, else the first there is. */
    static String text(Reminder reminder, String locale) {
        List<SpokenText> content = reminder.alertInfo()
                .map(info -> info.getSpokenInfo() == null
                        ? List.<SpokenText>of()
                        : info.getSpokenInfo().getContent())
                .orElse(List.of());
        return content.stream()
                .filter(item -> locale.equals(item.getLocale()))
                .findFirst()
                .or(() -> content.stream().findFirst())
                .map(SpokenText::getText)
                .orElse("");
    }

    /** When it rings: "tomorrow at 7:00 PM", "every Monday at 6:00 PM", in the reminder's zone, else the device's. */
    /** @param deviceZone asked only when the reminder's trigger names no zone of its own (one Settings API call fewer) */
    String when(Reminder reminder, Supplier<Optional<ZoneId>> deviceZone, Speech speech) {
        Optional<Trigger> trigger = reminder.trigger();
        if (trigger.isEmpty()) {
            return speech.say("repeat.other");
        }
        Optional<ZoneId> zone = zone(trigger.get()).or(deviceZone);
        if (trigger.get().getRecurrence() != null) {
            List<String> rules = trigger.get().getRecurrence().getRecurrenceRules();
            return rules == null || rules.size() != 1
                    ? speech.say("repeat.other")
                    : Repeat.fromRule(rules.get(0))
                            .map(repeat -> SpokenSchedule.repeat(repeat, speech))
                            .orElse(speech.say("repeat.other"));
        }
        return ringTime(reminder, zone)
                .map(at -> SpokenSchedule.say(new ReminderSchedule.At(at, zone), speech, clock))
                .orElseGet(() -> speech.say("repeat.other"));
    }

    /** When a one-time reminder rings, on the clock of {@code zone}: its scheduled time, or its creation plus its offset. */
    Optional<LocalDateTime> ringTime(Reminder reminder, Optional<ZoneId> zone) {
        Optional<Trigger> trigger = reminder.trigger();
        if (trigger.isEmpty()) {
            return Optional.empty();
        }
        if ("SCHEDULED_RELATIVE".equals(trigger.get().getTypeAsString())
                && trigger.get().getOffsetInSeconds() != null) {
            Instant rings = reminder.createdTime()
                    .orElse(clock.instant())
                    .plusSeconds(trigger.get().getOffsetInSeconds());
            return Optional.of(
                    LocalDateTime.ofInstant(rings, zone.orElse(ZoneOffset.UTC)).truncatedTo(ChronoUnit.SECONDS));
        }
        return Optional.ofNullable(trigger.get().getScheduledTime());
    }

    /**
     * Whether the reminder rings on {@code day}, on the clock of its own zone, else the device's:
     * a one-time one by its ring time, a repeating one when its recurrence has an occurrence that day.
     */
    boolean ringsOn(Reminder reminder, LocalDate day, Supplier<Optional<ZoneId>> deviceZone) {
        Optional<Trigger> trigger = reminder.trigger();
        if (trigger.isPresent() && trigger.get().getRecurrence() != null) {
            return RecurrenceDays.occursOn(
                    trigger.get().getRecurrence(),
                    Optional.ofNullable(trigger.get().getScheduledTime()),
                    day);
        }
        Optional<ZoneId> zone = trigger.flatMap(SpokenReminder::zone).or(deviceZone);
        return ringTime(reminder, zone)
                .filter(at -> at.toLocalDate().equals(day))
                .isPresent();
    }

    /** The user's active reminders of this skill, in the order the service lists them (the order the list reads). */
    static List<Reminder> active(ReminderClient reminders, AlexaApiAccess access) {
        return reminders.list(access).stream()
                .filter(reminder -> reminder.status() == Status.ON)
                .toList();
    }

    /**
     * The reminder the user means: by its number in the list ("the second one"), else the first
     * whose text contains what they said, ignoring case, else whose words it names by their stems.
     */
    static Optional<Reminder> find(
            List<Reminder> active, Optional<String> position, Optional<String> text, String locale) {
        if (position.isPresent()) {
            return Slots.ordinal(position.get())
                    .filter(index -> index >= 1 && index <= active.size())
                    .map(index -> active.get(index - 1));
        }
        String wanted =
                text.map(value -> value.strip().toLowerCase(Locale.ROOT)).orElse("");
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return active.stream()
                .filter(reminder ->
                        text(reminder, locale).toLowerCase(Locale.ROOT).contains(wanted))
                .findFirst()
                .or(() -> active.stream()
                        .filter(reminder ->
                                sameWords(wanted, text(reminder, locale).toLowerCase(Locale.ROOT)))
                        .findFirst());
    }

    /**
     * Whether every word of {@code wanted} (of three letters or more) is in {@code text} by its
     * stem, the first four letters (or the whole of a shorter word): "walking the dog" finds
     * "walk the dog", "walking the cat" does not.
     */
    private static boolean sameWords(String wanted, String text) {
        List<String> words =
                WORD.splitAsStream(text).filter(word -> !word.isEmpty()).toList();
        List<String> said =
                WORD.splitAsStream(wanted).filter(word -> word.length() >= 3).toList();
        return !said.isEmpty()
                && said.stream().allMatch(word -> words.stream().anyMatch(candidate -> sameStem(word, candidate)));
    }

    private static boolean sameStem(String one, String other) {
        int stem = Math.min(STEM, Math.min(one.length(), other.length()));
        return one.regionMatches(0, other, 0, stem) && (stem == STEM || one.length() == other.length());
    }

    static Optional<ZoneId> zone(Trigger trigger) {
        try {
            return Optional.ofNullable(trigger.getTimeZoneId()).map(ZoneId::of);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
