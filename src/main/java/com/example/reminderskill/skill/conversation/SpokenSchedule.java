package com.example.reminderskill.skill.conversation;

import com.example.reminderskill.alerts.reminders.RecurrencePattern;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Optional;

/**
 * When a reminder rings, as people say it: "in 20 minutes", "tomorrow at 7:00 PM",
 * "am Montag, 23. November um 19:00 Uhr", "every Monday and Thursday at 6:00 PM, starting tomorrow";
 * and the day a list is asked for.
 */
public final class SpokenSchedule {

    private static final int YEAR_SAID_FROM_MONTHS = 11;

    private SpokenSchedule() {}

    public static String say(ReminderSchedule schedule, Speech speech, Clock clock) {
        if (schedule instanceof ReminderSchedule.In in) {
            return speech.say("schedule.in", SpokenDuration.ahead(in.offset(), speech));
        }
        if (schedule instanceof ReminderSchedule.Every every) {
            LocalDateTime first = RecurrencePattern.of(List.of(every.repeat().toRule()), every.start())
                    .nextAfter(every.start().minusSeconds(1))
                    .orElse(every.start());
            return speech.say(
                    "schedule.every",
                    repeat(every.repeat(), speech),
                    starting(first.toLocalDate(), today(every.zone(), clock), speech));
        }
        ReminderSchedule.At at = (ReminderSchedule.At) schedule;
        return onDay(
                "schedule",
                at.time().toLocalDate(),
                today(at.zone(), clock),
                speech,
                time(at.time().toLocalTime(), speech));
    }

    /** A day as a list names it: "today", "tomorrow", "on Friday, November 27", "am Freitag, 27. November". */
    public static String day(LocalDate day, Optional<ZoneId> zone, Speech speech, Clock clock) {
        return onDay("schedule.day", day, today(zone, clock), speech);
    }

    /** "every Monday and Thursday at 6:00 PM", "am 5. jedes Monats um 10:00 Uhr". */
    public static String repeat(Repeat repeat, Speech speech) {
        String time = time(repeat.time(), speech);
        if (repeat instanceof Repeat.Daily) {
            return speech.say("repeat.daily", time);
        }
        if (repeat instanceof Repeat.Weekdays) {
            return speech.say("repeat.weekdays", time);
        }
        if (repeat instanceof Repeat.Weekly weekly) {
            List<String> days = weekly.days().stream()
                    .sorted()
                    .map(day -> day.getDisplayName(TextStyle.FULL, speech.locale()))
                    .toList();
            return speech.say("repeat.weekly", and(days, speech), time);
        }
        return speech.say("repeat.monthly", speech.say("ordinal", ((Repeat.Monthly) repeat).dayOfMonth()), time);
    }

    private static String starting(LocalDate first, LocalDate today, Speech speech) {
        return onDay("schedule.starting", first, today, speech);
    }

    /** Says {@code day} with the key {@code prefix}.today, .tomorrow or .on (given the date first), followed by {@code rest}. */
    private static String onDay(String prefix, LocalDate day, LocalDate today, Speech speech, Object... rest) {
        if (day.equals(today)) {
            return speech.say(prefix + ".today", rest);
        }
        if (day.equals(today.plusDays(1))) {
            return speech.say(prefix + ".tomorrow", rest);
        }
        Object[] arguments = new Object[rest.length + 1];
        arguments[0] = date(day, today, speech);
        System.arraycopy(rest, 0, arguments, 1, rest.length);
        return speech.say(prefix + ".on", arguments);
    }

    private static String and(List<String> items, Speech speech) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return speech.say(
                "list.and", String.join(", ", items.subList(0, items.size() - 1)), items.get(items.size() - 1));
    }

    private static LocalDate today(Optional<ZoneId> zone, Clock clock) {
        return LocalDate.now(clock.withZone(zone.orElse(ZoneOffset.UTC)));
    }

    private static String time(LocalTime time, Speech speech) {
        return DateTimeFormatter.ofPattern(speech.say("schedule.timePattern"), speech.locale())
                .format(time);
    }

    /** "Monday, November 23"; with the year from 11 months ahead, where the date alone could be taken for one this year or today ("in a year"). */
    private static String date(LocalDate day, LocalDate today, Speech speech) {
        String pattern = day.isBefore(today.plusMonths(YEAR_SAID_FROM_MONTHS))
                ? "schedule.datePattern"
                : "schedule.datePattern.year";
        return DateTimeFormatter.ofPattern(speech.say(pattern), speech.locale()).format(day);
    }
}
