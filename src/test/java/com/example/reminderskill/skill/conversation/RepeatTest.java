package com.example.reminderskill.skill.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RepeatTest {

    static Stream<Repeat> everyForm() {
        LocalTime time = LocalTime.of(18, 30);
        return Stream.of(
                new Repeat.Daily(time),
                new Repeat.Weekdays(time),
                new Repeat.Weekly(Set.of(DayOfWeek.SUNDAY, DayOfWeek.THURSDAY), time),
                new Repeat.Monthly(5, time));
    }

    @ParameterizedTest
    @MethodSource("everyForm")
    void everyForm_readsBackFromItsOwnRule(Repeat repeat) {
        assertThat(Repeat.fromRule(repeat.toRule())).contains(repeat);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "FREQ=DAILY;BYHOUR=6,18",
                "FREQ=DAILY;INTERVAL=2;BYHOUR=6",
                "FREQ=MONTHLY;BYDAY=1MO;BYHOUR=9",
                "FREQ=YEARLY;BYHOUR=9",
                "FREQ=DAILY",
                "not a rule"
            })
    void otherRules_areNotMistakenForAForm(String rule) {
        assertThat(Repeat.fromRule(rule)).isEmpty();
    }

    @Test
    void rulesWrittenByOthers_withPrefixAndTrailingSemicolon_stillRead() {
        assertThat(Repeat.fromRule("RRULE:FREQ=MONTHLY;BYMONTHDAY=5;BYHOUR=10;INTERVAL=1;"))
                .contains(new Repeat.Monthly(5, LocalTime.of(10, 0)));
    }

    @Test
    void monthly_refusesDaysSomeMonthsLack() {
        assertThatThrownBy(() -> new Repeat.Monthly(29, LocalTime.NOON)).isInstanceOf(IllegalArgumentException.class);
    }
}
