package com.example.reminderskill.emulator;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The emulator's time: a base clock (the system's, or a test's) plus however far it was moved
 * forward. A skill in the same process runs on it, so that both move together.
 */
final class EmulatorClock extends Clock {

    private final Clock base;
    /** Shared with the views {@link #withZone} returns, so they move with this clock. */
    private final AtomicReference<Duration> offset;

    private final ZoneId zone;

    public EmulatorClock(Clock base) {
        this(Objects.requireNonNull(base, "base"), new AtomicReference<>(Duration.ZERO), ZoneOffset.UTC);
    }

    private EmulatorClock(Clock base, AtomicReference<Duration> offset, ZoneId zone) {
        this.base = base;
        this.offset = offset;
        this.zone = zone;
    }

    /**
     * Moves emulated time forward; it never goes back.
     *
     * @throws IllegalArgumentException for a negative duration, or one that would move time past
     *     the last instant Java can represent (nothing moves then)
     */
    void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("time only moves forward: " + duration);
        }
        offset.accumulateAndGet(duration, (current, added) -> {
            try {
                Duration next = current.plus(added);
                base.instant().plus(next);
                return next;
            } catch (ArithmeticException | DateTimeException e) {
                throw new IllegalArgumentException("time cannot move " + added + " further: past " + Instant.MAX, e);
            }
        });
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return newZone.equals(zone) ? this : new EmulatorClock(base, offset, newZone);
    }
}
