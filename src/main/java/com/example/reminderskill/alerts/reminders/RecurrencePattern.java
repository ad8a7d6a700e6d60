package com.example.reminderskill.alerts.reminders;

import com.example.reminderskill.alerts.AlexaApiException;
import com.example.reminderskill.alerts.ErrorCode;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.PrimitiveIterator;
import java.util.Set;
import java.util.function.Supplier;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.Freq;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recur.RecurrenceRule.Part;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;

/**
 * The recurrence rules of one reminder, parsed with lib-recur and checked against what the
 * Reminders API supports, expanded together on the wall clock of the reminder's time zone.
 */
public final class RecurrencePattern {

    /** The FREQ values the Reminders API supports. */
    static final Set<Freq> SUPPORTED_FREQ = EnumSet.of(Freq.DAILY, Freq.WEEKLY, Freq.MONTHLY, Freq.YEARLY);

    private final List<RecurrenceRule> rules;
    private final LocalDateTime start;
    private final Optional<LocalDateTime> end;

    private RecurrencePattern(List<RecurrenceRule> rules, LocalDateTime start, Optional<LocalDateTime> end) {
        this.rules = List.copyOf(rules);
        this.start = start;
        this.end = end;
    }

    /**
     * Reads a {@code trigger.recurrence} object: {@code recurrenceRules} or the deprecated
     * {@code freq}/{@code byDay}, with its {@code startDateTime} and {@code endDateTime}.
     *
     * @param defaultStart the start when the object names none: the scheduled time, else now
     * @throws AlexaApiException {@code INVALID_TRIGGER_RECURRENCE} or {@code UNSUPPORTED_TRIGGER_RECURRENCE}
     */
    public static RecurrencePattern fromJson(JsonNode recurrence, Supplier<LocalDateTime> defaultStart) {
        RecurrenceJson.requireObject(recurrence);
        Optional<LocalDateTime> start = RecurrenceJson.dateTime(recurrence, "startDateTime");
        Optional<LocalDateTime> end = RecurrenceJson.dateTime(recurrence, "endDateTime");
        if (start.isPresent() && end.isPresent() && !end.get().isAfter(start.get())) {
            throw AlexaApiException.invalidRequest(
                    ErrorCode.INVALID_TRIGGER_RECURRENCE,
                    "trigger.recurrence.endDateTime " + end.get() + " must be after trigger.recurrence.startDateTime "
                            + start.get());
        }
        RecurrencePattern pattern = of(RecurrenceJson.rules(recurrence), start.orElseGet(defaultStart));
        return new RecurrencePattern(pattern.rules, pattern.start, end);
    }

    /**
     * Parses the rules, each optionally prefixed with {@code RRULE:} and ending with {@code ;}.
     *
     * @param start the first moment an occurrence may fall on (the recurrence's start)
     * @throws AlexaApiException {@code INVALID_TRIGGER_RECURRENCE} for a malformed rule,
     *     {@code UNSUPPORTED_TRIGGER_RECURRENCE} for a valid one the API does not support
     */
    public static RecurrencePattern of(List<String> rules, LocalDateTime start) {
        Objects.requireNonNull(start, "start");
        if (rules.isEmpty()) {
            throw AlexaApiException.invalidRequest(
                    ErrorCode.INVALID_TRIGGER_RECURRENCE,
                    "trigger.recurrence.recurrenceRules must hold at least one rule");
        }
        List<RecurrenceRule> parsed = new ArrayList<>(rules.size());
        for (int i = 0; i < rules.size(); i++) {
            parsed.add(parse(rules.get(i), "trigger.recurrence.recurrenceRules[" + i + "]"));
        }
        return new RecurrencePattern(parsed, start, Optional.empty());
    }

    static RecurrenceRule parse(String text, String path) {
        String rule = text.strip();
        if (rule.regionMatches(true, 0, "RRULE:", 0, 6)) {
            rule = rule.substring(6);
        }
        if (rule.endsWith(";")) {
            rule = rule.substring(0, rule.length() - 1);
        }
        if (rule.isEmpty() || rule.endsWith(";") || rule.startsWith(";") || rule.contains(";;")) {
            throw AlexaApiException.invalidRequest(
                    ErrorCode.INVALID_TRIGGER_RECURRENCE, path + " '" + text + "' has an empty part");
        }
        RecurrenceRule parsed;
        try {
            parsed = new RecurrenceRule(rule, RecurrenceRule.RfcMode.RFC5545_STRICT);
        } catch (InvalidRecurrenceRuleException | RuntimeException e) {
            throw AlexaApiException.invalidRequest(
                    ErrorCode.INVALID_TRIGGER_RECURRENCE,
                    path + " '" + text + "' is not a valid RFC 5545 rule: " + e.getMessage());
        }
        if (!SUPPORTED_FREQ.contains(parsed.getFreq())) {
            throw AlexaApiException.invalidRequest(
                    ErrorCode.UNSUPPORTED_TRIGGER_RECURRENCE,
                    path + ": FREQ=" + parsed.getFreq() + " is not supported; use DAILY, WEEKLY, MONTHLY or YEARLY");
        }
        for (Part part : UnsupportedParts.ALL) {
            if (parsed.hasPart(part)) {
                throw AlexaApiException.invalidRequest(
                        ErrorCode.UNSUPPORTED_TRIGGER_RECURRENCE,
                        path + ": " + part.name().toUpperCase(Locale.ROOT)
                                + " is not supported; the supported parts are "
                                + "FREQ, BYMONTHDAY, BYDAY, BYHOUR, BYMINUTE, BYSECOND and INTERVAL");
            }
        }
        return parsed;
    }

