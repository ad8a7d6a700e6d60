package com.example.reminderskill.emulator;

import static com.example.reminderskill.emulator.EmulatorHttp.OTHER_SKILL;
import static com.example.reminderskill.emulator.EmulatorHttp.SKILL;
import static com.example.reminderskill.emulator.EmulatorHttp.USER;
import static com.example.reminderskill.emulator.EmulatorHttp.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.reminderskill.emulator.EmulatorHttp.Answer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The emulated Timers API at {@code /v1/alerts/timers}, over HTTP. */
class EmulatorTimersApiTest extends EmulatorTest {

    private static final String TIMERS = "/v1/alerts/timers";
    private static final String TIMERS_SCOPE = "alexa::alerts:timers:skill:readwrite";

    @Test
    void create_answersTheTimerRunningFromNow() {
        start(EmulatorHttp.emulatorAtNow());
        String token = timersToken(true);

        Answer created = create(token, timer("PT10M", "pasta", "NOTIFY_ONLY"));

        assertThat(created.status()).isEqualTo(200);
        assertThat(created.field("id")).isNotBlank();
        assertThat(created.field("status")).isEqualTo("ON");
        assertThat(created.field("duration")).isEqualTo("PT10M");
        assertThat(created.field("timerLabel")).isEqualTo("pasta");
        assertThat(created.field("createdTime")).isEqualTo("2026-11-22T10:00:00Z");
        assertThat(created.field("triggerTime")).isEqualTo("2026-11-22T10:10:00Z");
    }

    @Test
    void pauseAndResume_keepTheRemainingTimeAndMoveTheTriggerTime() {
        start(EmulatorHttp.emulatorAtNow());
        String token = timersToken(true);
        String id = create(token, timer("PT10M", "pasta", "NOTIFY_ONLY")).field("id");

        api.advance(180);
        Answer paused = api.send("POST", TIMERS + "/" + id + "/pause", bearer(token), null);
        Answer whilePaused = get(token, id);
        api.advance(600);
        Answer resumed = api.send("POST", TIMERS + "/" + id + "/resume", bearer(token), null);
        Answer afterResume = get(token, id);

        assertThat(paused.status()).isEqualTo(200);
        assertThat(whilePaused.field("status")).isEqualTo("PAUSED");
        assertThat(whilePaused.field("remainingTimeWhenPaused")).isEqualTo("PT7M");
        assertThat(whilePaused.json().has("triggerTime")).isFalse();
        assertThat(resumed.status()).isEqualTo(200);
        assertThat(afterResume.field("status")).isEqualTo("ON");
        assertThat(afterResume.field("triggerTime")).isEqualTo("2026-11-22T10:20:00Z");
    }

    @Test
    void pause_twice_isHarmless() {
        start(EmulatorHttp.emulatorAtNow());
        String token = timersToken(true);
        String id = create(token, timer("PT10M", null, "NOTIFY_ONLY")).field("id");

        api.send("POST", TIMERS + "/" + id + "/pause", bearer(token), null);
        api.advance(60);
        Answer again = api.send("POST", TIMERS + "/" + id + "/pause", bearer(token), null);

        assertThat(again.status()).isEqualTo(200);
        assertThat(get(token, id).field("remainingTimeWhenPaused")).isEqualTo("PT10M");
    }

