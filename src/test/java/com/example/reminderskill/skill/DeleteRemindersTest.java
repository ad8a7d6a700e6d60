package com.example.reminderskill.skill;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.reminderskill.skill.conversation.IntentNames;
import com.example.reminderskill.skill.conversation.ReminderSchedule;
import com.example.reminderskill.skill.conversation.Speech;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deleting one reminder (by position or text) or all, with confirmation, against the emulator. */
class DeleteRemindersTest extends ConversationTest {

    @BeforeEach
    void givenThreeReminders() {
        for (String text : List.of("water the plants", "walk the dog", "call mom")) {
            given(text, new ReminderSchedule.In(Duration.ofHours(1)));
        }
    }

    @Test
    void byPosition_confirmsWhichOneAndWhen() throws IOException {
        JsonNode response = skill.call(delete("NONE", "en-US", "2", null));

        assertThat(SkillHarness.speech(response))
                .isEqualTo("<speak>Shall I delete your reminder to walk the dog, today at 12:00 PM?</speak>");
        assertThat(response.at("/response/directives/0/type").asText()).isEqualTo("Dialog.ConfirmIntent");
        assertThat(texts()).hasSize(3);
    }

    @Test
    void byPosition_confirmed_deletesExactlyThatOne() throws IOException {
        JsonNode response = skill.call(delete("CONFIRMED", "en-US", "2", null));

        assertThat(SkillHarness.speech(response))
                .isEqualTo("<speak>OK, I deleted your reminder to walk the dog.</speak>");
        assertThat(texts()).containsExactly("water the plants", "call mom");
    }

    @Test
    void byText_confirmed_deletesTheOneThatMatches() throws IOException {
        skill.call(delete("CONFIRMED", "en-US", null, "Call Mom"));

        assertThat(texts()).containsExactly("water the plants", "walk the dog");
    }

    @Test
    void byTheWordsAsSaidAnotherWay_findsTheOneThatMatches() throws IOException {
        JsonNode walking = skill.call(delete("NONE", "en-US", null, "walking the dog"));
        JsonNode cat = skill.call(delete("NONE", "en-US", null, "walking the cat"));

        assertThat(SkillHarness.speech(walking)).startsWith("<speak>Shall I delete your reminder to walk the dog");
        assertThat(SkillHarness.speech(cat)).doesNotContain("walk the dog");
        assertThat(texts()).hasSize(3);
    }

    @Test
    void denied_keepsIt_withoutCallingTheRemindersApi() throws IOException {
        skill.emulator.resetCalls();

        JsonNode response = skill.call(delete("DENIED", "de-DE", "1", null));
        JsonNode all = skill.call(deleteAll("DENIED", "en-US"));

        assertThat(skill.emulator.calls().total()).isZero();
        assertThat(SkillHarness.speech(response)).isEqualTo("<speak>Okay, ich habe sie behalten.</speak>");
        assertThat(SkillHarness.speech(all))
                .isEqualTo("<speak>" + Speech.forLocale("en-US").say("deleteAll.kept") + "</speak>");
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
        assertThat(SkillHarness.speech(skill.call(deleteAll("NONE", "en-US"))))
                .isEqualTo("<speak>You have no reminders to delete.</speak>");
    }

    private List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>();
        reminders()
                .forEach(reminder -> texts.add(
                        reminder.at("/alertInfo/spokenInfo/content/0/text").asText()));
        return texts;
    }

    private ObjectNode delete(String confirmation, String locale, String position, String text) {
        ObjectNode request = intent(IntentNames.DELETE_REMINDER, confirmation, locale);
        if (position != null) {
            SkillHarness.slot(request, "position", position);
        }
        if (text != null) {
            SkillHarness.slot(request, "reminderText", text);
        }
        return request;
    }

    private ObjectNode deleteAll(String confirmation, String locale) {
        return intent(IntentNames.DELETE_ALL_REMINDERS, confirmation, locale);
    }
}
