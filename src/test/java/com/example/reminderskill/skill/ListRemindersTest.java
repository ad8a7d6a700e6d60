package com.example.reminderskill.skill;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.reminderskill.skill.conversation.IntentNames;
import com.example.reminderskill.skill.conversation.ReminderSchedule;
import com.example.reminderskill.skill.conversation.Repeat;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "What are my reminders", on Sunday 2026-11-22 at 11:00 in Berlin. */
class ListRemindersTest extends ConversationTest {

    @Test
    void remindersWithTheirOwnZone_areListedWithOneApiCall_theDevicesZoneIsNotAskedFor() throws IOException {
        create(
                "call mom",
                new ReminderSchedule.At(LocalDateTime.parse("2026-11-23T19:00"), Optional.of(BERLIN)),
                "en-US");
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

        assertThat(SkillHarness.speech(response))
                .isEqualTo("<speak>You have no reminders from this skill. What would you like to do?</speak>");
        assertThat(response.at("/response/shouldEndSession").asBoolean()).isFalse();
    }

    @Test
    void eachKindOfReminder_isReadWithItsTextAndWhenItRings() throws IOException {
        create("walk the dog", new ReminderSchedule.In(Duration.ofMinutes(20)), "en-US");
        create(
                "call mom",
                new ReminderSchedule.At(LocalDateTime.parse("2026-11-23T19:00"), Optional.of(BERLIN)),
                "en-US");
        create(
                "go running",
                new ReminderSchedule.Every(
                        new Repeat.Weekly(Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), LocalTime.of(18, 0)),
                        LocalDateTime.parse("2026-11-22T11:00"),
                        Optional.of(BERLIN)),
                "en-US");

        JsonNode response = skill.call(listRequest("en-US"));

        assertThat(SkillHarness.speech(response))
                .isEqualTo("<speak>You have 3 reminders."
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

        assertThat(speech)
                .startsWith("<speak>You have 7 reminders. First: task 1,")
                .contains("Fifth: task 5,")
                .doesNotContain("task 6")
                .contains("And 2 more.");
    }

    @Test
    void inGerman() throws IOException {
        create(
                "Zeitung holen",
                new ReminderSchedule.Every(
                        new Repeat.Weekdays(LocalTime.of(8, 0)),
                        LocalDateTime.parse("2026-11-22T11:00"),
                        Optional.of(BERLIN)),
                "de-DE");

        String speech = SkillHarness.speech(skill.call(listRequest("de-DE")));

        assertThat(speech)
                .isEqualTo(
                        "<speak>Du hast eine Erinnerung. Erstens: Zeitung holen, jeden Werktag um 8:00 Uhr. Was möchtest du tun?</speak>");
    }

    @Test
    void aDay_readsOnlyTheRemindersThatRingThen_namedByTheirPlaceInTheWholeList() throws IOException {
        givenAWeekOfReminders();
        JsonNode before = reminders();

        JsonNode response = skill.call(listRequest("en-US", "2026-11-23"));

        assertThat(SkillHarness.speech(response))
                .isEqualTo("<speak>You have 3 reminders tomorrow."
                        + " Second: call mom, tomorrow at 7:00 PM."
                        + " Third: go running, every Monday and Thursday at 6:00 PM."
                        + " Number 6: take the pills, every day at 9:00 PM."
                        + " What would you like to do?</speak>");
        assertThat(response.at("/response/shouldEndSession").asBoolean()).isFalse();
        assertThat(reminders()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2026-11-22|You have 2 reminders today. First: walk the dog, today at 11:20 AM."
                        + " Number 6: take the pills, every day at 9:00 PM. What would you like to do?",
                "2026-11-27|You have 2 reminders on Friday, November 27. Number 6: take the pills, every day at 9:00 PM."
                        + " Number 7: pay the rent, on Friday, November 27 at 10:00 AM. What would you like to do?"
            })
    void aDay_takesRelativeAndDailyReminders_namesLaterDaysByDate_andPositionsPastFiveByNumber(
            String date, String expected) throws IOException {
        givenAWeekOfReminders();

        String speech = SkillHarness.speech(skill.call(listRequest("en-US", date)));

        assertThat(speech).isEqualTo("<speak>" + expected + "</speak>");
    }

    @Test
    void aDayWithoutReminders_saysSoForThatDay_andChangesNothing() throws IOException {
        create(
                "go running",
                new ReminderSchedule.Every(
                        new Repeat.Weekly(Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), LocalTime.of(18, 0)),
                        LocalDateTime.parse("2026-11-22T11:00"),
                        Optional.of(BERLIN)),
                "en-US");
        create(
                "call mom",
                new ReminderSchedule.At(LocalDateTime.parse("2026-11-23T19:00"), Optional.of(BERLIN)),
                "en-US");
        JsonNode before = reminders();

        JsonNode response = skill.call(listRequest("en-US", "2026-11-25"));

