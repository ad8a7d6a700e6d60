package com.example.reminderskill.emulator;

import static com.example.reminderskill.emulator.EmulatorHttp.OTHER_SKILL;
import static com.example.reminderskill.emulator.EmulatorHttp.OTHER_USER;
import static com.example.reminderskill.emulator.EmulatorHttp.REMINDERS;
import static com.example.reminderskill.emulator.EmulatorHttp.SCOPE;
import static com.example.reminderskill.emulator.EmulatorHttp.SKILL;
import static com.example.reminderskill.emulator.EmulatorHttp.USER;
import static com.example.reminderskill.emulator.EmulatorHttp.absolute;
import static com.example.reminderskill.emulator.EmulatorHttp.bearer;
import static com.example.reminderskill.emulator.EmulatorHttp.recurring;
import static com.example.reminderskill.emulator.EmulatorHttp.relative;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.reminderskill.emulator.EmulatorHttp.Answer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Reminders REST API of the emulator as a skill calls it: create, get, list with paging,
 * update, delete, isolation between skills and users, and the shared validator's answers.
 */
class EmulatorRemindersApiTest extends EmulatorTest {

    private static final String TIMESTAMP_WITH_MILLIS = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

    // ---- create, get, list -----------------------------------------------------------------

    @Test
    void create_withInSessionToken_answers201WithTheReceipt() {
        start(EmulatorHttp.emulatorAtNow());
        String token = api.token(SKILL, USER);

        Answer answer = api.create(token, relative(7200));

        assertThat(answer.status()).isEqualTo(201);
        JsonNode receipt = answer.json();
        String alertToken = receipt.path("alertToken").asText();
        assertThat(alertToken).isNotBlank();
        assertThat(receipt.path("createdTime").asText())
                .matches(TIMESTAMP_WITH_MILLIS)
                .isEqualTo("2026-11-22T10:00:00.000Z");
        assertThat(receipt.path("updatedTime").asText()).isEqualTo("2026-11-22T10:00:00.000Z");
        assertThat(receipt.path("status").asText()).isEqualTo("ON");
        assertThat(receipt.path("version").isTextual()).isTrue();
        assertThat(receipt.path("version").asText()).isEqualTo("1");
        assertThat(receipt.path("href").asText()).isEqualTo(REMINDERS + "/" + alertToken);
        assertThat(api.send("GET", receipt.path("href").asText(), bearer(token), null)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void get_afterCreate_answersTheReminderAsSent() {
        start(EmulatorHttp.emulatorAtNow());
        String token = api.token(SKILL, USER);
        String alertToken = api.createOk(token, absolute("2026-11-23T19:00:00.000", "America/Los_Angeles"));

        Answer answer = api.get(token, alertToken);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode reminder = answer.json();
        assertThat(reminder.path("alertToken").asText()).isEqualTo(alertToken);
        assertThat(reminder.path("createdTime").asText()).isEqualTo("2026-11-22T10:00:00.000Z");
        assertThat(reminder.path("updatedTime").asText()).isEqualTo("2026-11-22T10:00:00.000Z");
        assertThat(reminder.path("status").asText()).isEqualTo("ON");
        assertThat(reminder.path("version").asText()).isEqualTo("1");
        assertThat(reminder.path("trigger"))
                .isEqualTo(EmulatorHttp.MAPPER
                        .createObjectNode()
                        .put("type", "SCHEDULED_ABSOLUTE")
                        .put("scheduledTime", "2026-11-23T19:00:00.000")
                        .put("timeZoneId", "America/Los_Angeles"));
        assertThat(reminder.at("/alertInfo/spokenInfo/content/0/text").asText()).isEqualTo("walk the dog");
        assertThat(reminder.at("/alertInfo/spokenInfo/content/0/locale").asText())
                .isEqualTo("en-US");
        assertThat(reminder.at("/pushNotification/status").asText()).isEqualTo("ENABLED");
    }

    @Test
    void list_answersTotalCountAsAStringAndTheAlertsInCreationOrder() {
        start(EmulatorHttp.emulatorAtNow());
        String token = api.token(SKILL, USER);
        String first = api.createOk(token, relative(600));
        String second = api.createOk(token, absolute("2026-11-23T08:00:00", "Europe/Berlin"));

        Answer answer = api.list(token);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("totalCount").isTextual()).isTrue();
        assertThat(answer.field("totalCount")).isEqualTo("2");
        assertThat(answer.json().path("alerts")).hasSize(2);
        assertThat(api.listedTokens(token)).containsExactly(first, second);
        assertThat(answer.json().has("links")).as("no next page").isFalse();
        assertThat(answer.json().path("alerts").get(0).at("/trigger/type").asText())
                .isEqualTo("SCHEDULED_RELATIVE");
    }

    @Test
    void list_withoutReminders_answersZeroAndAnEmptyArray() {
        start(EmulatorHttp.emulatorAtNow());

        Answer answer = api.list(api.token(SKILL, USER));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.field("totalCount")).isEqualTo("0");
        assertThat(answer.json().path("alerts").isArray()).isTrue();
        assertThat(answer.json().path("alerts")).isEmpty();
    }

