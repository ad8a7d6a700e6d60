package com.example.reminderskill.skill;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.reminderskill.alerts.AlexaApiAccess;
import com.example.reminderskill.alerts.ApiEndpoints;
import com.example.reminderskill.alerts.reminders.ReminderClient;
import com.example.reminderskill.emulator.AlexaEmulator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "What are my reminders", on Sunday 2026-11-22 at 11:00 in Berlin. */
class ListRemindersTest {

    private static final String SKILL_ID = "amzn1.ask.skill.list-test";
    private static final String USER = "amzn1.ask.account.list-test";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    private SkillHarness skill;
    private ReminderClient reminders;

    @BeforeEach
    void start() {
        skill = new SkillHarness(SKILL_ID, AlexaEmulator.builder(), NOW);
        reminders = ReminderClient.builder(ApiEndpoints.localEmulator(skill.emulator.baseUri())).clock(NOW).build();
    }

    @AfterEach
    void stop() {
        skill.close();
    }

    @Test
    void noReminders_saysSoAndListens() throws IOException {
        JsonNode response = skill.call(listRequest("en-US"));

        assertThat(SkillHarness.speech(response)).isEqualTo("<speak>You have no reminders from this skill. What would you like to do?</speak>");
        assertThat(response.at("/response/shouldEndSession").asBoolean()).isFalse();
    }

    @Test
    void eachKindOfReminder_isReadWithItsTextAndWhenItRings() throws IOException {
        create("walk the dog", new ReminderSchedule.In(Duration.ofMinutes(20)), "en-US");
        create("call mom", new ReminderSchedule.At(LocalDateTime.parse("2026-11-23T19:00"), Optional.of(BERLIN)), "en-US");
        create("go running", new ReminderSchedule.Every(new Repeat.Weekly(Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), LocalTime.of(18, 0)),
                LocalDateTime.parse("2026-11-22T11:00"), Optional.of(BERLIN)), "en-US");

        JsonNode response = skill.call(listRequest("en-US"));

        assertThat(SkillHarness.speech(response)).isEqualTo("<speak>You have 3 reminders."
                + " First: walk the dog, today at 11:20 AM."
                + " Second: call mom, tomorrow at 7:00 PM."
                + " Third: go running, every Monday and Thursday at 6:00 PM."
                + " What would you like to do?</speak>");
    }

    @Test
    void moreThanFive_readsFiveAndCountsTheRest() throws IOException {
        for (int i = 1; i <= 7; i++) {
            create("task " + i, new ReminderSchedule.In(Duration.ofMinutes(10L * i)), "en-US");
        }

        String speech = SkillHarness.speech(skill.call(listRequest("en-US")));

        assertThat(speech).startsWith("<speak>You have 7 reminders. First: task 1,").contains("Fifth: task 5,").doesNotContain("task 6")
                .contains("And 2 more.");
    }

    @Test
    void inGerman() throws IOException {
        create("Zeitung holen", new ReminderSchedule.Every(new Repeat.Weekdays(LocalTime.of(8, 0)), LocalDateTime.parse("2026-11-22T11:00"),
                Optional.of(BERLIN)), "de-DE");

        String speech = SkillHarness.speech(skill.call(listRequest("de-DE")));

        assertThat(speech).isEqualTo("<speak>Du hast eine Erinnerung. Erstens: Zeitung holen, jeden Werktag um 8:00 Uhr. Was möchtest du tun?</speak>");
    }

    private void create(String text, ReminderSchedule schedule, String locale) {
        AlexaApiAccess access = new AlexaApiAccess("https://api.amazonalexa.com",
                skill.emulator.mintToken(SKILL_ID, USER, true, Set.of(ReminderPermission.SCOPE), BERLIN));
        reminders.create(access, new PendingReminder(text, schedule, locale).toRequest(NOW.instant()), BERLIN);
    }

    private JsonNode listRequest(String locale) {
        return skill.intentRequest(SKILL_ID, USER, IntentNames.LIST_REMINDERS, "NONE", locale, Optional.of(BERLIN));
    }
}
