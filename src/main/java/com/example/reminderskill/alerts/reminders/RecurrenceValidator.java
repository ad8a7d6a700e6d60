package com.example.reminderskill.alerts.reminders;

import static com.example.reminderskill.alerts.reminders.Json.present;
import static com.example.reminderskill.alerts.reminders.Json.show;

import com.example.reminderskill.alerts.AlertTimes;
import com.example.reminderskill.alerts.AlexaApiException;
import com.example.reminderskill.alerts.ErrorCode;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.PrimitiveIterator;
import java.util.Set;
import org.dmfs.rfc5545.recur.Freq;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recur.RecurrenceRule.Part;

/**
 * Checks {@code trigger.recurrence}: its form, its rules, and the gaps between consecutive
 * occurrences of all its rules together, found by expanding them.
 */
final class RecurrenceValidator {

    private static final String PATH = "trigger.recurrence";
    private static final Set<String> WEEKDAYS = Set.of("SU", "MO", "TU", "WE", "TH", "FR", "SA");
    private static final Set<String> DEPRECATED_FREQ = Set.of("DAILY", "WEEKLY");
    private static final Set<String> OTHER_RFC_FREQ = Set.of("SECONDLY", "MINUTELY", "HOURLY", "MONTHLY", "YEARLY");

    private static final Duration MIN_GAP_EN_US = Duration.ofHours(1);
    private static final Duration MIN_GAP_OTHER_LOCALES = Duration.ofHours(4);
    private static final int MAX_GAP_DAYS = 31;

    /** Four Gregorian years: month lengths and leap days repeat after it (but for century years). */
    private static final long LEAP_CYCLE_DAYS = 1461;
    /** 28 years: a date falls on the same weekday again, for yearly rules mixed with weekday rules. */
    private static final long WEEKDAY_CYCLE_DAYS = 28 * 365 + 7;
    /** A bound on the work one validation may do; dense valid rules stay far below it. */
    private static final int MAX_OCCURRENCES = 400_000;

    void check(JsonNode recurrence, Optional<LocalDateTime> scheduledTime, Optional<ZoneId> zone, Instant now,
               List<String> contentLocales) {
        if (!recurrence.isObject()) {
            throw invalid(PATH + " must be an object with recurrenceRules");
        }
        Optional<LocalDateTime> start = dateTime(recurrence, "startDateTime");
        Optional<LocalDateTime> end = dateTime(recurrence, "endDateTime");
        if (start.isPresent() && end.isPresent() && !end.get().isAfter(start.get())) {
            throw invalid(PATH + ".endDateTime " + end.get() + " must be after " + PATH + ".startDateTime " + start.get());
        }
        List<String> rules = rules(recurrence);
        LocalDateTime firstPossible = start.or(() -> scheduledTime)
                .orElseGet(() -> LocalDateTime.ofInstant(now, zone.orElse(ZoneOffset.UTC)).truncatedTo(ChronoUnit.SECONDS));
        checkGaps(RecurrencePattern.of(rules, firstPossible), contentLocales);
    }

    private static Optional<LocalDateTime> dateTime(JsonNode recurrence, String field) {
        JsonNode value = recurrence.get(field);
        if (!present(value)) {
            return Optional.empty();
        }
        Optional<LocalDateTime> parsed = value.isTextual() ? AlertTimes.parseLocalDateTime(value.asText()) : Optional.empty();
        return Optional.of(parsed.orElseThrow(() -> invalid(
                PATH + "." + field + " " + show(value) + " is not an ISO 8601 date-time such as 2019-05-10T06:00:00.000")));
    }

