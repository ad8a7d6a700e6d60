package com.example.reminderskill.skill;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** "What are my reminders", on Sunday 2026-11-22 at 11:00 in Berlin. */
class ListRemindersTest extends ConversationTest {

    @Test
    void remindersWithTheirOwnZone_areListedWithOneApiCall_theDevicesZoneIsNotAskedFor() throws IOException {
        create("call mom", new ReminderSchedule.At(LocalDateTime.parse("2026-11-23T19:00"), Optional.of(BERLIN)), "en-US");
        skill.emulator.resetCalls();

        JsonNode response = skill.call(listRequest("en-US"));

        assertThat(SkillHarness.speech(response)).contains("call mom, tomorrow at 7:00 PM");
        assertThat(skill.emulator.calls().total()).isEqualTo(1);
        assertThat(skill.emulator.calls().operation("GET /v1/alerts/reminders")).isEqualTo(1);
    }

    @Test
    void aRelativeReminder_needsTheDevicesZone_askedOnceThenKept() throws IOException {
        create("walk the dog", new ReminderSchedule.In(Duration.ofMinutes(20)), "en-US");
        skill.emulator.resetCalls();

        JsonNode first = skill.call(listRequest("en-US"));
        long firstCalls = skill.emulator.calls().total();
        skill.emulator.resetCalls();
        JsonNode second = skill.call(listRequest("en-US"));

        assertThat(SkillHarness.speech(first)).contains("walk the dog, today at 11:20 AM");
        assertThat(SkillHarness.speech(second)).isEqualTo(SkillHarness.speech(first));
        assertThat(firstCalls).isEqualTo(2);
        assertThat(skill.emulator.calls().total()).isEqualTo(1);
        assertThat(skill.emulator.calls().operation("GET /v1/alerts/reminders")).isEqualTo(1);
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
        given(text, schedule);
    }

    private JsonNode listRequest(String locale) {
        return intent(IntentNames.LIST_REMINDERS, "NONE", locale);
    }
}