    /**
     * Well-formed RFC 5545 parts the Reminders API does not support. A holder, read only after a
     * rule was parsed: lib-recur's {@code Part} cannot be initialised before {@code RecurrenceRule}.
     */
    private static final class UnsupportedParts {
        static final List<Part> ALL = List.of(
                Part.COUNT,
                Part.UNTIL,
                Part.BYSETPOS,
                Part.BYMONTH,
                Part.BYWEEKNO,
                Part.BYYEARDAY,
                Part.WKST,
                Part.RSCALE,
                Part.SKIP);
    }

    List<RecurrenceRule> rules() {
        return rules;
    }

    public LocalDateTime start() {
        return start;
    }

    /** The recurrence's {@code endDateTime}, if it has one. */
    public Optional<LocalDateTime> end() {
        return end;
    }

    /**
     * The first occurrence strictly after {@code after} and not after the end, if any.
     * Searches at most {@code limit} occurrences, enough for any pattern the validator accepts.
     */
    public Optional<LocalDateTime> nextAfter(LocalDateTime after) {
        long afterSeconds = after.toEpochSecond(ZoneOffset.UTC);
        long endSeconds = end.map(e -> e.toEpochSecond(ZoneOffset.UTC)).orElse(Long.MAX_VALUE);
        PrimitiveIterator.OfLong occurrences = occurrenceSeconds();
        while (occurrences.hasNext()) {
            long next = occurrences.nextLong();
            if (next > endSeconds) {
                return Optional.empty();
            }
            if (next > afterSeconds) {
                return Optional.of(toLocalDateTime(next));
            }
        }
        return Optional.empty();
    }

    /**
     * All occurrences at or after the start, in order, each once even when several rules
     * fall on it. Rules without a count or end recur forever: bound the iteration.
     */
    public PrimitiveIterator.OfLong occurrenceSeconds() {
        return new MergedOccurrences(rules, start);
    }

    /** An occurrence from {@link #occurrenceSeconds()} as a wall-clock date-time. */
    public static LocalDateTime toLocalDateTime(long wallClockSeconds) {
        return LocalDateTime.ofEpochSecond(wallClockSeconds, 0, ZoneOffset.UTC);
    }

    /**
     * Merges the rules' iterators. Instants are wall-clock seconds (the local date-time read
     * as if it were UTC), so gaps are measured as the clock on the wall shows them.
     */
    private static final class MergedOccurrences implements PrimitiveIterator.OfLong {
        private static final long EXHAUSTED = Long.MAX_VALUE;

        private final RecurrenceRuleIterator[] iterators;
        private final long[] heads;

        MergedOccurrences(List<RecurrenceRule> rules, LocalDateTime start) {
            DateTime floatingStart = new DateTime(
                    start.getYear(),
                    start.getMonthValue() - 1,
                    start.getDayOfMonth(),
                    start.getHour(),
                    start.getMinute(),
                    start.getSecond());
            iterators = new RecurrenceRuleIterator[rules.size()];
            heads = new long[rules.size()];
            for (int i = 0; i < iterators.length; i++) {
                iterators[i] = rules.get(i).iterator(floatingStart);
                advance(i);
            }
        }

        @Override
        public boolean hasNext() {
            return min() != EXHAUSTED;
        }

        @Override
        public long nextLong() {
            long next = min();
            if (next == EXHAUSTED) {
                throw new NoSuchElementException();
            }
            for (int i = 0; i < heads.length; i++) {
                if (heads[i] == next) {
                    advance(i);
                }
            }
            return next;
        }

        private void advance(int index) {
            heads[index] = iterators[index].hasNext() ? Math.floorDiv(iterators[index].nextMillis(), 1000) : EXHAUSTED;
        }

        private long min() {
            return heads[indexOfMin()];
        }

        private int indexOfMin() {
            int best = 0;
            for (int i = 1; i < heads.length; i++) {
                if (heads[i] < heads[best]) {
                    best = i;
                }
            }
            return best;
        }
    }
}
