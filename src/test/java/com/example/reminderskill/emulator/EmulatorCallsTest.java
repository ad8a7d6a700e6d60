package com.example.reminderskill.emulator;

import static com.example.reminderskill.emulator.EmulatorHttp.SCOPE;
import static com.example.reminderskill.emulator.EmulatorHttp.SKILL;
import static com.example.reminderskill.emulator.EmulatorHttp.USER;
import static com.example.reminderskill.emulator.EmulatorHttp.bearer;
import static com.example.reminderskill.emulator.EmulatorHttp.relative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.example.reminderskill.emulator.EmulatorHttp.Answer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /emulator/calls} and {@code POST /emulator/calls/reset}: every request the Alexa API
 * side receives is counted per API and per operation (ids left out of the path), errors included;
 * the control API is not counted.
 */
class EmulatorCallsTest extends EmulatorTest {

    private static final String TIMERS_SCOPE = "alexa::alerts:timers:skill:readwrite";
    private static final String TIMER = "{\"duration\": \"PT10M\", \"timerLabel\": \"tea\","
            + " \"creationBehavior\": {\"displayExperience\": {\"visibility\": \"VISIBLE\"}},"
            + " \"triggeringBehavior\": {\"operation\": {\"type\": \"NOTIFY_ONLY\"}, \"notificationConfig\": {\"playAudible\": true}}}";

    @Test
    void calls_afterOneCallOfEachKind_countsEachApiAndOperationExactly() {
        start(SkillMessagingHttp.emulatorWithSkills());
        SkillMessagingHttp messaging = new SkillMessagingHttp(emulator.baseUri());
        String token = api.token(SKILL, USER, true, "Europe/Berlin", SCOPE, TIMERS_SCOPE);

        String alertToken = api.createOk(token, relative(600));
        assertThat(api.list(token).status()).isEqualTo(200);
        assertThat(api.get(token, alertToken).status()).isEqualTo(200);
        assertThat(api.delete(token, alertToken).status()).isEqualTo(200);
        assertThat(api.send("POST", "/v1/alerts/timers", bearer(token), TIMER).status())
                .isEqualTo(200);
        Answer zone =
                api.send("GET", "/v2/devices/amzn1.ask.device.EMULATOR1/settings/System.timeZone", bearer(token), null);
        assertThat(zone.status()).isEqualTo(200);
        String lwaToken = messaging.lwaToken(SkillMessagingHttp.CLIENT_ID, SkillMessagingHttp.CLIENT_SECRET);
        messaging.messageOk(lwaToken, USER, SkillMessagingHttp.messageBody("{\"operation\": \"GET\"}", null));

        JsonNode calls = calls();

        assertThat(calls.path("total").asLong()).isEqualTo(8);
        assertThat(counts(calls.path("byApi")))
                .containsExactly(
                        entry("reminders", 4L),
                        entry("timers", 1L),
                        entry("settings", 1L),
                        entry("lwa", 1L),
                        entry("skillMessaging", 1L));
        assertThat(counts(calls.path("byOperation")))
                .containsOnly(
                        entry("POST /v1/alerts/reminders", 1L),
                        entry("GET /v1/alerts/reminders", 1L),
                        entry("GET /v1/alerts/reminders/{alertToken}", 1L),
                        entry("DELETE /v1/alerts/reminders/{alertToken}", 1L),
                        entry("POST /v1/alerts/timers", 1L),
                        entry("GET /v2/devices/{deviceId}/settings/System.timeZone", 1L),
                        entry("POST /auth/o2/token", 1L),
                        entry("POST /v1/skillmessages/users/{userId}", 1L));
        // The in-process view is the same snapshot.
        ApiCalls snapshot = emulator.calls();
        assertThat(snapshot.total()).isEqualTo(8);
        assertThat(snapshot.byApi())
                .isEqualTo(Map.of("reminders", 4L, "timers", 1L, "settings", 1L, "lwa", 1L, "skillMessaging", 1L));
        assertThat(snapshot.operation("GET /v1/alerts/reminders/{alertToken}")).isEqualTo(1);
        assertThat(snapshot.operation("PUT /v1/alerts/reminders/{alertToken}")).isZero();
    }

    @Test
    void calls_timerActionsAndTrailingSlashes_areOneOperationEach() {
        start(EmulatorHttp.emulatorAtNow());
        String token = api.token(SKILL, USER, true, null, TIMERS_SCOPE);
        String id = api.send("POST", "/v1/alerts/timers/", bearer(token), TIMER).field("id");

        api.send("POST", "/v1/alerts/timers/" + id + "/pause", bearer(token), null);
        api.send("POST", "/v1/alerts/timers/" + id + "/resume/", bearer(token), null);
        api.send("GET", "/v1/alerts/timers/" + id, bearer(token), null);
        api.send("GET", "/v1/alerts/timers/another-id", bearer(token), null);

        assertThat(emulator.calls().byOperation())
                .containsOnly(
                        entry("POST /v1/alerts/timers", 1L),
                        entry("POST /v1/alerts/timers/{id}/pause", 1L),
                        entry("POST /v1/alerts/timers/{id}/resume", 1L),
                        entry("GET /v1/alerts/timers/{id}", 2L));
    }

