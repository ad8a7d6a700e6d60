package com.example.reminderskill.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Clocks for tests that need time to pass (retry budgets, rate windows, ringing) but must not
 * depend on today's date: they start at a fixed instant and then tick with the system's clock.
 */
public final class TestClocks {

    private TestClocks() {}

    /** A clock that reads {@code start} now and then moves as the system's clock does. */
    public static Clock tickingFrom(Instant start) {
        Clock system = Clock.systemUTC();
        return Clock.offset(system, Duration.between(system.instant(), start));
    }
}
