package com.example.reminderskill.skill;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
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

    private static String at(LocalTime time) {
        Objects.requireNonNull(time, "time");
        return ";BYHOUR=" + time.getHour() + ";BYMINUTE=" + time.getMinute() + ";BYSECOND=0";
    }
}