    /** The rules as RRULE text, from recurrenceRules or from the deprecated freq/byDay form. */
    private static List<String> rules(JsonNode recurrence) {
        JsonNode rules = recurrence.get("recurrenceRules");
        boolean deprecatedForm = present(recurrence.get("freq")) || present(recurrence.get("byDay"));
        if (present(rules) && deprecatedForm) {
            throw invalid(PATH + " uses both recurrenceRules and the deprecated freq/byDay; use recurrenceRules only");
        }
        if (deprecatedForm) {
            return List.of(fromDeprecatedForm(recurrence));
        }
        if (!present(rules)) {
            throw invalid(PATH + ".recurrenceRules is required: RRULEs such as FREQ=DAILY;BYHOUR=7;BYMINUTE=0");
        }
        if (!rules.isArray()) {
            throw invalid(PATH + ".recurrenceRules must be an array of RRULE strings");
        }
        List<String> texts = new ArrayList<>(rules.size());
        for (int i = 0; i < rules.size(); i++) {
            JsonNode rule = rules.get(i);
            if (!rule.isTextual() || rule.asText().isBlank()) {
                throw invalid(PATH + ".recurrenceRules[" + i + "] must be a non-empty RRULE string, got " + show(rule));
            }
            texts.add(rule.asText());
        }
        return texts;
    }

    private static String fromDeprecatedForm(JsonNode recurrence) {
        JsonNode freq = recurrence.get("freq");
        if (!present(freq) || !freq.isTextual()) {
            throw invalid(PATH + ".freq is required with byDay: DAILY or WEEKLY");
        }
        if (!DEPRECATED_FREQ.contains(freq.asText())) {
            if (OTHER_RFC_FREQ.contains(freq.asText())) {
                throw AlexaApiException.invalidRequest(ErrorCode.UNSUPPORTED_TRIGGER_RECURRENCE,
                        PATH + ".freq " + freq.asText() + " is not supported by the deprecated form (DAILY or WEEKLY); use recurrenceRules");
            }
            throw invalid(PATH + ".freq " + show(freq) + " is not DAILY or WEEKLY");
        }
        StringBuilder rule = new StringBuilder("FREQ=").append(freq.asText());
        List<String> days = days(recurrence.get("byDay"));
        if (!days.isEmpty()) {
            rule.append(";BYDAY=").append(String.join(",", days));
        }
        JsonNode interval = recurrence.get("interval");
        if (present(interval)) {
            if (!interval.canConvertToInt() || !interval.isIntegralNumber() || interval.asInt() < 0) {
                throw invalid(PATH + ".interval " + show(interval) + " must be a whole number, 1 or more (0 means 1)");
            }
            if (interval.asInt() > 1) {
                rule.append(";INTERVAL=").append(interval.asInt());
            }
        }
        return rule.toString();
    }

    private static List<String> days(JsonNode byDay) {
        if (!present(byDay)) {
            return List.of();
        }
        List<String> days = new ArrayList<>();
        if (byDay.isTextual()) {
            days.add(byDay.asText());
        } else if (byDay.isArray()) {
            byDay.forEach(day -> days.add(day.isTextual() ? day.asText() : day.toString()));
        } else {
            throw invalid(PATH + ".byDay must be a list of days such as [\"MO\", \"TH\"]");
        }
        for (String day : days) {
            if (!WEEKDAYS.contains(day)) {
                throw invalid(PATH + ".byDay '" + day + "' is not one of SU, MO, TU, WE, TH, FR, SA");
            }
        }
        return days;
    }

    /**
     * Expands the rules together and measures every gap between consecutive occurrences over
     * a horizon long enough for the pattern to repeat (see {@link #horizonDays}).
     */
    private static void checkGaps(RecurrencePattern pattern, List<String> contentLocales) {
        boolean onlyEnUs = !contentLocales.isEmpty() && contentLocales.stream().allMatch("en-US"::equals);
        Duration minGap = onlyEnUs ? MIN_GAP_EN_US : MIN_GAP_OTHER_LOCALES;
        boolean yearly = pattern.rules().stream().anyMatch(rule -> rule.getFreq() == Freq.YEARLY);
        PrimitiveIterator.OfLong occurrences = pattern.occurrenceSeconds();
        if (!occurrences.hasNext()) {
            throw invalid(PATH + " never occurs");
        }
        long first = occurrences.nextLong();
        long horizonEnd = first + horizonDays(pattern.rules()) * 86_400L;
        long previous = first;
        for (int count = 1; previous <= horizonEnd && count < MAX_OCCURRENCES; count++) {
            if (!occurrences.hasNext()) {
                throw tooFarApart(previous, Optional.empty(), yearly);
            }
            long next = occurrences.nextLong();
            if (next - previous < minGap.getSeconds()) {
                throw AlexaApiException.invalidRequest(ErrorCode.UNSUPPORTED_TRIGGER_RECURRENCE_INTERVAL,
                        PATH + ": occurrences " + RecurrencePattern.toLocalDateTime(previous) + " and "
                                + RecurrencePattern.toLocalDateTime(next) + " are only " + describe(Duration.ofSeconds(next - previous))
                                + " apart; the minimum is 1 hour when every content locale is en-US and 4 hours otherwise"
                                + " (here " + describe(minGap) + ")");
            }
            if (exceedsMaxGap(previous, next, yearly)) {
                throw tooFarApart(previous, Optional.of(next), yearly);
            }
            previous = next;
        }
    }

