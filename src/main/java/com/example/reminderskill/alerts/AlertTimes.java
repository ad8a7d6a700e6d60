package com.example.reminderskill.alerts;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Optional;

/**
 * The date-time forms of the Reminders API. Requests must use the three documented
 * {@code scheduledTime} forms; responses and the reference pages' own examples are read
 * leniently (one-digit hours as in {@code 2019-05-10T6:00:00.000}, optional seconds and
 * fraction, an optional offset), which the SDK's model rejects.
 */
public final class AlertTimes {

    /** The forms {@code scheduledTime} may take, as the error table lists them. */
    public static final String SUPPORTED_SCHEDULED_TIME_FORMATS =
            "YYYY-MM-DDTHH:mm:ss.SSS, YYYY-MM-DDTHH:mm:ss or YYYY-MM-DDTHH:mm";

    private static final List<DateTimeFormatter> SCHEDULED_TIME_FORMATS =
            List.of(strict("uuuu-MM-dd'T'HH:mm:ss.SSS"), strict("uuuu-MM-dd'T'HH:mm:ss"), strict("uuuu-MM-dd'T'HH:mm"));

    private static final DateTimeFormatter LENIENT = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4)
            .appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2)
            .appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 2)
            .appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 1, 2, SignStyle.NOT_NEGATIVE)
            .appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart()
            .appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
            .optionalEnd()
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HH:MM", "Z")
            .optionalEnd()
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);

    private AlertTimes() {}

    /** A {@code scheduledTime} in one of the three supported forms, or empty. */
    public static Optional<LocalDateTime> parseScheduledTime(String text) {
        for (DateTimeFormatter format : SCHEDULED_TIME_FORMATS) {
            try {
                return Optional.of(LocalDateTime.parse(text, format));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /**
     * A wall-clock date-time in any form the reference pages show; an offset, if present,
     * is dropped because reminder times are read in the reminder's own time zone.
     */
    public static Optional<LocalDateTime> parseLocalDateTime(String text) {
        return parseLenient(text).map(LocalDateTime::from);
    }

    /** An instant such as {@code createdTime}; without an offset it is taken as UTC. */
    public static Optional<OffsetDateTime> parseOffsetDateTime(String text) {
        return parseLenient(text)
                .map(parsed -> parsed.isSupported(ChronoField.OFFSET_SECONDS)
                        ? OffsetDateTime.from(parsed)
                        : LocalDateTime.from(parsed).atOffset(ZoneOffset.UTC));
    }

    /** Whether {@code text} is an ISO 8601 date and time, with or without an offset or zone. */
    public static boolean isIso8601DateTime(String text) {
        if (text == null) {
            return false;
        }
        try {
            DateTimeFormatter.ISO_DATE_TIME.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return parseLenient(text).isPresent();
        }
    }

    private static Optional<TemporalAccessor> parseLenient(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LENIENT.parse(text.trim()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }
}
