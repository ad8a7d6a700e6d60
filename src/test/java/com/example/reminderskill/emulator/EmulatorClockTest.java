package com.example.reminderskill.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class EmulatorClockTest {

    private static final Instant START = Instant.parse("2026-11-22T23:30:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final EmulatorClock clock = new EmulatorClock(Clock.fixed(START, ZoneOffset.UTC));

    @Test
    void advance_movesTheInstant_andAZonedViewMovesWithIt() {
        Clock inBerlin = clock.withZone(BERLIN);

        clock.advance(Duration.ofHours(1));

        assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofHours(1)));
        assertThat(inBerlin.getZone()).isEqualTo(BERLIN);
        assertThat(LocalDateTime.now(inBerlin)).isEqualTo(LocalDateTime.parse("2026-11-23T01:30:00"));
        assertThat(clock.withZone(ZoneOffset.UTC)).isSameAs(clock);
    }

    @Test
    void advance_neverGoesBack() {
        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);

        assertThat(clock.instant()).isEqualTo(START);
    }
}
