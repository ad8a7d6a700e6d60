package com.example.reminderskill.emulator;

import static com.example.reminderskill.emulator.EmulatorHttp.REMINDERS;
import static com.example.reminderskill.emulator.EmulatorHttp.SCOPE;
import static com.example.reminderskill.emulator.EmulatorHttp.SKILL;
import static com.example.reminderskill.emulator.EmulatorHttp.USER;
import static com.example.reminderskill.emulator.EmulatorHttp.absolute;
import static com.example.reminderskill.emulator.EmulatorHttp.relative;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.reminderskill.emulator.EmulatorHttp.Answer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who may call the emulated Reminders API and how often: bearer tokens, scopes, in- and
 * out-of-session tokens (including the one events carry), per-user and per-second limits, and
 * injected faults.
 */
class EmulatorAccessTest extends EmulatorTest {

    // ---- bearer tokens ---------------------------------------------------------------------

    @Test
    void call_withoutAuthorizationHeader_answers401MissingBearerToken() {
        start(EmulatorHttp.emulatorAtNow());

        Answer answer = api.send("POST", REMINDERS, null, relative(600));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo("MISSING_BEARER_TOKEN");
        assertThat(answer.field("message")).isNotBlank();
        assertThat(emulator.events()).isEmpty();
    }

    @ParameterizedTest(name = "Authorization: {0}")
    @ValueSource(strings = {"Bearer Atza|emulator.never-minted", "Basic xyz", "Bearer", "Atza|emulator.no-scheme"})
    void call_withUnknownTokenOrOtherScheme_answers401InvalidBearerToken(String authorization) {
        start(EmulatorHttp.emulatorAtNow());

        Answer answer = api.send("GET", REMINDERS, authorization, null);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo("INVALID_BEARER_TOKEN");
    }

    @Test
    void call_withAMintedTokenInABasicHeader_answers401InvalidBearerToken() {
        start(EmulatorHttp.emulatorAtNow());
        String token = api.token(SKILL, USER);

        Answer answer = api.send("GET", REMINDERS, "Basic " + token, null);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo("INVALID_BEARER_TOKEN");
    }

    @Test
    void call_withTokenOlderThanAnHour_answers401ExpiredBearerToken() {
        start(EmulatorHttp.emulatorAtNow());
        String token = api.token(SKILL, USER);
        String alertToken = api.createOk(token, relative(7200));
        api.advance(3599);
        assertThat(api.get(token, alertToken).status())
                .as("still valid just before the hour")
                .isEqualTo(200);

        api.advance(2);
        Answer answer = api.get(token, alertToken);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo("EXPIRED_BEARER_TOKEN");
        assertThat(api.get(api.token(SKILL, USER), alertToken).status())
                .as("a fresh token still sees it")
                .isEqualTo(200);
    }

    @Test
    void call_withTokenWithoutTheRemindersScope_answers401Unauthorized() {
        start(EmulatorHttp.emulatorAtNow());
        String withoutScope = api.token(SKILL, USER, true, null, "alexa::profile:name:read");

        Answer create = api.create(withoutScope, relative(600));
        Answer list = api.list(withoutScope);

        assertThat(create.status()).isEqualTo(401);
        assertThat(create.code()).isEqualTo("UNAUTHORIZED");
        assertThat(list.status()).isEqualTo(401);
        assertThat(list.code()).isEqualTo("UNAUTHORIZED");
        assertThat(api.listedTokens(api.token(SKILL, USER))).isEmpty();
    }

    // ---- out-of-session tokens -------------------------------------------------------------

    @Test
    void create_withOutOfSessionToken_answers401NotInSessionButGetListUpdateDeleteWork() {
        start(EmulatorHttp.emulatorAtNow());
        String inSession = api.token(SKILL, USER);
        String outOfSession = api.token(SKILL, USER, false, null, SCOPE);
        String alertToken = api.createOk(inSession, relative(600));

        Answer create = api.create(outOfSession, relative(900));
        Answer get = api.get(outOfSession, alertToken);
        List<String> listed = api.listedTokens(outOfSession);
        Answer update = api.update(outOfSession, alertToken, relative(1800));
        Answer delete = api.delete(outOfSession, alertToken);

        assertThat(create.status()).isEqualTo(401);
        assertThat(create.code()).isEqualTo("NOT_IN_SESSION");
        assertThat(get.status()).isEqualTo(200);
        assertThat(listed).containsExactly(alertToken);
        assertThat(update.status()).isEqualTo(200);
        assertThat(update.field("version")).isEqualTo("2");
        assertThat(delete.status()).isEqualTo(200);
        assertThat(api.get(inSession, alertToken).status()).isEqualTo(404);
        assertThat(api.eventTypes())
                .containsExactly("Reminders.ReminderCreated", "Reminders.ReminderUpdated", "Reminders.ReminderDeleted");
    }

    @Test
    void eventsApiAccessToken_isAnOutOfSessionTokenThatCanGetButNotCreate() {
        start(EmulatorHttp.emulatorAtNow());
        String alertToken = api.createOk(api.token(SKILL, USER), relative(600));
        JsonNode system = api.events().get(0).at("/request/context/System");
        String eventToken = system.path("apiAccessToken").asText();

        Answer get = api.get(eventToken, alertToken);
        Answer create = api.create(eventToken, relative(900));

        assertThat(eventToken).isNotBlank();
        assertThat(system.at("/user/permissions/consentToken").asText()).isEqualTo(eventToken);
        assertThat(get.status()).isEqualTo(200);
        assertThat(get.field("alertToken")).isEqualTo(alertToken);
        assertThat(create.status()).isEqualTo(401);
        assertThat(create.code()).isEqualTo("NOT_IN_SESSION");
        assertThat(api.update(eventToken, alertToken, relative(1200)).status()).isEqualTo(200);
    }

