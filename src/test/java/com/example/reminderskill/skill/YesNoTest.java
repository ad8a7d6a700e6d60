package com.example.reminderskill.skill;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.reminderskill.skill.conversation.IntentNames;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** A plain "yes" or "no" (AMAZON.YesIntent / NoIntent) answering the skill's confirmation question. */
class YesNoTest extends ConversationTest {

    @Test
    void yes_afterTheQuestion_createsTheReminder() throws IOException {
        JsonNode question = skill.call(relative("walk the dog", "PT20M"));

        JsonNode answer = skill.call(followUp(question, IntentNames.YES));

        assertThat(SkillHarness.speech(answer))
                .isEqualTo("<speak>OK, I'll remind you to walk the dog in 20 minutes. It won't repeat.</speak>");
        assertThat(reminders()).hasSize(1);
    }

    @Test
    void no_afterTheQuestion_createsNothing() throws IOException {
        JsonNode question = skill.call(relative("walk the dog", "PT20M"));

        JsonNode answer = skill.call(followUp(question, IntentNames.NO));

        assertThat(SkillHarness.speech(answer)).isEqualTo("<speak>OK, I won't set that reminder.</speak>");
        assertThat(reminders()).isEmpty();
    }

    @Test
    void yesOrNo_withoutAQuestion_asksWhatToDoOrSaysGoodbye() throws IOException {
        assertThat(SkillHarness.speech(skill.call(intent(IntentNames.YES, "NONE", "en-US"))))
                .isEqualTo("<speak>What would you like to do?</speak>");
        assertThat(SkillHarness.speech(skill.call(intent(IntentNames.NO, "NONE", "de-DE"))))
                .isEqualTo("<speak>Tschüss!</speak>");
    }

    private ObjectNode relative(String text, String duration) {
        ObjectNode request = intent(IntentNames.CREATE_RELATIVE_REMINDER, "NONE", "en-US");
        SkillHarness.slot(request, "reminderText", text);
        return SkillHarness.slot(request, "duration", duration);
    }

    /** The next turn of the same session: Alexa sends back the session attributes of the last answer. */
    private ObjectNode followUp(JsonNode previous, String intentName) {
        ObjectNode request = intent(intentName, "NONE", "en-US");
        ((ObjectNode) request.get("session"))
                .set("attributes", previous.path("sessionAttributes").deepCopy());
        return request;
    }
}
