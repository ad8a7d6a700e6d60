package com.example.reminderskill.skill;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.reminderskill.skill.conversation.IntentNames;
import com.example.reminderskill.skill.conversation.ReminderSchedule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * "Remind me to take my pills": speech says "take your pills", as Alexa's own reminders do, while
 * the reminder keeps the user's words, which Alexa reads when it rings.
 */
class SecondPersonSpeechTest extends ConversationTest {

    @Test
    void confirmation_speaksInTheSecondPerson_andNothingIsCreatedYet() throws IOException {
        JsonNode response = skill.call(remind("NONE", "en-US", "take my pills"));

        assertThat(SkillHarness.speech(response))
                .isEqualTo("<speak>Shall I remind you to take your pills in 20 minutes?</speak>");
        assertThat(reminders()).isEmpty();
    }

    @Test
    void created_speaksInTheSecondPerson_butKeepsTheUsersWords() throws IOException {
        JsonNode response = skill.call(remind("CONFIRMED", "en-GB", "ring my mum and tell her I'm late"));

        assertThat(SkillHarness.speech(response))
                .isEqualTo(
                        "<speak>OK, I'll remind you to ring your mum and tell her you&apos;re late in 20 minutes. It won't repeat.</speak>");
        assertThat(reminders()).hasSize(1);
        assertThat(reminders().get(0).at("/alertInfo/spokenInfo/content/0/text").asText())
                .isEqualTo("ring my mum and tell her I'm late");
        assertThat(response.at("/response/card/content").asText()).startsWith("ring my mum and tell her I'm late, ");
    }

    @Test
    void inGerman_confirmedAndCreated() throws IOException {
        JsonNode question = skill.call(remind("NONE", "de-DE", "meine Tabletten nehmen, Michael ruft mich an"));
        JsonNode created = skill.call(remind("CONFIRMED", "de-DE", "meine Tabletten nehmen, Michael ruft mich an"));

        assertThat(SkillHarness.speech(question))
                .isEqualTo(
                        "<speak>Soll ich dich in 20 Minuten erinnern: deine Tabletten nehmen, Michael ruft dich an?</speak>");
        assertThat(SkillHarness.speech(created))
                .isEqualTo(
                        "<speak>Alles klar, ich erinnere dich in 20 Minuten: deine Tabletten nehmen, Michael ruft dich an. Die Erinnerung wiederholt sich nicht.</speak>");
        assertThat(reminders().get(0).at("/alertInfo/spokenInfo/content/0/text").asText())
                .isEqualTo("meine Tabletten nehmen, Michael ruft mich an");
    }

    @Test
    void listAndDelete_readTheTextInTheSecondPerson() throws IOException {
        given("call my brother", new ReminderSchedule.At(LocalDateTime.parse("2026-11-23T19:00"), Optional.of(BERLIN)));
        given("feed our cat", new ReminderSchedule.In(Duration.ofMinutes(20)));

        JsonNode listed = skill.call(intent(IntentNames.LIST_REMINDERS, "NONE", "en-US"));
        ObjectNode delete = intent(IntentNames.DELETE_REMINDER, "NONE", "en-US");
        JsonNode asked = skill.call(SkillHarness.slot(delete, "position", "2"));

        assertThat(SkillHarness.speech(listed))
                .isEqualTo(
                        "<speak>You have 2 reminders. First: call your brother, tomorrow at 7:00 PM. Second: feed your cat, today at 11:20 AM. What would you like to do?</speak>");
        assertThat(SkillHarness.speech(asked))
                .isEqualTo("<speak>Shall I delete your reminder to feed your cat, today at 11:20 AM?</speak>");
        assertThat(reminders()).hasSize(2);
        assertThat(reminders().get(1).at("/alertInfo/spokenInfo/content/0/text").asText())
                .isEqualTo("feed our cat");
    }

    @Test
    void change_speaksBothTextsInTheSecondPerson_andStoresTheNewOneAsSaid() throws IOException {
        given("call my brother", new ReminderSchedule.At(LocalDateTime.parse("2026-11-23T19:00"), Optional.of(BERLIN)));
        ObjectNode change = intent(IntentNames.CHANGE_REMINDER, "CONFIRMED", "en-US");
        SkillHarness.slot(change, "position", "1");

        JsonNode done = skill.call(SkillHarness.slot(change, "newText", "call my sister"));

        assertThat(SkillHarness.speech(done))
                .isEqualTo("<speak>OK, I'll now remind you to call your sister tomorrow at 7:00 PM.</speak>");
        assertThat(reminders().get(0).at("/alertInfo/spokenInfo/content/0/text").asText())
                .isEqualTo("call my sister");
    }

    private ObjectNode remind(String confirmation, String locale, String text) {
        ObjectNode request = intent(IntentNames.CREATE_RELATIVE_REMINDER, confirmation, locale);
        SkillHarness.slot(request, "reminderText", text);
        return SkillHarness.slot(request, "duration", "PT20M");
    }
}
