package com.example.reminderskill.skill;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.reminderskill.emulator.AlexaEmulator;
import com.example.reminderskill.retry.RetryPolicy;
import com.example.reminderskill.skill.conversation.IntentNames;
import com.example.reminderskill.skill.conversation.ReminderPermission;
import com.example.reminderskill.skill.conversation.Speech;
import com.example.reminderskill.testing.TestClocks;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A confirmed create through the stream handler while the emulator holds every create longer
 * than the wrapper's attempt timeout, then carries it out: never two reminders or timers, and
 * never "try again" while one may exist. Real time: the holds and timeouts are a second or so.
 */
class LateCreateTest {

    private static final String SKILL_ID = "amzn1.ask.skill.late-create";
    private static final String USER = "amzn1.ask.account.late-create";
    /** 300 ms per attempt: a create held 900 ms times out first and lands while the wrapper looks for it. */
    private static final RetryPolicy PATIENT = new RetryPolicy(
            Duration.ofSeconds(3), Duration.ofMillis(300), Duration.ofMillis(100), Duration.ofMillis(300));
    /** A one-second budget: a create held 1.6 s lands after the turn has answered. */
    private static final RetryPolicy SHORT = new RetryPolicy(
            Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofMillis(100), Duration.ofMillis(300));

    private SkillHarness skill;

    @AfterEach
    void stop() {
        skill.close();
    }

    @Test
    void aCreateThatLandsWhileTheWrapperLooksForIt_isConfirmedOnce() throws IOException {
        start(Duration.ofMillis(900), PATIENT);

        JsonNode response = skill.call(confirmedReminder("en-US"));

        assertThat(SkillHarness.speech(response))
                .isEqualTo("<speak>OK, I'll remind you to walk the dog in 20 minutes. It won't repeat.</speak>");
        assertThat(skill.reminders(SKILL_ID, USER)).hasSize(1);
        assertThat(skill.store.reminders(USER)).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en-US", "en-GB", "de-DE"})
    void aCreateThatLandsAfterTheTurn_isAnsweredAsMaybeSet_andAListShowsTheOneReminder(String locale) throws Exception {
        start(Duration.ofMillis(1600), SHORT);

        JsonNode response = skill.call(confirmedReminder(locale));
        awaitReminders(1);

        assertThat(SkillHarness.speech(response))
                .isEqualTo("<speak>" + Speech.forLocale(locale).say("reminder.maybeCreated") + "</speak>");
        assertThat(SkillHarness.speech(response)).doesNotContain("try again", "noch einmal");
        JsonNode listed = skill.call(skill.intentRequest(
                SKILL_ID, USER, IntentNames.LIST_REMINDERS, "NONE", locale, Optional.of(ZoneOffset.UTC)));
        assertThat(SkillHarness.speech(listed)).contains("walk the dog");
        assertThat(skill.reminders(SKILL_ID, USER)).hasSize(1);
    }

    @Test
    void aTimerThatStartsAfterTheTurn_isAnsweredAsMaybeRunning_andStartsOnce() throws Exception {
        start(Duration.ofMillis(1600), SHORT);
        ObjectNode request =
                skill.intentRequest(SKILL_ID, USER, IntentNames.START_TIMER, "CONFIRMED", "en-US", Optional.empty());
        ObjectNode system = (ObjectNode) request.at("/context/System");
        ((ObjectNode) system.at("/user/permissions/scopes"))
                .putObject(ReminderPermission.TIMERS_SCOPE)
                .put("status", "GRANTED");
        system.put(
                "apiAccessToken",
                skill.emulator.mintToken(
                        SKILL_ID, USER, true, Set.of(ReminderPermission.SCOPE, ReminderPermission.TIMERS_SCOPE)));
        SkillHarness.slot(request, "duration", "PT10M");
        SkillHarness.slot(request, "timerLabel", "pasta");

        JsonNode response = skill.call(request);

        assertThat(SkillHarness.speech(response))
                .isEqualTo("<speak>" + Speech.forLocale("en-US").say("timer.maybeStarted", "pasta timer") + "</speak>");
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (skill.timers(SKILL_ID, USER).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(300);
        assertThat(skill.timers(SKILL_ID, USER)).hasSize(1);
    }

    private void start(Duration hold, RetryPolicy retries) {
        skill = new SkillHarness(
                SKILL_ID,
                AlexaEmulator.builder().holdCreates(hold),
                TestClocks.tickingFrom(SkillHarness.START),
                retries);
    }

    private ObjectNode confirmedReminder(String locale) {
        ObjectNode request = skill.intentRequest(
                SKILL_ID, USER, IntentNames.CREATE_RELATIVE_REMINDER, "CONFIRMED", locale, Optional.empty());
        SkillHarness.slot(request, "reminderText", "walk the dog");
        SkillHarness.slot(request, "duration", "PT20M");
        return request;
    }

    /** The held create lands after the turn: wait for it, then a little longer for any second one. */
    private void awaitReminders(int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (skill.reminders(SKILL_ID, USER).size() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(300);
    }
}
