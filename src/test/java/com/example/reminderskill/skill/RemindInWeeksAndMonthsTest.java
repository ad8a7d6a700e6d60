package com.example.reminderskill.skill;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.reminderskill.skill.conversation.IntentNames;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Remind me in a week", "in two weeks", "in three months", with every AMAZON.DURATION form Alexa
 * sends, on Sunday 2026-11-22 at 11:00 in Berlin.
 */
class RemindInWeeksAndMonthsTest extends ConversationTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en-US | P1W     | Shall I remind you to water the plants in 1 week?",
                "en-US | p2w     | Shall I remind you to water the plants in 2 weeks?",
                "en-GB | P2W     | Shall I remind you to water the plants in 2 weeks?",
                "en-US | P1D     | Shall I remind you to water the plants in 1 day?",
                "en-US | P10D    | Shall I remind you to water the plants in 10 days?",
                "en-GB | P1DT2H  | Shall I remind you to water the plants in 1 day and 2 hours?",
                "en-US | PT1H30M | Shall I remind you to water the plants in 1 hour and 30 minutes?",
                "en-US | PT90S   | Shall I remind you to water the plants in 1 minute and 30 seconds?",
                "de-DE | P1W     | Soll ich dich in einer Woche erinnern: water the plants?",
                "de-DE | P2W     | Soll ich dich in 2 Wochen erinnern: water the plants?",
                "de-DE | p1dt2h  | Soll ich dich in einem Tag und 2 Stunden erinnern: water the plants?",
                "de-DE | P3D     | Soll ich dich in 3 Tagen erinnern: water the plants?",
            })
    void weeksAndDays_areConfirmedAsSaid_andNothingIsCreatedYet(String locale, String duration, String question)
            throws IOException {
        JsonNode response = skill.call(remind("NONE", locale, "water the plants", duration));

        assertThat(SkillHarness.speech(response)).isEqualTo("<speak>" + question + "</speak>");
        assertThat(response.at("/response/directives/0/type").asText()).isEqualTo("Dialog.ConfirmIntent");
        assertThat(reminders()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en-US | P1W    | 604800  | OK, I'll remind you to water the plants in 1 week. It won't repeat.",
                "en-GB | P2W    | 1209600 | OK, I'll remind you to water the plants in 2 weeks. It won't repeat.",
                "de-DE | P1W    | 604800  | Alles klar, ich erinnere dich in einer Woche: water the plants. Die Erinnerung wiederholt sich nicht.",
                "de-DE | P1DT2H | 93600   | Alles klar, ich erinnere dich in einem Tag und 2 Stunden: water the plants. Die Erinnerung wiederholt sich nicht.",
            })
    void weeksAndDays_confirmed_makeARelativeReminder(String locale, String duration, int seconds, String answer)
            throws IOException {
        JsonNode response = skill.call(remind("CONFIRMED", locale, "water the plants", duration));

        assertThat(SkillHarness.speech(response)).isEqualTo("<speak>" + answer + "</speak>");
        assertThat(reminders()).hasSize(1);
        assertThat(reminders().get(0).at("/trigger/type").asText()).isEqualTo("SCHEDULED_RELATIVE");
        assertThat(reminders().get(0).at("/trigger/offsetInSeconds").asInt()).isEqualTo(seconds);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en-US | P3M | 2027-02-22T11:00:00 | OK, I'll remind you to renew the passport on Monday, February 22 at 11:00 AM. It won't repeat.",
                "en-GB | P1Y | 2027-11-22T11:00:00 | OK, I'll remind you to renew the passport on Monday 22 November 2027 at 11:00 am. It won't repeat.",
                "de-DE | P1Y | 2027-11-22T11:00:00 | Alles klar, ich erinnere dich am Montag, 22. November 2027 um 11:00 Uhr: renew the passport. Die Erinnerung wiederholt sich nicht.",
                "de-DE | P2MT1H | 2027-01-22T12:00:00 | Alles klar, ich erinnere dich am Freitag, 22. Januar um 12:00 Uhr: renew the passport. Die Erinnerung wiederholt sich nicht.",
            })
    void monthsAndYears_confirmed_ringAtTheSameWallClockTimeThatManyMonthsOn(
            String locale, String duration, String at, String answer) throws IOException {
        JsonNode response = skill.call(remind("CONFIRMED", locale, "renew the passport", duration));

        assertThat(SkillHarness.speech(response)).isEqualTo("<speak>" + answer + "</speak>");
        assertThat(reminders()).hasSize(1);
        assertThat(reminders().get(0).at("/trigger/type").asText()).isEqualTo("SCHEDULED_ABSOLUTE");
        assertThat(reminders().get(0).at("/trigger/scheduledTime").asText()).isEqualTo(at);
        assertThat(reminders().get(0).at("/trigger/timeZoneId").asText()).isEqualTo("Europe/Berlin");
    }

    @Test
    void inThreeMonths_isConfirmedWithTheDay() throws IOException {
        JsonNode response = skill.call(remind("NONE", "en-US", "renew the passport", "p3m"));

        assertThat(SkillHarness.speech(response))
                .isEqualTo(
                        "<speak>Shall I remind you to renew the passport on Monday, February 22 at 11:00 AM?</speak>");
        assertThat(reminders()).isEmpty();
    }

    @Test
    void whatIsNoDuration_isAskedForAgain() throws IOException {
        JsonNode response = skill.call(remind("NONE", "en-US", "water the plants", "PT?M"));

        assertThat(SkillHarness.speech(response)).isEqualTo("<speak>In how long should I remind you?</speak>");
        assertThat(response.at("/response/directives/0/slotToElicit").asText()).isEqualTo("duration");
        assertThat(reminders()).isEmpty();
    }

    private ObjectNode remind(String confirmation, String locale, String text, String duration) {
        ObjectNode request = intent(IntentNames.CREATE_RELATIVE_REMINDER, confirmation, locale);
        SkillHarness.slot(request, "reminderText", text);
        return SkillHarness.slot(request, "duration", duration);
    }
}