    @Test
    void list_with120Reminders_pagesBy50AndTheLinksLeadThroughAllOfThemOnce() {
        start(EmulatorHttp.emulatorAtNow().maxRemindersPerUser(500).maxRequestsPerSecond(1_000));
        String token = api.token(SKILL, USER);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            created.add(api.createOk(token, relative(600 + i)));
        }

        Answer first = api.list(token);
        List<String> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        List<String> links = new ArrayList<>();
        Answer page = first;
        while (true) {
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.field("totalCount")).isEqualTo("120");
            pageSizes.add(page.json().path("alerts").size());
            page.json()
                    .path("alerts")
                    .forEach(alert -> seen.add(alert.path("alertToken").asText()));
            if (!page.json().hasNonNull("links")) {
                break;
            }
            links.add(page.field("links"));
            page = api.send("GET", page.field("links"), bearer(token), null);
        }

        assertThat(first.json().path("alerts")).hasSize(50);
        assertThat(first.field("links")).isEqualTo("/v1/alerts/reminders?nextToken=50");
        assertThat(links).containsExactly("/v1/alerts/reminders?nextToken=50", "/v1/alerts/reminders?nextToken=100");
        assertThat(pageSizes).containsExactly(50, 50, 20);
        assertThat(seen).containsExactlyElementsOf(created);
    }

    /** BUG: a nextToken longer than a long fails Long.parseLong and the emulator answers 500. */
    @Test
    void list_withNextTokenBeyondTheLongRange_answersAClientErrorNotA500() {
        start(EmulatorHttp.emulatorAtNow());
        String token = api.token(SKILL, USER);
        api.createOk(token, relative(600));

        Answer answer = api.send("GET", REMINDERS + "?nextToken=99999999999999999999", bearer(token), null);

        assertThat(answer.status()).as("answer: %s", answer).isEqualTo(400);
        assertThat(answer.code()).isNotBlank();
    }

    // ---- update, delete --------------------------------------------------------------------

    @Test
    void update_answers200WithVersion2AndTheNewTriggerShowsInGet() {
        start(EmulatorHttp.emulatorAtNow());
        String token = api.token(SKILL, USER);
        String alertToken = api.createOk(token, relative(600));
        api.advance(60);

        Answer answer = api.update(token, alertToken, absolute("2026-11-24T09:30:00.000", "America/New_York"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.field("alertToken")).isEqualTo(alertToken);
        assertThat(answer.field("version")).isEqualTo("2");
        assertThat(answer.field("status")).isEqualTo("ON");
        assertThat(answer.field("createdTime")).isEqualTo("2026-11-22T10:00:00.000Z");
        assertThat(answer.field("updatedTime")).isEqualTo("2026-11-22T10:01:00.000Z");
        Answer got = api.get(token, alertToken);
        assertThat(got.field("version")).isEqualTo("2");
        assertThat(got.json().at("/trigger/type").asText()).isEqualTo("SCHEDULED_ABSOLUTE");
        assertThat(got.json().at("/trigger/scheduledTime").asText()).isEqualTo("2026-11-24T09:30:00.000");
        assertThat(got.json().at("/trigger/offsetInSeconds").isMissingNode()).isTrue();
        // The old trigger no longer rings; the new one does, at 09:30 in New York (14:30Z).
        assertThat(api.advance(3600)).isZero();
        assertThat(api.advance(EmulatorHttp.secondsBetween("2026-11-22T11:01:00Z", "2026-11-24T14:30:00Z")))
                .isEqualTo(1);
    }

    @Test
    void update_ofUnknownReminder_answers404AlertNotFound() {
        start(EmulatorHttp.emulatorAtNow());
        String token = api.token(SKILL, USER);

        Answer answer = api.update(token, "no-such-alert", relative(600));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.code()).isEqualTo("ALERT_NOT_FOUND");
        assertThat(api.listedTokens(token)).isEmpty();
    }

    @Test
    void delete_answers200ThenGetAnswers404AlertNotFound() {
        start(EmulatorHttp.emulatorAtNow());
        String token = api.token(SKILL, USER);
        String kept = api.createOk(token, relative(600));
        String deleted = api.createOk(token, relative(900));

        Answer answer = api.delete(token, deleted);

        assertThat(answer.status()).isEqualTo(200);
        Answer got = api.get(token, deleted);
        assertThat(got.status()).isEqualTo(404);
        assertThat(got.code()).isEqualTo("ALERT_NOT_FOUND");
        assertThat(got.field("message")).isNotBlank();
        assertThat(api.listedTokens(token)).containsExactly(kept);
        assertThat(api.delete(token, deleted).status()).as("deleting twice").isEqualTo(404);
        assertThat(api.advance(900)).as("only the kept reminder rings").isEqualTo(1);
    }

    @Test
    void delete_ofCompletedReminder_answers404AndTheReminderStaysListed() {
        start(EmulatorHttp.emulatorAtNow());
        String token = api.token(SKILL, USER);
        String alertToken = api.createOk(token, relative(600));
        api.advance(600);

        Answer answer = api.delete(token, alertToken);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.code()).isEqualTo("ALERT_NOT_FOUND");
        assertThat(api.get(token, alertToken).field("status")).isEqualTo("COMPLETED");
        assertThat(api.listedTokens(token)).containsExactly(alertToken);
        assertThat(api.eventTypes()).doesNotContain("Reminders.ReminderDeleted");
    }

    // ---- isolation -------------------------------------------------------------------------

    @Test
    void anotherSkillOfTheSameUser_cannotSeeOrChangeTheReminder() {
        start(EmulatorHttp.emulatorAtNow());
        String owner = api.token(SKILL, USER);
        String otherSkill = api.token(OTHER_SKILL, USER);
        String alertToken = api.createOk(owner, relative(600));

        Answer got = api.get(otherSkill, alertToken);
        Answer updated = api.update(otherSkill, alertToken, relative(60));
        Answer deleted = api.delete(otherSkill, alertToken);

        assertThat(got.status()).isEqualTo(404);
        assertThat(got.code()).isEqualTo("ALERT_NOT_FOUND");
        assertThat(updated.status()).isEqualTo(404);
        assertThat(deleted.status()).isEqualTo(404);
        assertThat(api.listedTokens(otherSkill)).isEmpty();
        Answer ownersView = api.get(owner, alertToken);
        assertThat(ownersView.status()).isEqualTo(200);
        assertThat(ownersView.field("version")).isEqualTo("1");
        assertThat(ownersView.json().at("/trigger/offsetInSeconds").asLong()).isEqualTo(600);
    }

    @Test
    void theSameSkillForAnotherUser_cannotSeeOrChangeTheReminder() {
        start(EmulatorHttp.emulatorAtNow());
        String owner = api.token(SKILL, USER);
        String otherUser = api.token(SKILL, OTHER_USER);
        String alertToken = api.createOk(owner, relative(600));
        String othersOwn = api.createOk(otherUser, relative(600));

        Answer got = api.get(otherUser, alertToken);
        Answer deleted = api.delete(otherUser, alertToken);

        assertThat(got.status()).isEqualTo(404);
        assertThat(got.code()).isEqualTo("ALERT_NOT_FOUND");
        assertThat(deleted.status()).isEqualTo(404);
        assertThat(api.listedTokens(otherUser)).containsExactly(othersOwn);
        assertThat(api.listedTokens(owner)).containsExactly(alertToken);
    }

    // ---- validation: the wrapper's validator, answered as HTTP 400 -------------------------

    static Stream<Arguments> invalidCreates() {
        return Stream.of(
                Arguments.of("relative offset 0", relative(0), "INVALID_TRIGGER_OFFSET"),
                Arguments.of(
                        "scheduledTime in the past",
                        absolute("2026-11-22T09:59:00.000", "UTC"),
                        "TRIGGER_SCHEDULED_TIME_IN_PAST"),
                Arguments.of(
                        "FREQ=HOURLY",
                        recurring("2026-11-23T07:00:00.000", "America/New_York", "FREQ=HOURLY;BYMINUTE=0;BYSECOND=0"),
                        "UNSUPPORTED_TRIGGER_RECURRENCE"),
                Arguments.of("body not JSON", "requestTime=now&trigger=soon", "INVALID_REQUEST_BODY"),
                Arguments.of("body a JSON array", "[]", "INVALID_REQUEST_BODY"),
                Arguments.of(
                        "unknown time zone",
                        absolute("2026-11-23T07:00:00.000", "Mars/Olympus_Mons"),
                        "INVALID_TRIGGER_TIME_ZONE"),
                Arguments.of(
                        "offset on an absolute trigger",
                        relative(600).replace("SCHEDULED_RELATIVE", "SCHEDULED_ABSOLUTE"),
                        "INVALID_TRIGGER"));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("invalidCreates")
    void create_withInvalidBody_answers400WithTheValidatorsCodeAndStoresNothing(String name, String body, String code) {
        start(EmulatorHttp.emulatorAtNow());
        String token = api.token(SKILL, USER);

        Answer answer = api.create(token, body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo(code);
        assertThat(answer.field("message")).isNotBlank();
        assertThat(answer.json().size()).as("just code and message").isEqualTo(2);
        assertThat(api.listedTokens(token)).isEmpty();
        assertThat(api.events()).isEmpty();
    }

    @Test
    void create_withoutBody_answers400InvalidRequestBody() {
        start(EmulatorHttp.emulatorAtNow());
        String token = api.token(SKILL, USER);

        Answer answer = api.send("POST", REMINDERS, bearer(token), null);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("INVALID_REQUEST_BODY");
        assertThat(api.listedTokens(token)).isEmpty();
    }

    @Test
    void update_withInvalidBody_answers400AndKeepsTheStoredReminder() {
        start(EmulatorHttp.emulatorAtNow());
        String token = api.token(SKILL, USER);
        String alertToken = api.createOk(token, relative(600));

        Answer answer = api.update(token, alertToken, relative(-5));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("INVALID_TRIGGER_OFFSET");
        Answer got = api.get(token, alertToken);
        assertThat(got.field("version")).isEqualTo("1");
        assertThat(got.json().at("/trigger/offsetInSeconds").asLong()).isEqualTo(600);
        assertThat(api.eventTypes()).containsExactly("Reminders.ReminderCreated");
    }

    @Test
    void create_withScheduledTimeWithoutZone_isJudgedInTheSessionsTimeZone() {
        start(EmulatorHttp.emulatorAtNow());
        // 2026-11-22T20:00 is still ahead in UTC (now 10:00Z) but already past in Kiritimati (UTC+14, now 00:00 on the
        // 23rd).
        String body = absolute("2026-11-22T20:00:00.000", null);
        String inUtc = api.token(SKILL, USER, true, "UTC", SCOPE);
        String inKiritimati = api.token(SKILL, OTHER_USER, true, "Pacific/Kiritimati", SCOPE);

        Answer rejected = api.create(inKiritimati, body);
        Answer accepted = api.create(inUtc, body);

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.code()).isEqualTo("TRIGGER_SCHEDULED_TIME_IN_PAST");
        assertThat(api.listedTokens(inKiritimati)).isEmpty();
        assertThat(accepted.status()).isEqualTo(201);
    }

    @Test
    void create_withScheduledTimeWithoutZone_ringsAtThatTimeInTheSessionsTimeZone() {
        start(EmulatorHttp.emulatorAtNow());
        // 05:00 is past in UTC (now 10:00Z) but ahead in Los Angeles (now 02:00 there): it rings at 13:00Z.
        String token = api.token(SKILL, USER, true, "America/Los_Angeles", SCOPE);

        Answer answer = api.create(token, absolute("2026-11-22T05:00:00.000", null));

        assertThat(answer.status()).isEqualTo(201);
        assertThat(api.advance(3 * 3600 - 1)).isZero();
        assertThat(api.advance(1)).isEqualTo(1);
        assertThat(emulator.events()).last().satisfies(event -> {
            assertThat(event.type()).isEqualTo("Reminders.ReminderStatusChanged");
            assertThat(event.timestamp()).isEqualTo("2026-11-22T13:00:00Z");
        });
    }
}
