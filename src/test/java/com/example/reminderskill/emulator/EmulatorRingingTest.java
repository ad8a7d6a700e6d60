package com.example.reminderskill.emulator;

import static com.example.reminderskill.emulator.EmulatorHttp.SKILL;
import static com.example.reminderskill.emulator.EmulatorHttp.USER;
import static com.example.reminderskill.emulator.EmulatorHttp.deprecatedRecurring;
import static com.example.reminderskill.emulator.EmulatorHttp.recurring;
import static com.example.reminderskill.emulator.EmulatorHttp.relative;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.reminderskill.emulator.EmulatorHttp.Answer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Reminders ringing as emulated time moves: one-time reminders complete, recurring ones move
 * to their next occurrence in their own time zone, and completed ones stay listed three days.
 */
class EmulatorRingingTest extends EmulatorTest {

    private static final String STARTED = "Reminders.ReminderStarted";
    private static final String STATUS_CHANGED = "Reminders.ReminderStatusChanged";

    private final List<String> received = new CopyOnWriteArrayList<>();

    @Test
    void relativeReminder_ringsOnceWhenItsOffsetHasPassedAndCompletes() throws Exception {
        start(EmulatorHttp.emulatorAtNow().skillEndpoint(received::add));
        String token = api.token(SKILL, USER);
        String alertToken = api.createOk(token, relative(1200));

        int ringsBefore = api.advance(1199);
        String statusBefore = api.get(token, alertToken).field("status");
        int ringsDue = api.advance(1);
        emulator.awaitDelivery(Duration.ofSeconds(5));

        assertThat(ringsBefore).isZero();
        assertThat(statusBefore).isEqualTo("ON");
        assertThat(ringsDue).isEqualTo(1);
        assertThat(api.get(token, alertToken).field("status")).isEqualTo("COMPLETED");
        assertThat(api.eventTypes()).containsExactly("Reminders.ReminderCreated", STARTED, STATUS_CHANGED);
        List<JsonNode> envelopes = parse(received);
        JsonNode started = envelopes.get(1);
        JsonNode statusChanged = envelopes.get(2);
        assertThat(started.at("/request/type").asText()).isEqualTo(STARTED);
        assertThat(started.at("/request/body/alertToken").asText()).isEqualTo(alertToken);
        assertThat(started.at("/request/timestamp").asText()).isEqualTo("2026-11-22T10:20:00Z");
        assertThat(statusChanged.at("/request/type").asText()).isEqualTo(STATUS_CHANGED);
        assertThat(statusChanged.at("/request/body/status").asText()).isEqualTo("COMPLETED");
        assertThat(statusChanged.at("/request/body/alertToken").asText()).isEqualTo(alertToken);
        assertThat(api.advance(86_400))
                .as("a completed reminder never rings again")
                .isZero();
    }

    @Test
    void dailyRecurringReminder_ringsOncePerDayAt7InNewYorkAndStaysOn() {
        start(EmulatorHttp.emulatorAtNow());
        String token = api.token(SKILL, USER);
        // Now is 05:00 in New York (EST, UTC-5): tomorrow 07:00 there is 12:00Z.
        String alertToken = api.createOk(
                token,
                recurring("2026-11-23T07:00:00.000", "America/New_York", "FREQ=DAILY;BYHOUR=7;BYMINUTE=0;BYSECOND=0"));
        assertThat(api.advance(EmulatorHttp.secondsBetween("2026-11-22T10:00:00Z", "2026-11-23T11:00:00Z")))
                .isZero();
        List<Integer> ringsPerDay = new ArrayList<>();

        for (int day = 0; day < 3; day++) {
            ringsPerDay.add(api.advance(86_400));
        }

        assertThat(ringsPerDay).containsExactly(1, 1, 1);
        List<EmulatorEvent> started = emulator.events().stream()
                .filter(event -> event.type().equals(STARTED))
                .toList();
        assertThat(started)
                .extracting(EmulatorEvent::timestamp)
                .containsExactly(
                        Instant.parse("2026-11-23T12:00:00Z"),
                        Instant.parse("2026-11-24T12:00:00Z"),
                        Instant.parse("2026-11-25T12:00:00Z"));
        assertThat(started)
                .extracting(event -> event.request().at("/request/timestamp").asText())
                .containsExactly("2026-11-23T12:00:00Z", "2026-11-24T12:00:00Z", "2026-11-25T12:00:00Z");
        assertThat(api.eventTypes()).doesNotContain(STATUS_CHANGED);
        // The session's token expired days ago: a new session of the same skill and user.
        Answer got = api.get(api.token(SKILL, USER), alertToken);
        assertThat(got.field("status")).isEqualTo("ON");
        assertThat(got.json().at("/trigger/recurrence/recurrenceRules/0").asText())
                .isEqualTo("FREQ=DAILY;BYHOUR=7;BYMINUTE=0;BYSECOND=0");
    }

