package com.example.reminderskill.skill.conversation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;

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
            return "FREQ=WEEKLY;BYDAY="
                    + EnumSet.copyOf(days).stream()
                            .map(day -> day.name().substring(0, 2))
                            .collect(Collectors.joining(","))
                    + at(time);
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

    /** A part of the day a spoken schedule names ("every evening"): the time it means when none is said. */
    enum PartOfDay {
        MORNING(8),
        AFTERNOON(15),
        EVENING(19),
        NIGHT(21);

        private final int defaultHour;

        PartOfDay(int defaultHour) {
            this.defaultHour = defaultHour;
        }

        public LocalTime defaultTime() {
            return LocalTime.of(defaultHour, 0);
        }

        /** "Every evening at 7" is 7 PM: a morning hour said with a later part of the day moves 12 hours ("every night at 1" stays). */
        public LocalTime at(LocalTime said) {
            boolean morningHour = said.getHour() < 12 && !(this == NIGHT && said.getHour() < 5);
            return this != MORNING && morningHour ? said.plusHours(12) : said;
        }

        /** The part of the day AMAZON.TIME sends for "tomorrow morning" and the like: MO, AF, EV, NI. */
        public static Optional<PartOfDay> ofAmazonTime(String value) {
            return switch (value) {
                case "MO" -> Optional.of(MORNING);
                case "AF" -> Optional.of(AFTERNOON);
                case "EV" -> Optional.of(EVENING);
                case "NI" -> Optional.of(NIGHT);
                default -> Optional.empty();
            };
        }

        /** The part a RECURRENCE_FREQUENCY id ends with: EVENING, SUNDAY_EVENING, WEEKEND_MORNING. */
        public static Optional<PartOfDay> of(String frequencyId) {
            String last = frequencyId.substring(frequencyId.lastIndexOf('_') + 1);
            for (PartOfDay part : values()) {
                if (part.name().equals(last)) {
                    return Optional.of(part);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * The repeat a RECURRENCE_FREQUENCY id names: DAILY, WEEKDAYS, WEEKEND, WEEKLY (on today's weekday),
     * MONTHLY (on today's day), a weekday (MONDAY), optionally with a part of the day (SUNDAY_EVENING,
     * WEEKEND_MORNING), or a part of the day alone (EVENING: every day). Empty for an unknown id, and for
     * MONTHLY after the 28th, which not every month has.
     *
     * @param time the time said, or the part of the day's default; an hour said with "evening" is moved to the evening
     */
    static Optional<Repeat> ofFrequency(String id, LocalTime time, LocalDate today) {
        Optional<PartOfDay> part = PartOfDay.of(id);
        LocalTime at = part.map(p -> p.at(time)).orElse(time);
        String days = part.isPresent() && id.indexOf('_') < 0 ? "DAILY" : id.split("_")[0];
        switch (days) {
            case "DAILY":
                return Optional.of(new Daily(at));
            case "WEEKDAYS":
                return Optional.of(new Weekdays(at));
            case "WEEKEND":
                return Optional.of(new Weekly(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), at));
            case "WEEKLY":
                return Optional.of(new Weekly(Set.of(today.getDayOfWeek()), at));
            case "MONTHLY":
                return today.getDayOfMonth() > 28
                        ? Optional.empty()
                        : Optional.of(new Monthly(today.getDayOfMonth(), at));
            default:
                for (DayOfWeek day : DayOfWeek.values()) {
                    if (day.name().equals(days)) {
                        return Optional.of(new Weekly(Set.of(day), at));
                    }
                }
                return Optional.empty();
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
        if (parsed.getInterval() != 1
                || hours == null
                || hours.size() != 1
                || (minutes != null && minutes.size() != 1)) {
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
                return byMonthDay != null
                                && byMonthDay.size() == 1
                                && days.isEmpty()
                                && byMonthDay.get(0) >= 1
                                && byMonthDay.get(0) <= 28
                        ? Optional.of(new Monthly(byMonthDay.get(0), time))
                        : Optional.empty();
            default:
                return Optional.empty();
        }
    }

    private static String at(LocalTime time) {
        Objects.requireNonNull(time, "time");
        return ";BYHOUR=" + time.getHour() + ";BYMINUTE=" + time.getMinute() + ";BYSECOND=0";
    }
}
