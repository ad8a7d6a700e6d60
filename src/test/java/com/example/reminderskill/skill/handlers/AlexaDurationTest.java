package com.example.reminderskill.skill.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AlexaDurationTest {

    @ParameterizedTest
    @CsvSource({
        "P1W, 604800",
        "P2W, 1209600",
        "P1D, 86400",
        "P1DT2H, 93600",
        "PT1H30M, 5400",
        "PT90S, 90",
        "PT20M, 1200",
        "p1w, 604800",
        "pt1h30m, 5400",
        "p1dt2h, 93600",
        "P1W2D, 777600",
        " PT5M , 300"
    })
    void exact_readsEveryFormAlexaSends_inAnyCase(String value, long seconds) {
        assertThat(Slots.exactDuration(value)).contains(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest
    @ValueSource(strings = {"P1Y", "P3M", "p3m", "P1Y2M", "P1MT2H"})
    void monthsAndYears_haveNoExactLength_butEndOnTheWallClock(String value) {
        AlexaDuration duration = AlexaDuration.parse(value).orElseThrow();

        assertThat(duration.hasMonths()).isTrue();
        assertThat(duration.exact()).isEmpty();
        assertThat(Slots.exactDuration(value)).isEmpty();
    }

    @Test
    void after_keepsTheWallClockTime_andTheLastDayOfAShortMonth() {
        LocalDateTime start = LocalDateTime.parse("2027-01-31T08:15");

        assertThat(AlexaDuration.parse("P1M").orElseThrow().after(start))
                .contains(LocalDateTime.parse("2027-02-28T08:15"));
        assertThat(AlexaDuration.parse("P1Y").orElseThrow().after(start))
                .contains(LocalDateTime.parse("2028-01-31T08:15"));
        assertThat(AlexaDuration.parse("P3MT2H").orElseThrow().after(start))
                .contains(LocalDateTime.parse("2027-04-30T10:15"));
        assertThat(AlexaDuration.parse("P1W").orElseThrow())
                .isEqualTo(new AlexaDuration(Period.ofDays(7), Duration.ZERO));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "P",
                "PT",
                "P1DT",
                "PT?M",
                "P?W",
                "1W",
                "PT0S",
                "P0D",
                "-P1D",
                "P-1W",
                "PT-5M",
                "P99999999D",
                "soon"
            })
    void whatIsNotAPositiveDuration_givesNothing(String value) {
        assertThat(Slots.exactDuration(value)).isEmpty();
    }
}
