package com.example.reminderskill.skill;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazon.ask.model.ResponseEnvelope;
import com.example.reminderskill.skill.conversation.IntentNames;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The skill's own answers, as its handlers give them through the harness, bound back into the
 * model: the writer writes each of them, and writes it as the mapper does.
 */
class ResponseWriterConversationTest extends ConversationTest {

    @Test
    void writesTheSkillsAnswersAsTheMapperDoes() throws IOException {
        List<ObjectNode> requests = List.of(
                intent(IntentNames.HELP, "NONE", "en-US"),
                intent(IntentNames.FALLBACK, "NONE", "de-DE"),
                intent(IntentNames.STOP, "NONE", "en-GB"),
                relativeReminder("buy salt & <pepper> \"now\"", null, "NONE"),
                relativeReminder("buy salt & <pepper> \"now\"", "PT5M", "NONE"),
                relativeReminder("buy salt & <pepper> \"now\"", "PT5M", "CONFIRMED"),
                relativeReminder("walk the dog", "PT20M", "CONFIRMED"),
                intent(IntentNames.LIST_REMINDERS, "NONE", "en-US"),
                timer("NONE"),
                timer("CONFIRMED"),
                permissionAnswer("DENIED"));

        StringBuilder all = new StringBuilder();
        for (ObjectNode request : requests) {
            JsonNode answered = skill.call(request);
            ResponseEnvelope envelope = EnvelopeJson.sdkMapper().treeToValue(answered, ResponseEnvelope.class);

            Optional<String> written = ResponseWriter.write(envelope);

            assertThat(written).as("%s", answered).contains(EnvelopeJson.writeWithMapper(envelope));
            assertThat(EnvelopeJson.read(written.orElseThrow())).isEqualTo(answered);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ByteArrayOutputStream mapperBytes = new ByteArrayOutputStream();
            EnvelopeJson.writeWithMapper(envelope, mapperBytes);
            assertThat(ResponseWriter.write(envelope, bytes)).isTrue();
            assertThat(bytes.toByteArray()).isEqualTo(mapperBytes.toByteArray());
            all.append(written.orElseThrow()).append('\n');
        }
        assertThat(all.toString())
                .as("the answers hold every part the writer covers")
                .contains("\"reprompt\":{")
                .contains("\"type\":\"Dialog.ElicitSlot\"")
                .contains("\"type\":\"Dialog.ConfirmIntent\"")
                .contains("\"type\":\"Connections.SendRequest\"")
                .contains("\"type\":\"Simple\"")
                .contains("\"type\":\"AskForPermissionsConsent\"")
                .contains("\"sessionAttributes\":{\"pendingConfirmation\"")
                .contains("\"shouldEndSession\":true");
    }

    private ObjectNode relativeReminder(String text, String duration, String confirmation) {
        ObjectNode request = SkillHarness.slot(
                intent(IntentNames.CREATE_RELATIVE_REMINDER, confirmation, "en-US"), "reminderText", text);
        return duration == null ? request : SkillHarness.slot(request, "duration", duration);
    }

    /** Without the timers scope: a confirmed timer asks for it by voice. */
    private ObjectNode timer(String confirmation) {
        ObjectNode request = intent(IntentNames.START_TIMER, confirmation, "en-US");
        return SkillHarness.slot(SkillHarness.slot(request, "duration", "PT10M"), "timerLabel", "pasta");
    }

    /** Alexa's Connections.Response to a voice permission request. */
    private ObjectNode permissionAnswer(String status) {
        ObjectNode answer = intent(IntentNames.LIST_REMINDERS, "NONE", "en-US");
        ObjectNode request = (ObjectNode) answer.get("request");
        request.remove("intent");
        request.remove("dialogState");
        request.put("type", "Connections.Response").put("name", "AskFor").put("token", "some-token");
        request.putObject("payload").put("status", status);
        return answer;
    }
}