    @Test
    void calls_controlApiCalls_areNotCounted() {
        start(EmulatorHttp.emulatorAtNow());

        String token = api.token(SKILL, USER);
        api.advance(60);
        api.events();
        api.send("GET", "/emulator/no-such-endpoint", null, null);
        calls();

        JsonNode calls = calls();
        assertThat(token).isNotBlank();
        assertThat(calls.path("total").asLong()).isZero();
        assertThat(counts(calls.path("byApi")))
                .containsExactly(
                        entry("reminders", 0L),
                        entry("timers", 0L),
                        entry("settings", 0L),
                        entry("lwa", 0L),
                        entry("skillMessaging", 0L));
        assertThat(calls.path("byOperation").isObject()).isTrue();
        assertThat(calls.path("byOperation").size()).isZero();
    }

    @Test
    void calls_answeredWithErrors_areCounted() {
        start(SkillMessagingHttp.emulatorWithSkills().maxRequestsPerSecond(1));
        SkillMessagingHttp messaging = new SkillMessagingHttp(emulator.baseUri());
        String token = api.token(SKILL, USER);

        assertThat(api.list(null).status()).isEqualTo(401); // no bearer token
        assertThat(api.list("not-a-token").status()).isEqualTo(401); // unknown token
        assertThat(api.list(token).status()).isEqualTo(200);
        assertThat(api.list(token).status()).isEqualTo(429); // over 1 per second (the clock stands still)
        assertThat(api.send("GET", "/v1/alerts/reminders/a/b", bearer(token), null)
                        .status())
                .isEqualTo(429);
        assertThat(messaging
                        .token(SkillMessagingHttp.credentialsForm(SkillMessagingHttp.CLIENT_ID, "wrong"))
                        .status())
                .isEqualTo(401);
        assertThat(messaging.message(null, USER, "{\"data\": {}}").status()).isEqualTo(401);
        assertThat(api.send("GET", "/v2/devices/d1/settings/System.timeZone", null, null)
                        .status())
                .isEqualTo(401);

        ApiCalls calls = emulator.calls();
        assertThat(calls.total()).isEqualTo(8);
        assertThat(calls.byApi())
                .containsExactly(
                        entry("reminders", 5L),
                        entry("timers", 0L),
                        entry("settings", 1L),
                        entry("lwa", 1L),
                        entry("skillMessaging", 1L));
        assertThat(calls.byOperation())
                .containsOnly(
                        entry("GET /v1/alerts/reminders", 4L),
                        entry("GET /v1/alerts/reminders/**", 1L),
                        entry("GET /v2/devices/{deviceId}/settings/System.timeZone", 1L),
                        entry("POST /auth/o2/token", 1L),
                        entry("POST /v1/skillmessages/users/{userId}", 1L));
    }

    @Test
    void reset_zeroesEveryCount_andCountingGoesOn() {
        start(EmulatorHttp.emulatorAtNow());
        String token = api.token(SKILL, USER);
        api.createOk(token, relative(600));
        api.list(token);
        assertThat(emulator.calls().total()).isEqualTo(2);

        Answer reset = api.send("POST", "/emulator/calls/reset", null, null);

        assertThat(reset.status()).isEqualTo(200);
        assertThat(reset.json().path("total").asLong()).isZero();
        JsonNode after = calls();
        assertThat(after.path("total").asLong()).isZero();
        assertThat(counts(after.path("byApi")).values()).containsOnly(0L);
        assertThat(after.path("byOperation").size()).isZero();

        api.list(token);
        assertThat(counts(calls().path("byOperation"))).containsExactly(entry("GET /v1/alerts/reminders", 1L));
        emulator.resetCalls();
        assertThat(emulator.calls().total()).isZero();
    }

    @Test
    void calls_snapshot_isImmutableAndUnchangedByLaterCalls() {
        start(EmulatorHttp.emulatorAtNow());
        String token = api.token(SKILL, USER);
        api.list(token);

        ApiCalls before = emulator.calls();
        api.list(token);

        assertThat(before.total()).isEqualTo(1);
        assertThat(before.operation("GET /v1/alerts/reminders")).isEqualTo(1);
        assertThat(emulator.calls().operation("GET /v1/alerts/reminders")).isEqualTo(2);
        assertThatThrownBy(() -> before.byApi().put("reminders", 9L)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> before.byOperation().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void calls_unknownControlMethod_answers404() {
        start(EmulatorHttp.emulatorAtNow());

        assertThat(api.send("DELETE", "/emulator/calls", null, null).status()).isEqualTo(404);
        assertThat(api.send("GET", "/emulator/calls/reset", null, null).status())
                .isEqualTo(404);
    }

    private JsonNode calls() {
        Answer answer = api.send("GET", "/emulator/calls", null, null);
        assertThat(answer.status()).as("GET /emulator/calls: %s", answer).isEqualTo(200);
        return answer.json();
    }

    /** A JSON object of numbers as an ordered map. */
    private static Map<String, Long> counts(JsonNode object) {
        Map<String, Long> counts = new LinkedHashMap<>();
        object.properties()
                .forEach(field -> counts.put(field.getKey(), field.getValue().asLong()));
        return counts;
    }
}
