package com.example.reminderskill.skill.handlers;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.Locale;
import java.util.Optional;

/**
 * An AMAZON.DURATION value as Alexa sends it, ISO 8601 in any case: {@code P1W}, {@code P2W},
 * {@code P1D}, {@code P1DT2H}, {@code PT1H30M}, {@code PT90S}, {@code P3M}, {@code P1Y}.
 * {@link Duration#parse} alone refuses weeks, months and years, so the part before {@code T}
 * is read as a {@link Period} and the part after it as a {@link Duration}.
 *
 * @param calendar the years, months and days (weeks are read as seven days each)
 * @param time     the hours, minutes and seconds
 */
record AlexaDuration(Period calendar, Duration time) {

    /** The value Alexa sent, empty when it is not a positive ISO 8601 duration. */
    static Optional<AlexaDuration> parse(String value) {
        String iso = value.strip().toUpperCase(Locale.ROOT);
        int t = iso.indexOf('T');
        if (!iso.startsWith("P") || iso.length() < 3 || (t >= 0 && t == iso.length() - 1)) {
            return Optional.empty();
        }
        try {
            Period calendar = t == 1 ? Period.ZERO : Period.parse(t < 0 ? iso : iso.substring(0, t));
            Duration time = t < 0 ? Duration.ZERO : Duration.parse("PT" + iso.substring(t + 1));
            boolean negative = calendar.isNegative() || time.isNegative();
            return negative || (calendar.isZero() && time.isZero())
                    ? Optional.empty()
                    : Optional.of(new AlexaDuration(calendar, time));
        } catch (DateTimeException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** Whether it counts months or years, which have no fixed number of seconds. */
    boolean hasMonths() {
        return calendar.toTotalMonths() != 0;
    }

    /**
     * Its exact length, for weeks, days, hours, minutes and seconds, when it fits the APIs (seconds
     * in an int); empty when it counts months or years, whose length depends on when they start.
     */
    Optional<Duration> exact() {
        if (hasMonths()) {
            return Optional.empty();
        }
        try {
            Duration length = Duration.ofDays(calendar.getDays()).plus(time);
            return length.getSeconds() > Integer.MAX_VALUE ? Optional.empty() : Optional.of(length);
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }

    /**
     * When it ends if it starts at {@code start} on a wall clock: a month later is the same day of
     * the month (or that month's last day); empty when that is beyond what a date can hold.
     */
    Optional<LocalDateTime> after(LocalDateTime start) {
        try {
            return Optional.of(start.plus(calendar).plus(time));
        } catch (DateTimeException | ArithmeticException e) {
            return Optional.empty();
        }
    }
}
