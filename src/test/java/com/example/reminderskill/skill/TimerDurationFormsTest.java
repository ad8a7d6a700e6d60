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

/** A timer's AMAZON.DURATION in the forms reminders take too: a day ("P1D") and lower case parse there as well. */
class TimerDurationFormsTest extends ConversationTest {

    @Test
    void aDay_isConfirmedAsTwentyFourHours_andStarts() throws IOException {
        JsonNode question = skill.call(start("NONE", "en-US", "P1D"));
        JsonNode started = skill.call(start("CONFIRMED", "en-US", "P1D"));

        assertThat(SkillHarness.speech(question)).isEqualTo("<speak>Shall I start a bread timer for 24 hours?</speak>");
        assertThat(SkillHarness.speech(started))
                .isEqualTo("<speak>OK, your bread timer for 24 hours is running.</speak>");
        List<Timer> running = timers();
        assertThat(running).hasSize(1);
        assertThat(running.get(0).duration()).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void lowerCase_inGerman() throws IOException {
        JsonNode question = skill.call(start("NONE", "de-DE", "pt1h30m"));

        assertThat(SkillHarness.speech(question))
                .isEqualTo("<speak>Soll ich einen bread Timer für 1 Stunde und 30 Minuten stellen?</speak>");
        assertThat(timers()).isEmpty();
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

    private ObjectNode start(String confirmation, String locale, String duration) {
        ObjectNode request = withTimersScope(intent(IntentNames.START_TIMER, confirmation, locale));
        SkillHarness.slot(request, "duration", duration);
        return SkillHarness.slot(request, "timerLabel", "bread");
    }
}