    private static boolean exceedsMaxGap(long previous, long next, boolean yearly) {
        if (next - previous <= 28 * 86_400L) {
            return false;
        }
        LocalDateTime from = RecurrencePattern.toLocalDateTime(previous);
        LocalDateTime limit = yearly ? from.plusYears(1) : from.plusDays(MAX_GAP_DAYS);
        return RecurrencePattern.toLocalDateTime(next).isAfter(limit);
    }

    private static AlexaApiException tooFarApart(long previous, Optional<Long> next, boolean yearly) {
        String after = RecurrencePattern.toLocalDateTime(previous).toString();
        String nextText = next.map(seconds -> " (the next is " + RecurrencePattern.toLocalDateTime(seconds) + ")").orElse("");
        String rule = yearly
                ? "a recurrence with a YEARLY rule may leave at most one year between occurrences"
                : "DAILY, WEEKLY and MONTHLY recurrences may leave at most 31 days between occurrences";
        return AlexaApiException.invalidRequest(ErrorCode.UNSUPPORTED_TRIGGER_RECURRENCE_INTERVAL,
                PATH + ": no occurrence within " + (yearly ? "a year" : "31 days") + " after " + after + nextText + "; " + rule);
    }

    /**
     * How many days past the first occurrence to expand so that every distinct gap is seen.
     * Rules that only count days and weeks repeat after the least common multiple of their
     * periods; rules that depend on month lengths repeat over the four-year leap cycle, and
     * yearly dates meet weekday rules again only after 28 years.
     */
    static long horizonDays(List<RecurrenceRule> rules) {
        boolean calendarBased = rules.stream().anyMatch(rule -> rule.getFreq() == Freq.MONTHLY
                || rule.getFreq() == Freq.YEARLY || rule.hasPart(Part.BYMONTHDAY));
        if (!calendarBased) {
            long period = 1;
            for (RecurrenceRule rule : rules) {
                long days = rule.getFreq() == Freq.WEEKLY ? 7L * rule.getInterval()
                        : rule.hasPart(Part.BYDAY) ? lcm(rule.getInterval(), 7) : rule.getInterval();
                period = Math.min(lcm(period, days), LEAP_CYCLE_DAYS);
            }
            return period + MAX_GAP_DAYS + 1;
        }
        boolean yearly = rules.stream().anyMatch(rule -> rule.getFreq() == Freq.YEARLY);
        boolean weekdays = rules.stream().anyMatch(rule -> rule.getFreq() == Freq.WEEKLY || rule.hasPart(Part.BYDAY));
        return (yearly && weekdays ? WEEKDAY_CYCLE_DAYS : LEAP_CYCLE_DAYS) + 367;
    }

    private static long lcm(long a, long b) {
        long x = a;
        long y = b;
        while (y != 0) {
            long t = x % y;
            x = y;
            y = t;
        }
        return a / x * b;
    }

    private static String describe(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes == 0) {
            return duration.getSeconds() + " seconds";
        }
        if (minutes % 60 == 0) {
            long hours = minutes / 60;
            return hours + (hours == 1 ? " hour" : " hours");
        }
        return minutes + " minutes";
    }

    private static AlexaApiException invalid(String message) {
        return AlexaApiException.invalidRequest(ErrorCode.INVALID_TRIGGER_RECURRENCE, message);
    }
}
