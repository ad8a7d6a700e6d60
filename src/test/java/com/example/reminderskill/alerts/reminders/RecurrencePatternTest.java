package com.example.reminderskill.alerts.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.example.reminderskill.alerts.AlexaApiException;
import com.example.reminderskill.alerts.ErrorCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.PrimitiveIterator;
import org.junit.jupiter.api.Test;

class RecurrencePatternTest {

    private static final LocalDateTime MONDAY_NOON = LocalDateTime.parse("2026-11-23T12:00:00");

    @Test
    void occurrences_mergeAllRulesInOrder() {
        RecurrencePattern pattern = RecurrencePattern.of(
                List.of("FREQ=DAILY;BYHOUR=18;BYMINUTE=0;BYSECOND=0", "FREQ=DAILY;BYHOUR=7;BYMINUTE=0;BYSECOND=0"),
                MONDAY_NOON);

        assertThat(first(pattern, 4))
                .containsExactly(
                        LocalDateTime.parse("2026-11-23T18:00"), LocalDateTime.parse("2026-11-24T07:00"),
                        LocalDateTime.parse("2026-11-24T18:00"), LocalDateTime.parse("2026-11-25T07:00"));
    }

    @Test
    void occurrences_countAnInstantSharedByTwoRulesOnce() {
        RecurrencePattern pattern = RecurrencePattern.of(
                List.of(
                        "FREQ=DAILY;BYHOUR=18;BYMINUTE=0;BYSECOND=0",
                        "FREQ=WEEKLY;BYDAY=TU;BYHOUR=18;BYMINUTE=0;BYSECOND=0"),
                MONDAY_NOON);

        assertThat(first(pattern, 3))
                .containsExactly(
                        LocalDateTime.parse("2026-11-23T18:00"),
                        LocalDateTime.parse("2026-11-24T18:00"),
                        LocalDateTime.parse("2026-11-25T18:00"));
    }

    @Test
    void occurrences_takeMissingTimePartsFromTheStart() {
        RecurrencePattern pattern = RecurrencePattern.of(
                List.of("RRULE:FREQ=WEEKLY;BYDAY=MO,TH;"), LocalDateTime.parse("2026-11-23T18:30:00"));

        assertThat(first(pattern, 3))
                .containsExactly(
                        LocalDateTime.parse("2026-11-23T18:30"),
                        LocalDateTime.parse("2026-11-26T18:30"),
                        LocalDateTime.parse("2026-11-30T18:30"));
    }

    @Test
    void of_whenRuleIsValidButUnsupported_namesThePart() {
        AlexaApiException error = catchThrowableOfType(
                AlexaApiException.class,
                () -> RecurrencePattern.of(List.of("FREQ=DAILY;BYHOUR=7", "FREQ=DAILY;COUNT=3"), MONDAY_NOON));

        assertThat(error.errorCode()).isEqualTo(ErrorCode.UNSUPPORTED_TRIGGER_RECURRENCE);
        assertThat(error.getMessage()).contains("recurrenceRules[1]", "COUNT");
    }

    @Test
    void horizon_coversOneCycleOfDayAndWeekRulesPlusTheLongestGap() {
        RecurrencePattern daily = RecurrencePattern.of(List.of("FREQ=DAILY;BYHOUR=7"), MONDAY_NOON);
        RecurrencePattern mixed =
                RecurrencePattern.of(List.of("FREQ=DAILY;INTERVAL=3", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO"), MONDAY_NOON);

        assertThat(RecurrenceValidator.horizonDays(daily.rules())).isEqualTo(1 + 32);
        assertThat(RecurrenceValidator.horizonDays(mixed.rules())).isEqualTo(42 + 32);
    }

    @Test
    void horizon_coversTheLeapCycleForMonthRulesAndTwentyEightYearsForYearlyWithWeekdays() {
        RecurrencePattern monthly = RecurrencePattern.of(List.of("FREQ=MONTHLY;BYMONTHDAY=5"), MONDAY_NOON);
        RecurrencePattern yearlyAndWeekly =
                RecurrencePattern.of(List.of("FREQ=YEARLY", "FREQ=WEEKLY;BYDAY=MO"), MONDAY_NOON);

        assertThat(RecurrenceValidator.horizonDays(monthly.rules())).isEqualTo(1461 + 367);
        assertThat(RecurrenceValidator.horizonDays(yearlyAndWeekly.rules())).isGreaterThan(28 * 365);
    }

    @Test
    void nextAfter_findsTheNextOccurrenceAndStopsAtTheEnd() throws Exception {
        JsonNode recurrence = new ObjectMapper().readTree("""
                {"startDateTime": "2026-11-23T6:00:00.000", "endDateTime": "2026-11-25T12:00:00",
                 "recurrenceRules": ["FREQ=DAILY;BYHOUR=7,19;BYMINUTE=0;BYSECOND=0"]}
                """);
        RecurrencePattern pattern = RecurrencePattern.fromJson(recurrence, () -> MONDAY_NOON);

        assertThat(pattern.start()).isEqualTo(LocalDateTime.parse("2026-11-23T06:00"));
        assertThat(pattern.nextAfter(LocalDateTime.parse("2026-11-23T07:00")))
                .contains(LocalDateTime.parse("2026-11-23T19:00"));
        assertThat(pattern.nextAfter(LocalDateTime.parse("2026-11-25T07:00"))).isEmpty();
    }

    @Test
    void fromJson_readsTheDeprecatedFormAsAnRrule() throws Exception {
        JsonNode recurrence = new ObjectMapper().readTree("{\"freq\": \"WEEKLY\", \"byDay\": [\"TH\"]}");

        RecurrencePattern pattern = RecurrencePattern.fromJson(recurrence, () -> MONDAY_NOON);

        assertThat(pattern.nextAfter(MONDAY_NOON)).contains(LocalDateTime.parse("2026-11-26T12:00"));
    }

    private static List<LocalDateTime> first(RecurrencePattern pattern, int count) {
        PrimitiveIterator.OfLong occurrences = pattern.occurrenceSeconds();
        List<LocalDateTime> result = new ArrayList<>();
        for (int i = 0; i < count && occurrences.hasNext(); i++) {
            result.add(RecurrencePattern.toLocalDateTime(occurrences.nextLong()));
        }
        return result;
    }
}