    @Test
    void dailyRecurringReminder_ringsEveryDayItWasDueInOneLongClockMove() {
        start(EmulatorHttp.emulatorAtNow());
        String token = api.token(SKILL, USER);
        api.createOk(
                token,
                recurring("2026-11-23T07:00:00.000", "America/New_York", "FREQ=DAILY;BYHOUR=7;BYMINUTE=0;BYSECOND=0"));

        // To 2026-11-25T12:00Z: the 23rd, 24th and 25th at 07:00 in New York.
        int rings = api.advance(EmulatorHttp.secondsBetween("2026-11-22T10:00:00Z", "2026-11-25T12:00:00Z"));

        assertThat(rings).isEqualTo(3);
        assertThat(api.eventTypes()).containsExactly("Reminders.ReminderCreated", STARTED, STARTED, STARTED);
    }

    @Test
    void completedReminder_isStillListedTwoDaysLaterAndGoneFourDaysLater() {
        start(EmulatorHttp.emulatorAtNow());
        String token = api.token(SKILL, USER);
        String alertToken = api.createOk(token, relative(1200));
        api.advance(1200);

        api.advance(2 * 86_400);
        // The first token has expired by now; a new session of the same skill and user.
        String twoDaysLater = api.token(SKILL, USER);
        Answer listedAfterTwoDays = api.list(twoDaysLater);
        Answer gotAfterTwoDays = api.get(twoDaysLater, alertToken);
        api.advance(2 * 86_400);
        String fourDaysLater = api.token(SKILL, USER);
        Answer listedAfterFourDays = api.list(fourDaysLater);
        Answer gotAfterFourDays = api.get(fourDaysLater, alertToken);

        assertThat(listedAfterTwoDays.field("totalCount")).isEqualTo("1");
        assertThat(listedAfterTwoDays.json().at("/alerts/0/alertToken").asText())
                .isEqualTo(alertToken);
        assertThat(listedAfterTwoDays.json().at("/alerts/0/status").asText()).isEqualTo("COMPLETED");
        assertThat(gotAfterTwoDays.status()).isEqualTo(200);
        assertThat(listedAfterFourDays.field("totalCount")).isEqualTo("0");
        assertThat(listedAfterFourDays.json().path("alerts")).isEmpty();
        assertThat(gotAfterFourDays.status()).isEqualTo(404);
        assertThat(gotAfterFourDays.code()).isEqualTo("ALERT_NOT_FOUND");
    }

    @Test
    void deprecatedWeeklyFormOfTheOlderPage_ringsOnMondaysOnly() {
        start(EmulatorHttp.emulatorAtNow());
        String token = api.token(SKILL, USER);
        ZoneId losAngeles = ZoneId.of("America/Los_Angeles");
        // As on the older page: a scheduledTime on a Sunday (today, 19:00 in Los Angeles) with byDay ["MO"].
        Answer created = api.create(
                token, deprecatedRecurring("2026-11-22T19:00:00.000", "America/Los_Angeles", "WEEKLY", "MO"));
        assertThat(created.status()).isEqualTo(201);

        // 16 days: to Tuesday 2026-12-08T10:00Z, past three Mondays at 19:00 in Los Angeles.
        int rings = api.advance(16 * 86_400);

        assertThat(rings).isEqualTo(3);
        List<ZonedDateTime> ringTimes = emulator.events().stream()
                .filter(event -> event.type().equals(STARTED))
                .map(event -> event.timestamp().atZone(losAngeles))
                .toList();
        assertThat(ringTimes).hasSize(3).allSatisfy(at -> {
            assertThat(at.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(at.toLocalTime()).isEqualTo(LocalTime.of(19, 0));
        });
        assertThat(ringTimes)
                .extracting(ZonedDateTime::toInstant)
                .containsExactly(
                        Instant.parse("2026-11-24T03:00:00Z"),
                        Instant.parse("2026-12-01T03:00:00Z"),
                        Instant.parse("2026-12-08T03:00:00Z"));
        Answer got = api.get(api.token(SKILL, USER), created.field("alertToken"));
        assertThat(got.field("status")).isEqualTo("ON");
        assertThat(got.json().at("/trigger/recurrence/freq").asText()).isEqualTo("WEEKLY");
    }

    @Test
    void dueReminders_ringInTheOrderTheyFallDue() {
        start(EmulatorHttp.emulatorAtNow());
        String token = api.token(SKILL, USER);
        String late = api.createOk(token, relative(900));
        String early = api.createOk(token, relative(300));

        assertThat(api.advance(1000)).isEqualTo(2);

        List<String> startedTokens = emulator.events().stream()
                .filter(event -> event.type().equals(STARTED))
                .map(event -> event.request().at("/request/body/alertToken").asText())
                .toList();
        assertThat(startedTokens).containsExactly(early, late);
    }

    private static List<JsonNode> parse(List<String> envelopes) throws Exception {
        List<JsonNode> parsed = new ArrayList<>();
        for (String envelope : envelopes) {
            parsed.add(EmulatorHttp.MAPPER.readTree(envelope));
        }
        return parsed;
    }
}
