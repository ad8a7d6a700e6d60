package com.example.reminderskill.emulator;

import static com.example.reminderskill.emulator.EmulatorHttp.SCOPE;
import static com.example.reminderskill.emulator.EmulatorHttp.SKILL;
import static com.example.reminderskill.emulator.EmulatorHttp.USER;
import static com.example.reminderskill.emulator.EmulatorHttp.relative;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.reminderskill.emulator.EmulatorHttp.Answer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The control API of ARCHITECTURE.md over real HTTP: {@code POST /emulator/sessions},
 * {@code POST} and {@code GET /emulator/clock}, {@code GET /emulator/events}, and 404 for anything else.
 */
class EmulatorControlApiTest extends EmulatorTest {

    // ---- POST /emulator/sessions -----------------------------------------------------------

    @Test
    void sessions_withSkillUserAndScope_answersATokenTheRemindersApiAccepts() {
        start(EmulatorHttp.emulatorAtNow());

        Answer answer = api.sessions("""
                {"skillId": "%s", "userId": "%s", "inSession": true, "permissions": ["%s"]}
                """.formatted(SKILL, USER, SCOPE));

        assertThat(answer.status()).isEqualTo(200);
        String token = answer.field("apiAccessToken");
        assertThat(token).isNotBlank();
        Answer created = api.create(token, relative(600));
        assertThat(created.status()).isEqualTo(201);
        assertThat(api.listedTokens(token)).containsExactly(created.field("alertToken"));
    }