    /**
     * BUG: the token an event carries is minted with the device in UTC, whatever zone the
     * user's device is in. A skill that updates a reminder with it has a zone-less
     * scheduledTime judged, and rung, in UTC instead of the device's zone.
     */
    @Test
    void eventsApiAccessToken_judgesZonelessTimesInTheUsersDeviceTimeZone() {
        start(EmulatorHttp.emulatorAtNow());
        // The device is in Los Angeles, where it is now 02:00.
        String inSession = api.token(SKILL, USER, true, "America/Los_Angeles", SCOPE);
        String alertToken = api.createOk(inSession, absolute("2026-11-22T05:00:00.000", null));
        String eventToken =
                api.events().get(0).at("/request/context/System/apiAccessToken").asText();

        // 06:00 in Los Angeles is 14:00Z: still ahead, though 06:00Z is past.
        Answer update = api.update(eventToken, alertToken, absolute("2026-11-22T06:00:00.000", null));

        assertThat(update.status())
                .as("update with the event's token: %s", update)
                .isEqualTo(200);
        assertThat(api.advance(EmulatorHttp.secondsBetween("2026-11-22T10:00:00Z", "2026-11-22T13:59:59Z")))
                .isZero();
        assertThat(api.advance(1)).isEqualTo(1);
    }

    // ---- limits ----------------------------------------------------------------------------

    @Test
    void create_beyondMaxRemindersPerUser_answers403UntilOneCompletes() {
        start(EmulatorHttp.emulatorAtNow().maxRemindersPerUser(2));
        String token = api.token(SKILL, USER);
        String soon = api.createOk(token, relative(60));
        String later = api.createOk(token, relative(7200));

        Answer third = api.create(token, relative(600));

        assertThat(third.status()).isEqualTo(403);
        assertThat(third.code()).isEqualTo("MAX_REMINDERS_EXCEEDED");
        assertThat(api.listedTokens(token)).containsExactly(soon, later);

        assertThat(api.advance(60)).isEqualTo(1);
        Answer afterOneCompleted = api.create(token, relative(600));

        assertThat(afterOneCompleted.status()).isEqualTo(201);
        assertThat(api.listedTokens(token)).containsExactly(soon, later, afterOneCompleted.field("alertToken"));
        assertThat(api.create(token, relative(600)).code()).isEqualTo("MAX_REMINDERS_EXCEEDED");
    }

    @Test
    void calls_beyondMaxRequestsPerSecond_answer429UntilTheClockMovesOn() {
        start(EmulatorHttp.emulatorAtNow().maxRequestsPerSecond(3));
        String token = api.token(SKILL, USER);
        String alertToken = api.createOk(token, relative(600));
        assertThat(api.list(token).status()).isEqualTo(200);
        assertThat(api.get(token, alertToken).status()).isEqualTo(200);

        Answer fourth = api.create(token, relative(900));

        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.code()).isEqualTo("MAX_RATE_EXCEEDED");
        assertThat(api.list(token).status())
                .as("still throttled within the second")
                .isEqualTo(429);

        api.advance(1);
        Answer afterASecond = api.list(token);

        assertThat(afterASecond.status()).isEqualTo(200);
        assertThat(afterASecond.field("totalCount"))
                .as("the throttled create stored nothing")
                .isEqualTo("1");
        assertThat(api.create(token, relative(900)).status()).isEqualTo(201);
    }

    @Test
    void rateLimit_countsPerSkill() {
        start(EmulatorHttp.emulatorAtNow().maxRequestsPerSecond(2));
        String skillA = api.token(SKILL, USER);
        String skillB = api.token(EmulatorHttp.OTHER_SKILL, USER);
        api.list(skillA);
        api.list(skillA);

        assertThat(api.list(skillA).status()).isEqualTo(429);
        assertThat(api.list(skillB).status()).isEqualTo(200);
    }

    // ---- injected faults -------------------------------------------------------------------

    @Test
    void faults_withShareOne_failEveryCallWith500Or503AndChangeNothing() {
        start(EmulatorHttp.emulatorAtNow().faults(1.0, Duration.ZERO));
        String token = api.token(SKILL, USER);
        List<Answer> answers = new ArrayList<>();

        for (int i = 0; i < 10; i++) {
            answers.add(api.create(token, relative(600)));
        }
        answers.add(api.list(token));
        answers.add(api.get(token, "any"));
        answers.add(api.update(token, "any", relative(600)));
        answers.add(api.delete(token, "any"));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).isIn(500, 503);
            assertThat(answer.code())
                    .isEqualTo(answer.status() == 500 ? "INTERNAL_SERVER_ERROR" : "SERVICE_UNAVAILABLE");
        });
        assertThat(emulator.events()).isEmpty();
        assertThat(api.events()).isEmpty();
        assertThat(api.advance(3600)).as("nothing was stored to ring").isZero();
    }

    @Test
    void faults_withLatencyOnly_stillAnswerCorrectly() {
        start(EmulatorHttp.emulatorAtNow().faults(0.0, Duration.ofMillis(200)));
        String token = api.token(SKILL, USER);

        Answer created = api.create(token, relative(600));
        Answer listed = api.list(token);

        assertThat(created.status()).isEqualTo(201);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.field("totalCount")).isEqualTo("1");
        assertThat(api.get(token, created.field("alertToken")).field("status")).isEqualTo("ON");
    }
}