    @Test
    void timer_goesOffWhenItsTimeComes_andIsGoneAnHourLater() {
        start(EmulatorHttp.emulatorAtNow());
        String token = timersToken(true);
        String id = create(token, timer("PT5M", null, "NOTIFY_ONLY")).field("id");

        int rings = api.advance(300);
        Answer off = get(token, id);
        api.advance(3600);
        String freshToken = timersToken(true);

        assertThat(rings).isEqualTo(1);
        assertThat(off.field("status")).isEqualTo("OFF");
        assertThat(get(freshToken, id).code()).isEqualTo("TIMER_NOT_FOUND");
        assertThat(api.send("POST", TIMERS + "/" + id + "/pause", bearer(freshToken), null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void pause_whenTimerWentOff_answers400() {
        start(EmulatorHttp.emulatorAtNow());
        String token = timersToken(true);
        String id = create(token, timer("PT5M", null, "NOTIFY_ONLY")).field("id");
        api.advance(300);

        Answer paused = api.send("POST", TIMERS + "/" + id + "/pause", bearer(token), null);

        assertThat(paused.status()).isEqualTo(400);
        assertThat(paused.code()).isEqualTo("INVALID_REQUEST");
    }

    @Test
    void list_ordersTimersByRemainingTime_andDeleteAllCancelsThem() {
        start(EmulatorHttp.emulatorAtNow());
        String token = timersToken(true);
        create(token, timer("PT30M", "roast", "NOTIFY_ONLY"));
        create(token, timer("PT5M", "eggs", "NOTIFY_ONLY"));
        create(token, timer("PT10M", "pasta", "NOTIFY_ONLY"));

        Answer listed = api.send("GET", TIMERS, bearer(token), null);
        Answer cancelled = api.send("DELETE", TIMERS, bearer(token), null);

        assertThat(labels(listed.json())).containsExactly("eggs", "pasta", "roast");
        assertThat(listed.json().path("totalCount").asInt()).isEqualTo(3);
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(api.send("GET", TIMERS, bearer(token), null).json().path("timers"))
                .isEmpty();
    }

    @Test
    void delete_removesOneTimer_andAnotherSkillCannotSeeIt() {
        start(EmulatorHttp.emulatorAtNow());
        String token = timersToken(true);
        String otherSkill = api.token(OTHER_SKILL, USER, true, null, TIMERS_SCOPE);
        String id = create(token, timer("PT10M", null, "NOTIFY_ONLY")).field("id");

        assertThat(get(otherSkill, id).code()).isEqualTo("TIMER_NOT_FOUND");
        assertThat(api.send("DELETE", TIMERS + "/" + id, bearer(otherSkill), null)
                        .status())
                .isEqualTo(404);
        assertThat(api.send("DELETE", TIMERS + "/" + id, bearer(token), null).status())
                .isEqualTo(200);
        assertThat(get(token, id).status()).isEqualTo(404);
    }

    @Test
    void create_theEleventhActiveTimer_answers403() {
        start(EmulatorHttp.emulatorAtNow());
        String token = timersToken(true);
        for (int i = 0; i < 10; i++) {
            assertThat(create(token, timer("PT" + (i + 1) + "M", null, "NOTIFY_ONLY"))
                            .status())
                    .isEqualTo(200);
        }

        Answer eleventh = create(token, timer("PT20M", null, "NOTIFY_ONLY"));
        api.advance(60);
        Answer afterOneWentOff = create(token, timer("PT20M", null, "NOTIFY_ONLY"));

        assertThat(eleventh.status()).isEqualTo(403);
        assertThat(eleventh.code()).isEqualTo("MAX_TIMERS_EXCEEDED");
        assertThat(afterOneWentOff.status()).isEqualTo(200);
    }

    @Test
    void create_withALabelInUse_answers400() {
        start(EmulatorHttp.emulatorAtNow());
        String token = timersToken(true);
        create(token, timer("PT10M", "pasta", "NOTIFY_ONLY"));

        Answer again = create(token, timer("PT12M", "Pasta", "NOTIFY_ONLY"));

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().path("message").asText()).contains("timerLabel");
    }

    @Test
    void createPauseResume_needASessionToken_butGetAndDeleteDoNot() {
        start(EmulatorHttp.emulatorAtNow());
        String inSession = timersToken(true);
        String outOfSession = timersToken(false);
        String id = create(inSession, timer("PT10M", null, "NOTIFY_ONLY")).field("id");

        assertThat(create(outOfSession, timer("PT10M", null, "NOTIFY_ONLY")).code())
                .isEqualTo("NOT_IN_SESSION");
        assertThat(api.send("POST", TIMERS + "/" + id + "/pause", bearer(outOfSession), null)
                        .code())
                .isEqualTo("NOT_IN_SESSION");
        assertThat(api.send("POST", TIMERS + "/" + id + "/resume", bearer(outOfSession), null)
                        .code())
                .isEqualTo("NOT_IN_SESSION");
        assertThat(get(outOfSession, id).status()).isEqualTo(200);
        assertThat(api.send("DELETE", TIMERS + "/" + id, bearer(outOfSession), null)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void timers_needTheTimersScope() {
        start(EmulatorHttp.emulatorAtNow());
        String remindersOnly = api.token(SKILL, USER);

        Answer answer = create(remindersOnly, timer("PT10M", null, "NOTIFY_ONLY"));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo("UNAUTHORIZED");
    }

    @Test
    void create_announceAndLaunchTask_withTheirFields_areAccepted() {
        start(EmulatorHttp.emulatorAtNow());
        String token = timersToken(true);

        Answer announce = create(token, timer("PT1M", "tea", "ANNOUNCE"));
        Answer launch = create(token, timer("PT2M", "workout", "LAUNCH_TASK"));

        assertThat(announce.status()).isEqualTo(200);
        assertThat(launch.status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"duration\": \"PT0S\"}",
                "{\"duration\": \"PT24H1S\"}",
                "{\"duration\": \"ten minutes\"}",
                "{\"duration\": \"P1M\"}",
                "{\"timerLabel\": \"" + "x" + "\"}",
                "{\"visibility\": \"SHOWN\"}",
                "{\"operation\": \"SHOUT\"}",
                "{\"operation\": \"ANNOUNCE\", \"textToAnnounce\": []}",
                "{\"operation\": \"LAUNCH_TASK\", \"task\": {}}",
                "{\"playAudible\": \"yes\"}"
            })
    void create_withABrokenBody_answers400NamingTheField_andCreatesNothing(String broken) {
        start(EmulatorHttp.emulatorAtNow());
        String token = timersToken(true);
        JsonNode fault = EmulatorHttp.MAPPER.valueToTree(parse(broken));
        String body = brokenTimer(fault);

        Answer answer = create(token, body);

        assertThat(answer.status()).as(body).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("INVALID_REQUEST");
        assertThat(answer.json().path("message").asText()).isNotBlank();
        assertThat(api.send("GET", TIMERS, bearer(token), null).json().path("timers"))
                .isEmpty();
    }

    @Test
    void create_withALabelOf257Characters_answers400() {
        start(EmulatorHttp.emulatorAtNow());
        String token = timersToken(true);

        Answer answer = create(token, timer("PT10M", "x".repeat(257), "NOTIFY_ONLY"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("message").asText()).contains("timerLabel", "256");
    }

    private String timersToken(boolean inSession) {
        return api.token(SKILL, USER, inSession, null, TIMERS_SCOPE);
    }

    private Answer create(String token, String body) {
        return api.send("POST", TIMERS, bearer(token), body);
    }

    private Answer get(String token, String id) {
        return api.send("GET", TIMERS + "/" + id, bearer(token), null);
    }

    private static List<String> labels(JsonNode list) {
        return StreamSupport.stream(list.path("timers").spliterator(), false)
                .map(timer -> timer.path("timerLabel").asText())
                .toList();
    }

    /** A valid body for the operation, optionally labelled. */
    static String timer(String duration, String label, String operation) {
        String labelPart = label == null ? "" : "\"timerLabel\": \"" + label + "\", ";
        String operationPart = switch (operation) {
            case "ANNOUNCE" ->
                "{\"type\": \"ANNOUNCE\", \"textToAnnounce\": [{\"locale\": \"en-US\", \"text\": \"That's enough tea\"}]}";
            case "LAUNCH_TASK" ->
                "{\"type\": \"LAUNCH_TASK\", \"textToConfirm\": [{\"locale\": \"en-US\", \"text\": \"Continue the workout?\"}],"
                        + " \"task\": {\"name\": \"custom.WorkoutTask\", \"version\": \"1\", \"input\": {}}}";
            default -> "{\"type\": \"NOTIFY_ONLY\"}";
        };
        return "{\"duration\": \"" + duration + "\", " + labelPart
                + "\"creationBehavior\": {\"displayExperience\": {\"visibility\": \"VISIBLE\"}},"
                + " \"triggeringBehavior\": {\"operation\": " + operationPart
                + ", \"notificationConfig\": {\"playAudible\": true}}}";
    }

    /** A valid NOTIFY_ONLY body with one thing changed, named in {@code fault}. */
    private static String brokenTimer(JsonNode fault) {
        var body = (com.fasterxml.jackson.databind.node.ObjectNode) parse(timer("PT10M", null, "NOTIFY_ONLY"));
        if (fault.has("duration")) {
            body.put("duration", fault.get("duration").asText());
        }
        if (fault.has("timerLabel")) {
            body.put("timerLabel", 42);
        }
        if (fault.has("visibility")) {
            body.withObjectProperty("creationBehavior")
                    .withObjectProperty("displayExperience")
                    .put("visibility", fault.get("visibility").asText());
        }
        if (fault.has("operation")) {
            var operation = body.withObjectProperty("triggeringBehavior").withObjectProperty("operation");
            operation.put("type", fault.get("operation").asText());
            if (fault.has("textToAnnounce")) {
                operation.set("textToAnnounce", fault.get("textToAnnounce"));
            }
            if (fault.has("task")) {
                operation.set("textToConfirm", parse("[{\"locale\": \"en-US\", \"text\": \"Go?\"}]"));
                operation.set("task", fault.get("task"));
            }
        }
        if (fault.has("playAudible")) {
            body.withObjectProperty("triggeringBehavior")
                    .withObjectProperty("notificationConfig")
                    .put("playAudible", fault.get("playAudible").asText());
        }
        return body.toString();
    }

    private static JsonNode parse(String json) {
        try {
            return EmulatorHttp.MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