    @Test
    void sessions_withInSessionFalse_mintsAnOutOfSessionToken() {
        start(EmulatorHttp.emulatorAtNow());

        String token = api.token(SKILL, USER, false, null, SCOPE);

        Answer created = api.create(token, relative(600));
        assertThat(created.status()).isEqualTo(401);
        assertThat(created.code()).isEqualTo("NOT_IN_SESSION");
        assertThat(api.list(token).status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "{\"userId\": \"amzn1.ask.account.U\", \"permissions\": []}",
                "{\"skillId\": \"amzn1.ask.skill.S\", \"permissions\": []}",
                "{\"skillId\": \"\", \"userId\": \"amzn1.ask.account.U\"}",
                "{\"skillId\": \"amzn1.ask.skill.S\", \"userId\": 42}",
                "{}",
                "[]",
            })
    void sessions_withoutSkillIdOrUserId_answers400InvalidRequest(String body) {
        start(EmulatorHttp.emulatorAtNow());

        Answer answer = api.sessions(body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("INVALID_REQUEST");
        assertThat(answer.field("message")).isNotBlank();
        assertThat(answer.json().has("apiAccessToken")).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\"inSession\": \"yes\"", "\"inSession\": 1", "\"inSession\": null"})
    void sessions_withInSessionNotABoolean_answers400InvalidRequest(String inSession) {
        start(EmulatorHttp.emulatorAtNow());

        Answer answer = api.sessions("{\"skillId\": \"%s\", \"userId\": \"%s\", %s}".formatted(SKILL, USER, inSession));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("INVALID_REQUEST");
        assertThat(answer.field("message")).contains("inSession");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\"permissions\": \"" + SCOPE + "\"", "\"permissions\": {}", "\"permissions\": null"})
    void sessions_withPermissionsNotAnArray_answers400InvalidRequest(String permissions) {
        start(EmulatorHttp.emulatorAtNow());

        Answer answer =
                api.sessions("{\"skillId\": \"%s\", \"userId\": \"%s\", %s}".formatted(SKILL, USER, permissions));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("INVALID_REQUEST");
        assertThat(answer.field("message")).contains("permissions");
    }

    @ParameterizedTest(name = "timeZoneId ''{0}''")
    @ValueSource(strings = {"Mars/Olympus_Mons", "", "+25:00"})
    void sessions_withInvalidTimeZoneId_answers400InvalidRequest(String timeZoneId) {
        start(EmulatorHttp.emulatorAtNow());

        Answer answer = api.sessions(
                "{\"skillId\": \"%s\", \"userId\": \"%s\", \"timeZoneId\": \"%s\"}".formatted(SKILL, USER, timeZoneId));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("INVALID_REQUEST");
        assertThat(answer.field("message")).contains("timeZoneId");
    }

    @Test
    void sessions_withBodyNotJson_answers400() {
        start(EmulatorHttp.emulatorAtNow());

        Answer answer = api.sessions("skillId=x&userId=y");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("INVALID_REQUEST_BODY");
    }

    // ---- POST /emulator/clock --------------------------------------------------------------

    @Test
    void clock_advance_answersTheNewTimeAndHowManyRemindersRang() {
        start(EmulatorHttp.emulatorAtNow());
        String token = api.token(SKILL, USER);
        String alertToken = api.createOk(token, relative(600));

        Answer before = api.clock("{\"advanceSeconds\": 599}");
        Answer due = api.clock("{\"advanceSeconds\": 1}");
        Answer after = api.clock("{\"advanceSeconds\": 0}");

        assertThat(before.status()).isEqualTo(200);
        assertThat(before.field("now")).isEqualTo("2026-11-22T10:09:59Z");
        assertThat(before.json().path("rings").asInt()).isZero();
        assertThat(due.status()).isEqualTo(200);
        assertThat(due.field("now")).isEqualTo("2026-11-22T10:10:00Z");
        assertThat(due.json().path("rings").asInt()).isEqualTo(1);
        assertThat(after.field("now")).isEqualTo("2026-11-22T10:10:00Z");
        assertThat(after.json().path("rings").asInt()).isZero();
        assertThat(api.get(token, alertToken).field("status")).isEqualTo("COMPLETED");
    }

    @Test
    void clock_get_tellsTheEmulatedTime_afterItWasMoved_andMovesNothing() {
        start(EmulatorHttp.emulatorAtNow());
        api.clock("{\"advanceSeconds\": 86400}");

        Answer first = api.send("GET", "/emulator/clock", null, null);
        Answer second = api.send("GET", "/emulator/clock", null, null);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.field("now")).isEqualTo("2026-11-23T10:00:00Z");
        assertThat(second.field("now")).isEqualTo("2026-11-23T10:00:00Z");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "{\"advanceSeconds\": -1}",
                "{\"advanceSeconds\": 1.5}",
                "{\"advanceSeconds\": \"60\"}",
                "{\"advanceSeconds\": null}",
                "{\"seconds\": 60}",
                "{}",
            })
    void clock_withNegativeOrNonIntegerAdvance_answers400AndLeavesTimeAlone(String body) {
        start(EmulatorHttp.emulatorAtNow());

        Answer answer = api.clock(body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("INVALID_REQUEST");
        assertThat(answer.field("message")).contains("advanceSeconds");
        assertThat(api.clock("{\"advanceSeconds\": 0}").field("now")).isEqualTo("2026-11-22T10:00:00Z");
    }

    /**
     * BUG: the clock accepts an advance it cannot represent. The offset is committed first, then
     * reading the time overflows: the control call gets no HTTP answer at all, and from then on
     * every Reminders API call answers 500 (and the background ticker dies).
     */
    @Test
    void clock_withAdvanceBeyondTheLastInstant_answers400AndLeavesTheEmulatorWorking() {
        start(EmulatorHttp.emulatorAtNow());
        String token = api.token(SKILL, USER);

        Answer answer;
        try {
            answer = api.clock("{\"advanceSeconds\": " + Long.MAX_VALUE + "}");
        } catch (RuntimeException noAnswer) {
            answer = new Answer(-1, "no HTTP answer: " + noAnswer.getCause());
        }

        assertThat(answer.status())
                .as("answer to an unrepresentable advance: %s", answer)
                .isEqualTo(400);
        assertThat(answer.code()).isEqualTo("INVALID_REQUEST");
        assertThat(api.list(token).status()).isEqualTo(200);
        assertThat(api.clock("{\"advanceSeconds\": 0}").field("now")).isEqualTo("2026-11-22T10:00:00Z");
    }

    // ---- GET /emulator/events --------------------------------------------------------------

    @Test
    void events_listEachEventWithTypeDeliveryAttemptsAndTheWholeEnvelope() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        start(EmulatorHttp.emulatorAtNow().skillEndpoint(envelope -> received.add(envelope)));
        String token = api.token(SKILL, USER);
        String alertToken = api.createOk(token, relative(60));
        api.advance(60);
        emulator.awaitDelivery(Duration.ofSeconds(5));

        JsonNode events = api.events();

        assertThat(events).hasSize(3);
        assertThat(api.eventTypes())
                .containsExactly(
                        "Reminders.ReminderCreated", "Reminders.ReminderStarted", "Reminders.ReminderStatusChanged");
        assertThat(events).allSatisfy(event -> {
            assertThat(event.path("id").asText()).isNotBlank();
            assertThat(event.path("skillId").asText()).isEqualTo(SKILL);
            assertThat(event.path("userId").asText()).isEqualTo(USER);
            assertThat(event.path("delivery").asText()).isEqualTo("DELIVERED");
            assertThat(event.path("attempts").asInt()).isEqualTo(1);
            JsonNode request = event.path("request");
            assertThat(request.path("version").asText()).isEqualTo("1.0");
            assertThat(request.at("/request/type").asText())
                    .isEqualTo(event.path("type").asText());
            assertThat(request.at("/request/body/alertToken").asText()).isEqualTo(alertToken);
            assertThat(request.at("/context/System/application/applicationId").asText())
                    .isEqualTo(SKILL);
        });
        assertThat(events.get(0).path("timestamp").asText()).isEqualTo("2026-11-22T10:00:00Z");
        assertThat(events.get(1).path("timestamp").asText()).isEqualTo("2026-11-22T10:01:00Z");
        // The listed envelope is the one the skill received, byte for byte as JSON.
        assertThat(received).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(EmulatorHttp.MAPPER.readTree(received.get(i)))
                    .isEqualTo(events.get(i).path("request"));
        }
    }

    @Test
    void events_withoutAnyActivity_answersAnEmptyList() {
        start(EmulatorHttp.emulatorAtNow());

        assertThat(api.events()).isEmpty();
    }

    @Test
    void events_matchTheInProcessViewOfTheEmulator() {
        start(EmulatorHttp.emulatorAtNow());
        String token = emulator.mintToken(SKILL, USER, true, Set.of(SCOPE));
        api.createOk(token, relative(60));

        JsonNode listed = api.events();

        assertThat(listed).hasSize(emulator.events().size());
        assertThat(listed.get(0).path("id").asText())
                .isEqualTo(emulator.events().get(0).id());
        assertThat(listed.get(0).path("delivery").asText()).isEqualTo("NO_ENDPOINT");
        assertThat(listed.get(0).path("attempts").asInt()).isZero();
    }

    // ---- anything else ---------------------------------------------------------------------

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "GET, /emulator/nothing",
        "POST, /emulator/session",
        "GET, /emulator/sessions",
        "PUT, /emulator/clock",
        "POST, /emulator/events",
        "DELETE, /emulator/events",
    })
    void unknownControlPathOrMethod_answers404NotFound(String method, String path) {
        start(EmulatorHttp.emulatorAtNow());

        Answer answer = api.send(method, path, null, method.equals("POST") ? "{}" : null);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.code()).isEqualTo("NOT_FOUND");
        assertThat(answer.field("message")).contains(path);
    }
}
