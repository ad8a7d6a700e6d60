package com.example.reminderskill.skill;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.reminderskill.skill.conversation.IntentNames;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Recurring reminders, asked on Sunday 2026-11-22 at 11:00 in Berlin. */
class CreateRecurringReminderTest extends ConversationTest {

    @Test
    void everyDay_isConfirmedWithWhenItStarts() throws IOException {
        JsonNode response = skill.call(request("walk the dog", "19:00", "NONE", "en-US")
                .frequency("DAILY")
                .build());

        assertThat(SkillHarness.speech(response))
                .isEqualTo("<speak>Shall I remind you to walk the dog every day at 7:00 PM, starting today?</speak>");
    }

    @Test
    void everyMondayAndThursday_namesBothDays() throws IOException {
        JsonNode response = skill.call(request("go running", "18:00", "NONE", "en-US")
                .days("thursday", "monday")
                .build());

        assertThat(SkillHarness.speech(response))
                .isEqualTo(
                        "<speak>Shall I remind you to go running every Monday and Thursday at 6:00 PM, starting tomorrow?</speak>");
    }

    @Test
    void everyWeekday_inGerman() throws IOException {
        JsonNode response = skill.call(request("Zeitung holen", "08:00", "NONE", "de-DE")
                .frequency("WEEKDAYS")
                .build());

        assertThat(SkillHarness.speech(response))
                .isEqualTo(
                        "<speak>Soll ich dich jeden Werktag um 8:00 Uhr, ab morgen erinnern: Zeitung holen?</speak>");
    }

    @Test
    void theFifthOfEveryMonth_usesAnOrdinalAndTheFirstDay() throws IOException {
        JsonNode response = skill.call(request("pay the rent", "10:00", "NONE", "en-GB")
                .dayOfMonth("5")
                .build());

        assertThat(SkillHarness.speech(response))
                .isEqualTo(
                        "<speak>Shall I remind you to pay the rent on the 5th of every month at 10:00 am, starting Saturday 5 December?</speak>");
    }

    @Test
    void confirmed_createsTheRecurringReminderWithItsRule() throws IOException {
        JsonNode response = skill.call(request("go running", "18:00", "CONFIRMED", "en-US")
                .days("monday", "thursday")
                .build());

        assertThat(SkillHarness.speech(response))
                .isEqualTo(
                        "<speak>OK, I'll remind you to go running every Monday and Thursday at 6:00 PM, starting tomorrow.</speak>");
        JsonNode trigger = reminders().get(0).path("trigger");
        assertThat(trigger.at("/recurrence/recurrenceRules/0").asText())
                .isEqualTo("FREQ=WEEKLY;BYDAY=MO,TH;BYHOUR=18;BYMINUTE=0;BYSECOND=0");
        assertThat(trigger.at("/recurrence/startDateTime").asText()).isEqualTo("2026-11-22T11:00:00");
        assertThat(trigger.path("timeZoneId").asText()).isEqualTo("Europe/Berlin");
    }

