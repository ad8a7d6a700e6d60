package com.example.reminderskill.skill;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a recurring reminder repeats, in the forms people ask for. Both the RRULE sent to the
 * Reminders API and the words Alexa says come from it, so they cannot disagree.
 */
public sealed interface Repeat {

    LocalTime time();

    /** The RRULE for the Reminders API. */
    String toRule();

    /** The same repeat at another time of day. */
    default Repeat atTime(LocalTime newTime) {
        if (this instanceof Daily) {
            return new Daily(newTime);
        }
        if (this instanceof Weekdays) {
            return new Weekdays(newTime);
        }
        if (this instanceof Weekly weekly) {
            return new Weekly(weekly.days(), newTime);
        }
        return new Monthly(((Monthly) this).dayOfMonth(), newTime);
    }

    record Daily(LocalTime time) implements Repeat {
        public String toRule() {
            return "FREQ=DAILY" + at(time);
        }
    }

    record Weekdays(LocalTime time) implements Repeat {
        public String toRule() {
            return "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR" + at(time);
        }
    }

    record Weekly(Set<DayOfWeek> days, LocalTime time) implements Repeat {
        public Weekly {
            if (days.isEmpty()) {
                throw new IllegalArgumentException("a weekly reminder needs at least one day");
            }
            days = Set.copyOf(EnumSet.copyOf(days));
        }

        public String toRule() {
            return "FREQ=WEEKLY;BYDAY=" + EnumSet.copyOf(days).stream().map(day -> day.name().substring(0, 2)).collect(Collectors.joining(",")) + at(time);
        }
    }

    record Monthly(int dayOfMonth, LocalTime time) implements Repeat {
        public Monthly {
            // Days after the 28th are missing in some months, leaving gaps the Reminders API refuses.
            if (dayOfMonth < 1 || dayOfMonth > 28) {
                throw new IllegalArgumentException("day of month must be 1 to 28: " + dayOfMonth);
            }
        }

        public String toRule() {
            return "FREQ=MONTHLY;BYMONTHDAY=" + dayOfMonth + at(time);
        }
    }

    /**
     * The repeat an RRULE describes, when it is one of the forms above (as this skill writes
     * them, or equivalent); empty for anything else, which is then spoken generically.
     */
    static Optional<Repeat> fromRule(String rule) {
        RecurrenceRule parsed;
        try {
            String text = rule.strip().replaceFirst("(?i)^RRULE:", "").replaceFirst(";$", "");
            parsed = new RecurrenceRule(text, RecurrenceRule.RfcMode.RFC5545_LAX);
        } catch (InvalidRecurrenceRuleException | RuntimeException e) {
            return Optional.empty();
        }
        // Read parts only after the rule parsed: lib-recur's Part cannot initialise before RecurrenceRule.
        List<Integer> hours = parsed.getByPart(RecurrenceRule.Part.BYHOUR);
        List<Integer> minutes = parsed.getByPart(RecurrenceRule.Part.BYMINUTE);
        if (parsed.getInterval() != 1 || hours == null || hours.size() != 1 || (minutes != null && minutes.size() != 1)) {
            return Optional.empty();
        }
        LocalTime time = LocalTime.of(hours.get(0), minutes == null ? 0 : minutes.get(0));
        List<RecurrenceRule.WeekdayNum> byDay = parsed.getByDayPart();
        List<Integer> byMonthDay = parsed.getByPart(RecurrenceRule.Part.BYMONTHDAY);
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (byDay != null) {
            for (RecurrenceRule.WeekdayNum day : byDay) {
                if (day.pos != 0) {
                    return Optional.empty();
                }
                days.add(DayOfWeek.of(day.weekday.ordinal() == 0 ? 7 : day.weekday.ordinal()));
            }
        }
        switch (parsed.getFreq()) {
            case DAILY:
                return days.isEmpty() && byMonthDay == null ? Optional.of(new Daily(time)) : Optional.empty();
            case WEEKLY:
                if (days.equals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))) {
                    return Optional.of(new Weekdays(time));
                }
                return days.isEmpty() ? Optional.empty() : Optional.of(new Weekly(days, time));
            case MONTHLY:
                return byMonthDay != null && byMonthDay.size() == 1 && days.isEmpty() && byMonthDay.get(0) >= 1 && byMonthDay.get(0) <= 28
                        ? Optional.of(new Monthly(byMonthDay.get(0), time)) : Optional.empty();
            default:
                return Optional.empty();
        }
    }

    private static String at(LocalTime time) {
        Objects.requireNonNull(time, "time");
        return ";BYHOUR=" + time.getHour() + ";BYMINUTE=" + time.getMinute() + ";BYSECOND=0";
    }
}
