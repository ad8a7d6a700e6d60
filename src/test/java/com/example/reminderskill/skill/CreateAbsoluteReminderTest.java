package com.example.reminderskill.skill;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.reminderskill.skill.conversation.IntentNames;
import com.example.reminderskill.skill.conversation.Speech;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Remind me to call mom tomorrow at 7 PM", at 10:00 UTC on Sunday 2026-11-22 (11:00 in Berlin). */
class CreateAbsoluteReminderTest extends ConversationTest {

    @Test
    void tomorrowAtSeven_isConfirmedAsTomorrow() throws IOException {
        JsonNode response = skill.call(intent("call mom", "2026-11-23", "19:00", "NONE", "en-US", true));

        assertThat(SkillHarness.speech(response))
                .isEqualTo("<speak>Shall I remind you to call mom tomorrow at 7:00 PM?</speak>");
    }

    @Test
    void withoutADay_aTimeStillAheadIsToday_andOnePassedIsTomorrow() throws IOException {
        JsonNode later = skill.call(intent("stretch", null, "18:00", "NONE", "en-US", true));
        JsonNode passed = skill.call(intent("stretch", null, "09:00", "NONE", "en-US", true));

        assertThat(SkillHarness.speech(later)).contains("today at 6:00 PM");
        assertThat(SkillHarness.speech(passed)).contains("tomorrow at 9:00 AM");
    }

    @Test
    void laterDay_inGerman_isSpokenWithWeekdayAndDate() throws IOException {
        JsonNode response = skill.call(intent("Mama anrufen", "2026-11-25", "19:00", "NONE", "de-DE", true));

        assertThat(SkillHarness.speech(response))
                .isEqualTo(
                        "<speak>Soll ich dich am Mittwoch, 25. November um 19:00 Uhr erinnern: Mama anrufen?</speak>");
    }

    @Test
    void confirmed_createsAnAbsoluteReminderInTheDevicesZone() throws IOException {
        JsonNode response = skill.call(intent("call mom", "2026-11-23", "19:00", "CONFIRMED", "en-US", true));

        assertThat(SkillHarness.speech(response))
                .isEqualTo("<speak>OK, I'll remind you to call mom tomorrow at 7:00 PM. It won't repeat.</speak>");
        JsonNode trigger = reminders().get(0).path("trigger");
        assertThat(trigger.path("type").asText()).isEqualTo("SCHEDULED_ABSOLUTE");
        assertThat(trigger.path("scheduledTime").asText()).isEqualTo("2026-11-23T19:00:00");
        assertThat(trigger.path("timeZoneId").asText()).isEqualTo("Europe/Berlin");
    }

    @Test
    void withoutADeviceId_theReminderGoesWithoutAZone() throws IOException {
        JsonNode response = skill.call(intent("call mom", "2026-11-23", "19:00", "CONFIRMED", "en-US", false));

        assertThat(SkillHarness.speech(response)).startsWith("<speak>OK, I'll remind you to call mom");
        assertThat(reminders().get(0).path("trigger").has("timeZoneId")).isFalse();
    }

    @Test
    void aDayInThePast_isAskedAgain() throws IOException {
        JsonNode response = skill.call(intent("call mom", "2026-11-20", "19:00", "NONE", "en-GB", true));

        assertThat(response.at("/response/directives/0/type").asText()).isEqualTo("Dialog.ElicitSlot");
        assertThat(response.at("/response/directives/0/slotToElicit").asText()).isEqualTo("date");
    }

    @Test
    void denied_isAnsweredBeforeAnyAlexaApiCall_evenTheDevicesZone() throws IOException {
        skill.emulator.resetCalls();

        JsonNode response = skill.call(intent("call mom", "2026-11-23", "19:00", "DENIED", "en-US", true));

        assertThat(SkillHarness.speech(response))
                .isEqualTo("<speak>" + Speech.forLocale("en-US").say("reminder.notCreated") + "</speak>");
        assertThat(skill.emulator.calls().total())
                .as("Alexa API calls after no")
                .isZero();
        assertThat(reminders()).isEmpty();
    }

    @ParameterizedTest(name = "{0} in {2}")
    @CsvSource({
        "MO, 2026-11-23T08:00:00, en-US, tomorrow at 8:00 AM",
        "EV, 2026-11-23T19:00:00, en-GB, tomorrow at 7:00 pm",
        "NI, 2026-11-23T21:00:00, de-DE, morgen um 21:00 Uhr"
    })
    void aPartOfTheDay_takesItsUsualHour_andTheConfirmationSaysIt(
            String partOfDay, String rings, String locale, String said) throws IOException {
        JsonNode asked = skill.call(intent("call mom", "2026-11-23", partOfDay, "NONE", locale, true));
        skill.call(intent("call mom", "2026-11-23", partOfDay, "CONFIRMED", locale, true));

        assertThat(SkillHarness.speech(asked)).contains(said);
        assertThat(reminders().get(0).at("/trigger/scheduledTime").asText()).isEqualTo(rings);
    }

    private ObjectNode intent(
            String text, String date, String time, String confirmation, String locale, boolean withDevice) {
        ObjectNode request = skill.intentRequest(
                skillId,
                userId,
                IntentNames.CREATE_ABSOLUTE_REMINDER,
                confirmation,
                locale,
                withDevice ? Optional.of(BERLIN) : Optional.empty());
        SkillHarness.slot(request, "reminderText", text);
        SkillHarness.slot(request, "time", time);
        if (date != null) {
            SkillHarness.slot(request, "date", date);
        }
        return request;
    }
}