    @ParameterizedTest(name = "{0} {3} at {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            en-US | water the plants       | 10:00 | WEEKEND         | water the plants every Saturday and Sunday at 10:00 AM | FREQ=WEEKLY;BYDAY=SA,SU;BYHOUR=10;BYMINUTE=0;BYSECOND=0
            en-GB | walk the dog           | 07:00 | EVENING         | walk the dog every day at 7:00 pm                      | FREQ=DAILY;BYHOUR=19;BYMINUTE=0;BYSECOND=0
            en-GB | ring mum               | -     | SUNDAY_EVENING  | ring mum every Sunday at 7:00 pm                       | FREQ=WEEKLY;BYDAY=SU;BYHOUR=19;BYMINUTE=0;BYSECOND=0
            de-DE | den Müll rauszubringen | 08:00 | MONDAY          | jeden Montag um 8:00 Uhr                                | FREQ=WEEKLY;BYDAY=MO;BYHOUR=8;BYMINUTE=0;BYSECOND=0
            de-DE | Brötchen holen         | -     | WEEKEND_MORNING | Samstag und Sonntag um 8:00 Uhr                         | FREQ=WEEKLY;BYDAY=SA,SU;BYHOUR=8;BYMINUTE=0;BYSECOND=0
            """)
    void spokenSchedule_isStoredAsItsRuleAndSaidInTheConfirmation(
            String locale, String text, String time, String frequency, String said, String rule) throws IOException {
        JsonNode response = skill.call(
                request(text, time, "CONFIRMED", locale).frequency(frequency).build());

        assertThat(SkillHarness.speech(response)).contains(said);
        assertThat(rule()).isEqualTo(rule);
    }

    @Test
    void everyMorning_withoutATime_ringsAtEightAndSaysSo() throws IOException {
        JsonNode asked = skill.call(request("take my pills", null, "NONE", "en-US")
                .frequency("MORNING")
                .build());
        JsonNode created = skill.call(request("take my pills", null, "CONFIRMED", "en-US")
                .frequency("MORNING")
                .build());

        assertThat(SkillHarness.speech(asked)).contains("take your pills every day at 8:00 AM");
        assertThat(rule()).isEqualTo("FREQ=DAILY;BYHOUR=8;BYMINUTE=0;BYSECOND=0");
        assertThat(SkillHarness.speech(created)).contains("every day at 8:00 AM");
    }

    @Test
    void everyWeekend_withoutATime_asksForTheTime() throws IOException {
        JsonNode response = skill.call(request("water the plants", null, "NONE", "en-US")
                .frequency("WEEKEND")
                .build());

        assertThat(response.at("/response/directives/0/slotToElicit").asText()).isEqualTo("time");
    }

    @Test
    void withoutAFrequency_itIsAskedFor() throws IOException {
        JsonNode response =
                skill.call(request("walk the dog", "19:00", "NONE", "en-US").build());

        assertThat(response.at("/response/directives/0/slotToElicit").asText()).isEqualTo("frequency");
    }

    @Test
    void theThirtyFirst_isAskedAgain() throws IOException {
        JsonNode response = skill.call(request("pay the rent", "10:00", "NONE", "en-US")
                .dayOfMonth("31")
                .build());

        assertThat(response.at("/response/directives/0/slotToElicit").asText()).isEqualTo("dayOfMonth");
    }

    /** The RRULE of the last reminder the emulator stored. */
    private String rule() throws IOException {
        JsonNode stored = reminders();
        return stored.get(stored.size() - 1)
                .at("/trigger/recurrence/recurrenceRules/0")
                .asText();
    }

    private Request request(String text, String time, String confirmation, String locale) {
        return new Request(text, time, confirmation, locale);
    }

    /** A CreateRecurringReminderIntent request, with the slots a test sets. */
    private final class Request {
        private final ObjectNode envelope;
        private final ObjectNode slots;

        Request(String text, String time, String confirmation, String locale) {
            envelope = intent(IntentNames.CREATE_RECURRING_REMINDER, confirmation, locale);
            SkillHarness.slot(envelope, "reminderText", text);
            if (time != null) {
                SkillHarness.slot(envelope, "time", time);
            }
            slots = (ObjectNode) envelope.at("/request/intent/slots");
        }

        Request frequency(String id) {
            ObjectNode slot =
                    slots.putObject("frequency").put("name", "frequency").put("value", id.toLowerCase());
            ObjectNode authority = slot.putObject("resolutions")
                    .putArray("resolutionsPerAuthority")
                    .addObject()
                    .put("authority", "amzn1.er-authority.echo-sdk.skill.RECURRENCE_FREQUENCY");
            authority.putObject("status").put("code", "ER_SUCCESS_MATCH");
            authority
                    .putArray("values")
                    .addObject()
                    .putObject("value")
                    .put("name", id.toLowerCase())
                    .put("id", id);
            return this;
        }

        Request days(String first, String second) {
            slots.putObject("dayOfWeek").put("name", "dayOfWeek").put("value", first);
            slots.putObject("secondDayOfWeek").put("name", "secondDayOfWeek").put("value", second);
            return this;
        }

        Request dayOfMonth(String ordinal) {
            slots.putObject("dayOfMonth").put("name", "dayOfMonth").put("value", ordinal);
            return this;
        }

        ObjectNode build() {
            return envelope;
        }
    }
}
