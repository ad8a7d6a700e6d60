package com.example.reminderskill.skill;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.reminderskill.emulator.AlexaEmulator;
import com.example.reminderskill.messaging.SkillMessage;
import com.example.reminderskill.messaging.SkillMessage.Operation;
import com.example.reminderskill.messaging.SkillMessageSender;
import com.example.reminderskill.messaging.SkillMessagingCredentials;
import com.example.reminderskill.messaging.SkillMessagingEndpoints;
import com.example.reminderskill.retry.RetryPolicy;
import com.example.reminderskill.skill.conversation.IntentNames;
import com.example.reminderskill.store.KeptReminder;
import com.example.reminderskill.store.MessageOutcome;
import com.example.reminderskill.store.MessageOutcome.Result;
import com.example.reminderskill.store.ReminderState;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The out-of-session article's flow in one process: a reminder created by voice, then a web app's
 * skill message (through LWA and Skill Messaging on the emulator) that the emulator delivers as
 * {@code Messaging.MessageReceived}; the skill runs it, and the emulator's reminders, the store and
 * the recorded outcome all show it.
 */
class OutOfSessionTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String CLIENT_ID = "amzn1.application-oa2-client.outofsession";
    private static final String CLIENT_SECRET = "out-of-session-test-secret";

    private final String skillId = "amzn1.ask.skill.outofsession";
    private final String userId = "amzn1.ask.account.outofsession";
    private SkillHarness skill;
    private SkillMessageSender webApp;

    @BeforeEach
    void start() {
        skill = new SkillHarness(
                skillId,
                AlexaEmulator.builder().skillCredentials(skillId, CLIENT_ID, CLIENT_SECRET),
                NOW,
                RetryPolicy.DEFAULT,
                true);
        webApp = SkillMessageSender.builder(
                        SkillMessagingEndpoints.localEmulator(skill.emulator.baseUri()),
                        new SkillMessagingCredentials(CLIENT_ID, CLIENT_SECRET))
                .build();
    }

    @AfterEach
    void stop() {
        skill.close();
    }

    @Test
    void voiceCreatedReminder_isRemembered() throws IOException {
        String alertToken = createByVoice("call mom");

        KeptReminder kept = skill.store.reminder(userId, alertToken).orElseThrow();
        assertThat(kept.text()).contains("call mom");
        assertThat(kept.state()).isEqualTo(ReminderState.ON);
        assertThat(kept.trigger().orElseThrow())
                .contains("\"scheduledTime\":\"2026-11-23T19:00:00\"")
                .contains("Europe/Berlin");
    }

    @Test
    void update_changesTextAndTime_onTheServiceAndInTheStore() throws IOException {
        String alertToken = createByVoice("watch the match");

        MessageOutcome outcome = send(SkillMessage.builder(Operation.UPDATE)
                .alertToken(alertToken)
                .clientReference("match-42-moved")
                .text("watch the match, now on Monday")
                .scheduledTime(LocalDateTime.parse("2026-11-24T20:30:00"))
                .build());

        assertThat(outcome.result()).isEqualTo(Result.SUCCEEDED);
        JsonNode reminder = skill.reminders(skillId, userId).get(0);
        assertThat(reminder.at("/alertInfo/spokenInfo/content/0/text").asText())
                .isEqualTo("watch the match, now on Monday");
        assertThat(reminder.at("/trigger/scheduledTime").asText()).isEqualTo("2026-11-24T20:30:00");
        assertThat(reminder.at("/trigger/timeZoneId").asText()).isEqualTo("Europe/Berlin");
        KeptReminder kept = skill.store.reminder(userId, alertToken).orElseThrow();
        assertThat(kept.text()).contains("watch the match, now on Monday");
        assertThat(kept.trigger().orElseThrow()).contains("2026-11-24T20:30:00");
        assertThat(outcome.reminders()).extracting(KeptReminder::alertToken).containsExactly(alertToken);
    }

    @Test
    void update_withRecurrenceRules_makesItRepeat() throws IOException {
        String alertToken = createByVoice("water the plants");

        MessageOutcome outcome = send(SkillMessage.builder(Operation.UPDATE)
                .alertToken(alertToken)
                .clientReference("plants-weekly")
                .recurrenceRules(List.of("FREQ=WEEKLY;BYDAY=SA;BYHOUR=9;BYMINUTE=0"))
                .build());

        assertThat(outcome.result()).isEqualTo(Result.SUCCEEDED);
        JsonNode trigger = skill.reminders(skillId, userId).get(0).path("trigger");
        assertThat(trigger.at("/recurrence/recurrenceRules/0").asText())
                .isEqualTo("FREQ=WEEKLY;BYDAY=SA;BYHOUR=9;BYMINUTE=0");
        assertThat(trigger.at("/recurrence/startDateTime").asText()).startsWith("2026-11-23T19:00");
    }

    @Test
    void update_thatTheRemindersApiRefuses_failsWithItsCode_andChangesNothing() throws IOException {
        String alertToken = createByVoice("call mom");

        MessageOutcome outcome = send(SkillMessage.builder(Operation.UPDATE)
                .alertToken(alertToken)
                .clientReference("bad-rule")
                .recurrenceRules(List.of("FREQ=MINUTELY"))
                .build());

        assertThat(outcome.result()).isEqualTo(Result.FAILED);
        assertThat(outcome.code()).contains("UNSUPPORTED_TRIGGER_RECURRENCE");
        assertThat(skill.reminders(skillId, userId)
                        .get(0)
                        .at("/trigger/recurrence")
                        .isMissingNode())
                .isTrue();
        assertThat(skill.store.reminder(userId, alertToken).orElseThrow().text())
                .contains("call mom");
    }

    @Test
    void get_withAnEmptyAlertToken_readsAllReminders_asTheArticleDoes() throws IOException {
        String first = createByVoice("call mom");
        String second = createByVoice("call dad");

        MessageOutcome outcome = send(SkillMessage.builder(Operation.GET)
                .alertToken("")
                .clientReference("all-1")
                .build());

        assertThat(outcome.result()).isEqualTo(Result.SUCCEEDED);
        assertThat(outcome.reminders()).extracting(KeptReminder::alertToken).containsExactlyInAnyOrder(first, second);
        assertThat(outcome.reminders())
                .extracting(reminder -> reminder.text().orElseThrow())
                .containsExactlyInAnyOrder("call mom", "call dad");
    }

    @Test
    void delete_removesTheReminder_andTheStoreKeepsItAsDeleted() throws IOException {
        String alertToken = createByVoice("call mom");

        MessageOutcome outcome = send(SkillMessage.builder(Operation.DELETE)
                .alertToken(alertToken)
                .clientReference("del-1")
                .build());

        assertThat(outcome.result()).isEqualTo(Result.SUCCEEDED);
        assertThat(skill.reminders(skillId, userId)).isEmpty();
        assertThat(skill.store.reminder(userId, alertToken).orElseThrow().state())
                .isEqualTo(ReminderState.DELETED);
    }

    @Test
    void anExternalReference_attachedByOneMessage_findsTheReminderInTheNext() throws IOException {
        String alertToken = createByVoice("watch the match");
        send(SkillMessage.builder(Operation.UPDATE)
                .alertToken(alertToken)
                .externalReference("match-42")
                .clientReference("tag")
                .build());

        MessageOutcome outcome = send(SkillMessage.builder(Operation.DELETE)
                .externalReference("match-42")
                .clientReference("cancelled")
                .build());

        assertThat(outcome.result()).isEqualTo(Result.SUCCEEDED);
        assertThat(outcome.reminders()).extracting(KeptReminder::alertToken).containsExactly(alertToken);
        assertThat(skill.reminders(skillId, userId)).isEmpty();
    }

    @Test
    void anExternalReference_namesOneReminder_attachingItAgainMovesIt() throws IOException {
        String first = createByVoice("watch the match");
        String second = createByVoice("watch the replay");
        send(SkillMessage.builder(Operation.UPDATE)
                .alertToken(first)
                .externalReference("match-42")
                .clientReference("tag-1")
                .build());

        send(SkillMessage.builder(Operation.UPDATE)
                .alertToken(second)
                .externalReference("match-42")
                .clientReference("tag-2")
                .build());

        assertThat(skill.store.reminderByReference(userId, "match-42"))
                .map(KeptReminder::alertToken)
                .contains(second);
        assertThat(skill.store.reminder(userId, first).orElseThrow().externalReference())
                .isEmpty();
    }

    @Test
    void anUnknownExternalReference_isRejected() throws IOException {
        createByVoice("call mom");

        MessageOutcome outcome = send(SkillMessage.builder(Operation.DELETE)
                .externalReference("match-404")
                .clientReference("nope")
                .build());

        assertThat(outcome.result()).isEqualTo(Result.REJECTED);
        assertThat(outcome.code()).contains("REFERENCE_NOT_FOUND");
        assertThat(skill.reminders(skillId, userId)).hasSize(1);
    }

    @Test
    void aMalformedMessage_changesNothing_andItsOutcomeIsRecorded() throws IOException {
        String alertToken = createByVoice("call mom");
        ObjectNode data = SkillHarness.MAPPER
                .createObjectNode()
                .put("operation", "UPDATE")
                .put("alertToken", alertToken)
                .put("clientReference", "typo")
                .put("txt", "call dad");

        postMessage(data);

        MessageOutcome outcome = skill.store.outcome(userId, "typo").orElseThrow();
        assertThat(outcome.result()).isEqualTo(Result.REJECTED);
        assertThat(outcome.code()).contains("INVALID_MESSAGE");
        assertThat(outcome.detail().orElseThrow()).contains("'txt'");
        assertThat(skill.reminders(skillId, userId)
                        .get(0)
                        .at("/alertInfo/spokenInfo/content/0/text")
                        .asText())
                .isEqualTo("call mom");
    }

    @Test
    void anUnknownOperation_isRejected_underItsRequestIdWhenThereIsNoReference() throws IOException {
        createByVoice("call mom");

        postMessage(SkillHarness.MAPPER.createObjectNode().put("operation", "SNOOZE"));

        List<String> codes = skill.emulator.events().stream()
                .filter(event -> event.type().equals("Messaging.MessageReceived"))
                .map(event -> event.request().at("/request/requestId").asText())
                .map(requestId -> skill.store
                        .outcome(userId, requestId)
                        .orElseThrow()
                        .code()
                        .orElseThrow())
                .toList();
        assertThat(codes).containsExactly("UNKNOWN_OPERATION");
        assertThat(skill.reminders(skillId, userId)).hasSize(1);
    }

    @Test
    void aRedeliveredMessage_runsOnce() throws IOException {
        String alertToken = createByVoice("call mom");
        send(SkillMessage.builder(Operation.DELETE)
                .alertToken(alertToken)
                .clientReference("del-once")
                .build());
        MessageOutcome first = skill.store.outcome(userId, "del-once").orElseThrow();

        send(SkillMessage.builder(Operation.DELETE)
                .alertToken(alertToken)
                .clientReference("del-once")
                .build());

        assertThat(skill.store.outcome(userId, "del-once")).contains(first);
    }

    @Test
    void skillDisabled_deletesTheUsersData() throws IOException {
        createByVoice("call mom");
        send(SkillMessage.builder(Operation.GET).clientReference("before").build());
        ObjectNode disabled = skill.intentRequest(skillId, userId, "unused", "NONE", "en-US", Optional.empty());
        disabled.remove("session");
        disabled.set(
                "request",
                SkillHarness.MAPPER
                        .createObjectNode()
                        .put("type", "AlexaSkillEvent.SkillDisabled")
                        .put("requestId", "amzn1.echo-api.request.disabled")
                        .put("timestamp", "2026-11-22T10:00:00Z"));

        skill.call(disabled);

        assertThat(skill.store.reminders(userId)).isEmpty();
        assertThat(skill.store.outcome(userId, "before")).isEmpty();
    }

    private String createByVoice(String text) throws IOException {
        ObjectNode request = skill.intentRequest(
                skillId, userId, IntentNames.CREATE_ABSOLUTE_REMINDER, "CONFIRMED", "en-US", Optional.of(BERLIN));
        SkillHarness.slot(request, "reminderText", text);
        SkillHarness.slot(request, "date", "2026-11-23");
        SkillHarness.slot(request, "time", "19:00");
        skill.call(request);
        skill.awaitDelivery();
        for (JsonNode reminder : skill.reminders(skillId, userId)) {
            if (reminder.at("/alertInfo/spokenInfo/content/0/text").asText().equals(text)) {
                return reminder.path("alertToken").asText();
            }
        }
        throw new AssertionError("no reminder '" + text + "' on the emulator");
    }

    private MessageOutcome send(SkillMessage message) {
        webApp.send(userId, message);
        skill.awaitDelivery();
        return skill.store
                .outcome(userId, message.clientReference().orElseThrow())
                .orElseThrow();
    }

    /** Sends {@code data} as it is, past the contract's own checks, as a web app without this code might. */
    private void postMessage(ObjectNode data) throws IOException {
        skill.postSkillMessage(CLIENT_ID, CLIENT_SECRET, userId, data);
        skill.awaitDelivery();
    }
}
