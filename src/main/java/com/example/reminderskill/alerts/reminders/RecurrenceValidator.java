package com.example.reminderskill.alerts.reminders;

import com.example.reminderskill.alerts.AlexaApiException;
import com.example.reminderskill.alerts.ErrorCode;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.PrimitiveIterator;
import org.dmfs.rfc5545.recur.Freq;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recur.RecurrenceRule.Part;

/**
 * Checks {@code trigger.recurrence}: its form, its rules, and the gaps between consecutive
 * occurrences of all its rules together, found by expanding them.
 */
final class RecurrenceValidator {

    private static final String PATH = "trigger.recurrence";

    private static final Duration MIN_GAP_EN_US = Duration.ofHours(1);
    private static final Duration MIN_GAP_OTHER_LOCALES = Duration.ofHours(4);
    private static final int MAX_GAP_DAYS = 31;

    /** Four Gregorian years: month lengths and leap days repeat after it (but for century years). */
    private static final long LEAP_CYCLE_DAYS = 1461;
    /** 28 years: a date falls on the same weekday again, for yearly rules mixed with weekday rules. */
    private static final long WEEKDAY_CYCLE_DAYS = 28 * 365 + 7;
    /** A bound on the work one validation may do; dense valid rules stay far below it. */
    private static final int MAX_OCCURRENCES = 400_000;

    void check(
            JsonNode recurrence,
            Optional<LocalDateTime> scheduledTime,
            Optional<ZoneId> zone,
            Instant now,
            List<String> contentLocales) {
        RecurrencePattern pattern = RecurrencePattern.fromJson(
                recurrence,
                () -> scheduledTime.orElseGet(() -> LocalDateTime.ofInstant(now, zone.orElse(ZoneOffset.UTC))
                        .truncatedTo(ChronoUnit.SECONDS)));
        checkGaps(pattern, contentLocales);
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
                throw AlexaApiException.invalidRequest(
                        ErrorCode.UNSUPPORTED_TRIGGER_RECURRENCE_INTERVAL,
                        PATH + ": occurrences " + RecurrencePattern.toLocalDateTime(previous) + " and "
                                + RecurrencePattern.toLocalDateTime(next) + " are only "
                                + describe(Duration.ofSeconds(next - previous))
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
        String nextText = next.map(seconds -> " (the next is " + RecurrencePattern.toLocalDateTime(seconds) + ")")
                .orElse("");
        String rule = yearly
                ? "a recurrence with a YEARLY rule may leave at most one year between occurrences"
                : "DAILY, WEEKLY and MONTHLY recurrences may leave at most 31 days between occurrences";
        return AlexaApiException.invalidRequest(
                ErrorCode.UNSUPPORTED_TRIGGER_RECURRENCE_INTERVAL,
                PATH + ": no occurrence within " + (yearly ? "a year" : "31 days") + " after " + after + nextText + "; "
                        + rule);
    }

    /**
     * How many days past the first occurrence to expand so that every distinct gap is seen.
     * Rules that only count days and weeks repeat after the least common multiple of their
     * periods; rules that depend on month lengths repeat over the four-year leap cycle, and
     * yearly dates meet weekday rules again only after 28 years.
     */
    static long horizonDays(List<RecurrenceRule> rules) {
        boolean calendarBased = rules.stream()
                .anyMatch(rule -> rule.getFreq() == Freq.MONTHLY
                        || rule.getFreq() == Freq.YEARLY
                        || rule.hasPart(Part.BYMONTHDAY));
        if (!calendarBased) {
            long period = 1;
            for (RecurrenceRule rule : rules) {
                long days = rule.getFreq() == Freq.WEEKLY
                        ? 7L * rule.getInterval()
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