        assertThat(SkillHarness.speech(response))
                .isEqualTo(
                        "<speak>You have no reminders on Wednesday, November 25. What would you like to do?</speak>");
        assertThat(response.at("/response/shouldEndSession").asBoolean()).isFalse();
        assertThat(reminders()).isEqualTo(before);
    }

    @Test
    void aDay_inGerman() throws IOException {
        givenAWeekOfReminders();

        String tomorrow = SkillHarness.speech(skill.call(listRequest("de-DE", "2026-11-23")));
        String saturday = SkillHarness.speech(skill.call(listRequest("de-DE", "2026-11-28")));
        String beforeTheyStart = SkillHarness.speech(skill.call(listRequest("de-DE", "2026-11-20")));

        assertThat(tomorrow)
                .startsWith("<speak>Du hast morgen 3 Erinnerungen. Zweitens: call mom, morgen um 19:00 Uhr."
                        + " Drittens: go running, jeden Montag und Donnerstag um 18:00 Uhr.");
        assertThat(saturday)
                .isEqualTo("<speak>Du hast am Samstag, 28. November 2 Erinnerungen."
                        + " Viertens: water the plants, jeden Samstag um 9:00 Uhr."
                        + " Nummer 6: take the pills, jeden Tag um 21:00 Uhr. Was möchtest du tun?</speak>");
        assertThat(beforeTheyStart)
                .isEqualTo("<speak>Du hast am Freitag, 20. November keine Erinnerungen. Was möchtest du tun?</speak>");
    }

    @Test
    void oneReminderOnADay_inGerman() throws IOException {
        create(
                "Zeitung holen",
                new ReminderSchedule.At(LocalDateTime.parse("2026-11-23T08:00"), Optional.of(BERLIN)),
                "de-DE");

        String speech = SkillHarness.speech(skill.call(listRequest("de-DE", "2026-11-23")));

        assertThat(speech)
                .isEqualTo(
                        "<speak>Du hast morgen eine Erinnerung. Erstens: Zeitung holen, morgen um 8:00 Uhr. Was möchtest du tun?</speak>");
    }

    @Test
    void aDay_inBritishEnglish() throws IOException {
        create(
                "call mom",
                new ReminderSchedule.At(LocalDateTime.parse("2026-11-27T19:00"), Optional.of(BERLIN)),
                "en-GB");

        String friday = SkillHarness.speech(skill.call(listRequest("en-GB", "2026-11-27")));
        String none = SkillHarness.speech(skill.call(listRequest("en-GB", "2026-11-25")));

        assertThat(friday)
                .isEqualTo("<speak>You have one reminder on Friday 27 November."
                        + " First: call mom, on Friday 27 November at 7:00 pm. What would you like to do?</speak>");
        assertThat(none)
                .isEqualTo("<speak>You have no reminders on Wednesday 25 November. What would you like to do?</speak>");
    }

    @Test
    void aDateAlexaCouldNotPinToADay_readsThemAll() throws IOException {
        givenAWeekOfReminders();

        String week = SkillHarness.speech(skill.call(listRequest("en-US", "2026-W48")));

        assertThat(week)
                .isEqualTo(SkillHarness.speech(skill.call(listRequest("en-US"))))
                .startsWith("<speak>You have 7 reminders.");
    }

    /** Seven reminders from Sunday 2026-11-22: one-time ones today, Monday and Friday, repeating ones on Monday and Thursday, Saturdays and daily. */
    private void givenAWeekOfReminders() {
        LocalDateTime now = LocalDateTime.parse("2026-11-22T11:00");
        create("walk the dog", new ReminderSchedule.In(Duration.ofMinutes(20)), "en-US");
        create(
                "call mom",
                new ReminderSchedule.At(LocalDateTime.parse("2026-11-23T19:00"), Optional.of(BERLIN)),
                "en-US");
        create(
                "go running",
                new ReminderSchedule.Every(
                        new Repeat.Weekly(Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), LocalTime.of(18, 0)),
                        now,
                        Optional.of(BERLIN)),
                "en-US");
        create(
                "water the plants",
                new ReminderSchedule.Every(
                        new Repeat.Weekly(Set.of(DayOfWeek.SATURDAY), LocalTime.of(9, 0)), now, Optional.of(BERLIN)),
                "en-US");
        create(
                "see the dentist",
                new ReminderSchedule.At(LocalDateTime.parse("2026-11-24T08:30"), Optional.of(BERLIN)),
                "en-US");
        create(
                "take the pills",
                new ReminderSchedule.Every(new Repeat.Daily(LocalTime.of(21, 0)), now, Optional.of(BERLIN)),
                "en-US");
        create(
                "pay the rent",
                new ReminderSchedule.At(LocalDateTime.parse("2026-11-27T10:00"), Optional.of(BERLIN)),
                "en-US");
    }

    private void create(String text, ReminderSchedule schedule, String locale) {
        given(text, schedule);
    }

    private JsonNode listRequest(String locale) {
        return intent(IntentNames.LIST_REMINDERS, "NONE", locale);
    }

    private JsonNode listRequest(String locale, String date) {
        return SkillHarness.slot(intent(IntentNames.LIST_REMINDERS, "NONE", locale), "date", date);
    }
}
