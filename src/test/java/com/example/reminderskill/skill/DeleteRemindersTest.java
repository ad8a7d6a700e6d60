package com.example.reminderskill.skill;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.reminderskill.alerts.AlexaApiAccess;
import com.example.reminderskill.alerts.ApiEndpoints;
import com.example.reminderskill.alerts.reminders.ReminderClient;
import com.example.reminderskill.emulator.AlexaEmulator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deleting one reminder (by position or text) or all, with confirmation, against the emulator. */
class DeleteRemindersTest {

    private static final String SKILL_ID = "amzn1.ask.skill.delete-test";
    private static final String USER = "amzn1.ask.account.delete-test";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    private SkillHarness skill;

    @BeforeEach
    void start() {
        skill = new SkillHarness(SKILL_ID, AlexaEmulator.builder(), NOW);
        ReminderClient reminders = ReminderClient.builder(ApiEndpoints.localEmulator(skill.emulator.baseUri())).clock(NOW).build();
        AlexaApiAccess access = new AlexaApiAccess("https://api.amazonalexa.com",
                skill.emulator.mintToken(SKILL_ID, USER, true, Set.of(ReminderPermission.SCOPE), BERLIN));
        for (String text : List.of("water the plants", "walk the dog", "call mom")) {
            reminders.create(access, new PendingReminder(text, new ReminderSchedule.In(Duration.ofHours(1)), "en-US").toRequest(NOW.instant()));
        }
    }

    @AfterEach
    void stop() {
        skill.close();
    }

    @Test
    void byPosition_confirmsWhichOneAndWhen() throws IOException {
        JsonNode response = skill.call(delete("NONE", "en-US", "2", null));

        assertThat(SkillHarness.speech(response)).isEqualTo("<speak>Shall I delete your reminder to walk the dog, today at 12:00 PM?</speak>");
        assertThat(response.at("/response/directives/0/type").asText()).isEqualTo("Dialog.ConfirmIntent");
        assertThat(texts()).hasSize(3);
    }

    @Test
    void byPosition_confirmed_deletesExactlyThatOne() throws IOException {
        JsonNode response = skill.call(delete("CONFIRMED", "en-US", "2", null));

        assertThat(SkillHarness.speech(response)).isEqualTo("<speak>OK, I deleted your reminder to walk the dog.</speak>");
        assertThat(texts()).containsExactly("water the plants", "call mom");
    }

    @Test
    void byText_confirmed_deletesTheOneThatMatches() throws IOException {
        skill.call(delete("CONFIRMED", "en-US", null, "Call Mom"));

        assertThat(texts()).containsExactly("water the plants", "walk the dog");
    }

    @Test
    void denied_keepsIt() throws IOException {
        JsonNode response = skill.call(delete("DENIED", "de-DE", "1", null));

        assertThat(SkillHarness.speech(response)).isEqualTo("<speak>Okay, ich habe sie behalten.</speak>");
        assertThat(texts()).hasSize(3);
    }

    @Test
    void aPositionBeyondTheList_isNotFound() throws IOException {
        JsonNode response = skill.call(delete("NONE", "en-US", "5", null));

        assertThat(SkillHarness.speech(response)).startsWith("<speak>I couldn't find that reminder.");
        assertThat(texts()).hasSize(3);
    }

    @Test
    void withoutPositionOrText_asksWhichOne() throws IOException {
        JsonNode response = skill.call(delete("NONE", "en-US", null, null));

        assertThat(response.at("/response/directives/0/slotToElicit").asText()).isEqualTo("position");
    }

    @Test
    void deleteAll_confirmsWithTheCount_thenDeletesEveryOne() throws IOException {
        JsonNode question = skill.call(deleteAll("NONE", "en-US"));
        JsonNode done = skill.call(deleteAll("CONFIRMED", "de-DE"));

        assertThat(SkillHarness.speech(question)).isEqualTo("<speak>Shall I delete all 3 of your reminders?</speak>");
        assertThat(SkillHarness.speech(done)).isEqualTo("<speak>Okay, ich habe alle 3 Erinnerungen gelöscht.</speak>");
        assertThat(texts()).isEmpty();
        assertThat(SkillHarness.speech(skill.call(deleteAll("NONE", "en-US")))).isEqualTo("<speak>You have no reminders to delete.</speak>");
    }

    private List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>();
        skill.reminders(SKILL_ID, USER).forEach(reminder -> texts.add(reminder.at("/alertInfo/spokenInfo/content/0/text").asText()));
        return texts;
    }

    private ObjectNode delete(String confirmation, String locale, String position, String text) {
        ObjectNode request = skill.intentRequest(SKILL_ID, USER, IntentNames.DELETE_REMINDER, confirmation, locale, Optional.of(BERLIN));
        if (position != null) {
            SkillHarness.slot(request, "position", position);
        }
        if (text != null) {
            SkillHarness.slot(request, "reminderText", text);
        }
        return request;
    }

    private ObjectNode deleteAll(String confirmation, String locale) {
        return skill.intentRequest(SKILL_ID, USER, IntentNames.DELETE_ALL_REMINDERS, confirmation, locale, Optional.of(BERLIN));
    }
}
