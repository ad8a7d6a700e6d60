package com.example.reminderskill.skill;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.reminderskill.skill.conversation.IntentNames;
import com.example.reminderskill.skill.conversation.ReminderSchedule;
import com.example.reminderskill.skill.conversation.Repeat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Changing a reminder's time or text, on Sunday 2026-11-22 at 11:00 in Berlin. */
class ChangeReminderTest extends ConversationTest {

    @BeforeEach
    void givenThreeReminders() {
        given("walk the dog", new ReminderSchedule.In(Duration.ofHours(1)));
        given("call mom", new ReminderSchedule.At(LocalDateTime.parse("2026-11-23T19:00"), Optional.of(BERLIN)));
        given(
                "go running",
                new ReminderSchedule.Every(
                        new Repeat.Weekly(Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), LocalTime.of(18, 0)),
                        LocalDateTime.parse("2026-11-22T11:00"),
                        Optional.of(BERLIN)));
    }

    @Test
    void newTime_isConfirmedWithTheNewWhen() throws IOException {
        JsonNode response =
                skill.call(change("NONE", "en-US").position("1").time("08:00").build());

        assertThat(SkillHarness.speech(response))
                .isEqualTo(
                        "<speak>Shall I change your reminder to walk the dog, so it reminds you to walk the dog tomorrow at 8:00 AM?</speak>");
        assertThat(reminder(0).at("/trigger/type").asText()).isEqualTo("SCHEDULED_RELATIVE");
    }

    @Test
    void newTime_confirmed_movesTheReminder() throws IOException {
        JsonNode response = skill.call(
                change("CONFIRMED", "en-US").position("1").time("08:00").build());

        assertThat(SkillHarness.speech(response))
                .isEqualTo("<speak>OK, I'll now remind you to walk the dog tomorrow at 8:00 AM.</speak>");
        assertThat(reminder(0).at("/trigger/scheduledTime").asText()).isEqualTo("2026-11-23T08:00:00");
        assertThat(reminder(0).at("/trigger/timeZoneId").asText()).isEqualTo("Europe/Berlin");
        assertThat(reminder(0).path("version").asText()).isEqualTo("2");
    }

    @Test
    void newText_keepsWhenItRings() throws IOException {
        skill.call(
                change("CONFIRMED", "en-US").position("2").newText("call dad").build());

        assertThat(reminder(1).at("/alertInfo/spokenInfo/content/0/text").asText())
                .isEqualTo("call dad");
        assertThat(reminder(1).at("/trigger/scheduledTime").asText()).isEqualTo("2026-11-23T19:00:00");
    }

    @Test
    void repeatingReminder_keepsItsDaysAndGetsTheNewTime() throws IOException {
        JsonNode response = skill.call(
                change("CONFIRMED", "en-US").which("running").time("07:00").build());

        assertThat(SkillHarness.speech(response))
                .isEqualTo(
                        "<speak>OK, I'll now remind you to go running every Monday and Thursday at 7:00 AM, starting tomorrow.</speak>");
        assertThat(reminder(2).at("/trigger/recurrence/recurrenceRules/0").asText())
                .isEqualTo("FREQ=WEEKLY;BYDAY=MO,TH;BYHOUR=7;BYMINUTE=0;BYSECOND=0");
    }

    @Test
    void inGerman_andRefused_changesNothing() throws IOException {
        JsonNode question =
                skill.call(change("NONE", "de-DE").position("2").time("20:00").build());
        skill.emulator.resetCalls();
        JsonNode refused =
                skill.call(change("DENIED", "de-DE").position("2").time("20:00").build());

        assertThat(skill.emulator.calls().total())
                .as("Alexa API calls after no")
                .isZero();

        assertThat(SkillHarness.speech(question))
                .isEqualTo(
                        "<speak>Soll ich deine Erinnerung ändern: call mom? Neu erinnere ich dich heute um 20:00 Uhr: call mom.</speak>");
        assertThat(SkillHarness.speech(refused)).isEqualTo("<speak>Okay, ich habe sie gelassen, wie sie war.</speak>");
        assertThat(reminder(1).at("/trigger/scheduledTime").asText()).isEqualTo("2026-11-23T19:00:00");
    }

    @Test
    void withoutANewTimeOrText_asksWhatShouldChange() throws IOException {
        JsonNode response = skill.call(change("NONE", "en-US").position("1").build());

        assertThat(response.at("/response/directives/0/slotToElicit").asText()).isEqualTo("time");
    }

    @Test
    void newDayAlone_isConfirmedAtTheSameTimeOfDay_andChangesNothingYet() throws IOException {
        JsonNode response = skill.call(
                change("NONE", "en-US").which("walk the dog").date("2026-11-27").build());

        assertThat(SkillHarness.speech(response))
                .isEqualTo(
                        "<speak>Shall I change your reminder to walk the dog, so it reminds you to walk the dog on Friday, November 27 at 12:00 PM?</speak>");
        assertThat(response.at("/response/directives/0/type").asText()).isEqualTo("Dialog.ConfirmIntent");
        assertThat(reminder(0).at("/trigger/type").asText()).isEqualTo("SCHEDULED_RELATIVE");
    }

    @Test
    void newDayAlone_confirmed_movesTheReminderToThatDayAtItsTime() throws IOException {
        JsonNode response = skill.call(change("CONFIRMED", "en-US")
                .which("walk the dog")
                .date("2026-11-27")
                .build());

        assertThat(SkillHarness.speech(response))
                .isEqualTo(
                        "<speak>OK, I'll now remind you to walk the dog on Friday, November 27 at 12:00 PM.</speak>");
        assertThat(reminder(0).at("/trigger/type").asText()).isEqualTo("SCHEDULED_ABSOLUTE");
        assertThat(reminder(0).at("/trigger/scheduledTime").asText()).isEqualTo("2026-11-27T12:00:00");
        assertThat(reminder(0).at("/trigger/timeZoneId").asText()).isEqualTo("Europe/Berlin");
        assertThat(reminder(0).at("/alertInfo/spokenInfo/content/0/text").asText())
                .isEqualTo("walk the dog");
    }

    @Test
    void newDayAlone_inBritishEnglish_keepsSevenPm() throws IOException {
        JsonNode response = skill.call(
                change("CONFIRMED", "en-GB").position("2").date("2026-11-27").build());

        assertThat(SkillHarness.speech(response))
                .isEqualTo("<speak>OK, I'll now remind you to call mom on Friday 27 November at 7:00 pm.</speak>");
        assertThat(reminder(1).at("/trigger/scheduledTime").asText()).isEqualTo("2026-11-27T19:00:00");
    }

    @Test
    void newDayAlone_inGerman_isConfirmedThenMoved() throws IOException {
        JsonNode question = skill.call(
                change("NONE", "de-DE").position("2").date("2026-11-27").build());
        JsonNode done = skill.call(
                change("CONFIRMED", "de-DE").position("2").date("2026-11-27").build());

        assertThat(SkillHarness.speech(question))
                .isEqualTo(
                        "<speak>Soll ich deine Erinnerung ändern: call mom? Neu erinnere ich dich am Freitag, 27. November um 19:00 Uhr: call mom.</speak>");
        assertThat(SkillHarness.speech(done))
                .isEqualTo(
                        "<speak>Alles klar, ich erinnere dich jetzt am Freitag, 27. November um 19:00 Uhr: call mom.</speak>");
        assertThat(reminder(1).at("/trigger/scheduledTime").asText()).isEqualTo("2026-11-27T19:00:00");
    }

    @Test
    void newDayAlone_forARepeatingReminder_saysWhyItCannot_andKeepsIt() throws IOException {
        JsonNode response = skill.call(
                change("CONFIRMED", "en-US").which("running").date("2026-11-27").build());

        assertThat(SkillHarness.speech(response))
                .isEqualTo(
                        "<speak>That reminder repeats, so I can't move it to a single day. I can change its time, or what it says.</speak>");
        assertThat(reminder(2).at("/trigger/recurrence/recurrenceRules/0").asText())
                .isEqualTo("FREQ=WEEKLY;BYDAY=MO,TH;BYHOUR=18;BYMINUTE=0;BYSECOND=0");
    }

    private JsonNode reminder(int index) throws IOException {
        return reminders().get(index);
    }

    private Change change(String confirmation, String locale) {
        return new Change(intent(IntentNames.CHANGE_REMINDER, confirmation, locale));
    }

    private record Change(ObjectNode request) {
        Change position(String value) {
            SkillHarness.slot(request, "position", value);
            return this;
        }

        Change which(String value) {
            SkillHarness.slot(request, "reminderText", value);
            return this;
        }

        Change time(String value) {
            SkillHarness.slot(request, "time", value);
            return this;
        }

        Change date(String value) {
            SkillHarness.slot(request, "date", value);
            return this;
        }

        Change newText(String value) {
            SkillHarness.slot(request, "newText", value);
            return this;
        }

        ObjectNode build() {
            return request;
        }
    }
}
