package com.example.reminderskill.skill;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.reminderskill.alerts.AlexaApiAccess;
import com.example.reminderskill.alerts.ApiEndpoints;
import com.example.reminderskill.alerts.timers.Timer;
import com.example.reminderskill.alerts.timers.TimerClient;
import com.example.reminderskill.http.JdkHttpApiClient;
import com.example.reminderskill.retry.RetryPolicy;
import com.example.reminderskill.skill.conversation.IntentNames;
import com.example.reminderskill.skill.conversation.ReminderPermission;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Timers by voice: start (confirmed, permission asked when missing), time left, pause, resume, cancel. */
class TimerConversationTest extends ConversationTest {

    @Test
    void start_isConfirmedFirst() throws IOException {
        JsonNode response = skill.call(start("NONE", "en-US", "PT10M", "pasta", true));

        assertThat(SkillHarness.speech(response))
                .isEqualTo("<speak>Shall I start a pasta timer for 10 minutes?</speak>");
        assertThat(timers()).isEmpty();
    }

    @Test
    void start_confirmed_startsAnAnnouncingTimer() throws IOException {
        JsonNode response = skill.call(start("CONFIRMED", "en-US", "PT10M", "pasta", true));

        assertThat(SkillHarness.speech(response))
                .isEqualTo("<speak>OK, your pasta timer for 10 minutes is running.</speak>");
        List<Timer> running = timers();
        assertThat(running).hasSize(1);
        assertThat(running.get(0).label()).contains("pasta");
        assertThat(running.get(0).duration()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void start_inGerman_withACompoundTheModelResolves_namesTheTimerByItsValue() throws IOException {
        ObjectNode request = start("CONFIRMED", "de-DE", "PT10M", "Nudeltimer", true);
        // As Alexa sends a synonym of the TIMER_LABEL type: what was said, and the value it resolved to.
        ((ObjectNode) request.at("/request/intent/slots/timerLabel"))
                .putObject("resolutions")
                .putArray("resolutionsPerAuthority")
                .addObject()
                .put("authority", "amzn1.er-authority.echo-sdk.amzn1.ask.skill.test.TIMER_LABEL")
                .<ObjectNode>set(
                        "status", SkillHarness.MAPPER.createObjectNode().put("code", "ER_SUCCESS_MATCH"))
                .putArray("values")
                .addObject()
                .putObject("value")
                .put("name", "Nudeln")
                .put("id", "NUDELN");

        JsonNode response = skill.call(request);

        assertThat(SkillHarness.speech(response))
                .isEqualTo("<speak>Alles klar, dein Nudeln Timer für 10 Minuten läuft.</speak>");
        assertThat(timers())
                .singleElement()
                .satisfies(timer -> assertThat(timer.label()).contains("Nudeln"));
    }

    @Test
    void start_inGerman_withoutALabel() throws IOException {
        JsonNode response = skill.call(start("NONE", "de-DE", "PT1H30M", null, true));

        assertThat(SkillHarness.speech(response))
                .isEqualTo("<speak>Soll ich einen Timer für 1 Stunde und 30 Minuten stellen?</speak>");
    }

    @Test
    void start_withoutThePermission_asksByVoice_andTheAnswerStartsIt() throws IOException {
        JsonNode asked = skill.call(start("CONFIRMED", "en-US", "PT5M", "eggs", false));

        JsonNode directive = asked.at("/response/directives/0");
        assertThat(directive.path("name").asText()).isEqualTo("AskFor");
        assertThat(directive.at("/payload/permissionScopes/0/permissionScope").asText())
                .isEqualTo(ReminderPermission.TIMERS_SCOPE);
        assertThat(timers()).isEmpty();

        ObjectNode answer = withTimersScope(intent(IntentNames.START_TIMER, "NONE", "en-US"));
        ObjectNode request = (ObjectNode) answer.get("request");
        request.remove("intent");
        request.put("type", "Connections.Response")
                .put("name", "AskFor")
                .put("token", directive.path("token").asText());
        request.putObject("payload").put("status", "ACCEPTED");

        assertThat(SkillHarness.speech(skill.call(answer)))
                .isEqualTo("<speak>OK, your eggs timer for 5 minutes is running.</speak>");
        assertThat(timers()).hasSize(1);
    }

    @Test
    void timeLeft_pause_resume_andCancel_actOnTheNamedTimer() throws IOException {
        skill.call(start("CONFIRMED", "en-US", "PT10M", "pasta", true));
        skill.call(start("CONFIRMED", "en-US", "PT3M", "eggs", true));

        String left = SkillHarness.speech(skill.call(action(IntentNames.TIME_LEFT, "pasta")));
        String soonest = SkillHarness.speech(skill.call(action(IntentNames.TIME_LEFT, null)));
        String paused = SkillHarness.speech(skill.call(action(IntentNames.PAUSE_TIMER, "pasta")));
        String pausedStatus = timers().stream()
                .filter(timer -> timer.label().orElse("").equals("pasta"))
                .findFirst()
                .orElseThrow()
                .status();
        String resumed = SkillHarness.speech(skill.call(action(IntentNames.RESUME_TIMER, "pasta")));
        String cancelled = SkillHarness.speech(skill.call(action(IntentNames.CANCEL_TIMER, "eggs")));

        assertThat(left).isEqualTo("<speak>10 minutes left on your pasta timer.</speak>");
        assertThat(soonest).isEqualTo("<speak>3 minutes left on your eggs timer.</speak>");
        assertThat(paused).isEqualTo("<speak>OK, I paused your pasta timer, with 10 minutes left.</speak>");
        assertThat(pausedStatus).isEqualTo("PAUSED");
        assertThat(resumed).startsWith("<speak>OK, your pasta timer is running again");
        assertThat(cancelled).isEqualTo("<speak>OK, I cancelled your eggs timer.</speak>");
        assertThat(timers()).extracting(timer -> timer.label().orElse("")).containsExactly("pasta");
    }

    @Test
    void withoutTimers_saysSo() throws IOException {
        assertThat(SkillHarness.speech(skill.call(action(IntentNames.CANCEL_TIMER, null))))
                .isEqualTo("<speak>You have no timers running.</speak>");
    }

    private List<Timer> timers() {
        TimerClient client = TimerClient.builder(ApiEndpoints.localEmulator(skill.emulator.baseUri()))
                .httpClient(JdkHttpApiClient.create(Duration.ofSeconds(1), Duration.ofSeconds(2)))
                .retryPolicy(RetryPolicy.DEFAULT)
                .clock(NOW)
                .build();
        return client.list(new AlexaApiAccess(
                "https://api.amazonalexa.com",
                skill.emulator.mintToken(skillId, userId, true, Set.of(ReminderPermission.TIMERS_SCOPE))));
    }

    private ObjectNode start(String confirmation, String locale, String duration, String label, boolean permission) {
        ObjectNode request = intent(IntentNames.START_TIMER, confirmation, locale);
        if (permission) {
            withTimersScope(request);
        }
        SkillHarness.slot(request, "duration", duration);
        if (label != null) {
            SkillHarness.slot(request, "timerLabel", label);
        }
        return request;
    }

    private ObjectNode action(String intent, String label) {
        ObjectNode request = withTimersScope(intent(intent, "NONE", "en-US"));
        if (label != null) {
            SkillHarness.slot(request, "timerLabel", label);
        }
        return request;
    }
}
