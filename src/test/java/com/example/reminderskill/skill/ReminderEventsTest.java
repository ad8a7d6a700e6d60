package com.example.reminderskill.skill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.example.reminderskill.emulator.AlexaEmulator;
import com.example.reminderskill.emulator.EmulatorEvent;
import com.example.reminderskill.emulator.EmulatorEvent.Delivery;
import com.example.reminderskill.messaging.SkillMessage;
import com.example.reminderskill.messaging.SkillMessage.Operation;
import com.example.reminderskill.messaging.SkillMessageSender;
import com.example.reminderskill.messaging.SkillMessagingCredentials;
import com.example.reminderskill.messaging.SkillMessagingEndpoints;
import com.example.reminderskill.retry.RetryPolicy;
import com.example.reminderskill.skill.conversation.IntentNames;
import com.example.reminderskill.store.KeptReminder;
import com.example.reminderskill.store.ReminderState;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code Reminders.*} events from the emulator, delivered in order and in its duplicate/out-of-order mode. */
class ReminderEventsTest {

    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
    private static final Clock NOW = Clock.fixed(T0, ZoneOffset.UTC);
    private static final String CLIENT_ID = "amzn1.application-oa2-client.events";
    private static final String CLIENT_SECRET = "events-test-secret";

    private final String skillId = "amzn1.ask.skill.events";
    private final String userId = "amzn1.ask.account.events";
    private SkillHarness skill;

    @AfterEach
    void stop() {
        skill.close();
    }

    @Test
    void ringing_isRemembered_fromStartedAndStatusChanged() throws IOException {
        start(0);
        String alertToken = createInFiveMinutes();

        skill.emulator.advance(Duration.ofMinutes(10));
        skill.awaitDelivery();

        KeptReminder kept = skill.store.reminder(userId, alertToken).orElseThrow();
        assertThat(kept.state()).isEqualTo(ReminderState.COMPLETED);
        assertThat(kept.lastStartedAt()).contains(T0.plus(Duration.ofMinutes(5)));
        assertThat(kept.lastEventAt()).contains(T0.plus(Duration.ofMinutes(5)));
        assertThat(kept.text()).contains("stretch");
    }

    /**
     * In chaos mode every event is held back behind the next and then delivered twice, so the
     * StatusChanged(COMPLETED) of the ring arrives after the Updated(ON) of a later change: the
     * older event must not switch the reminder off again.
     */
    @Test
    void outOfOrderAndDuplicateEvents_leaveTheNewestState() throws IOException {
        start(1.0);
        String alertToken = createInFiveMinutes();
        skill.emulator.advance(Duration.ofMinutes(10));

        SkillMessageSender.builder(
                        SkillMessagingEndpoints.localEmulator(skill.emulator.baseUri()),
                        new SkillMessagingCredentials(CLIENT_ID, CLIENT_SECRET))
                .build()
                .send(
                        userId,
                        SkillMessage.builder(Operation.UPDATE)
                                .alertToken(alertToken)
                                .scheduledTime(LocalDateTime.parse("2026-11-23T08:00:00"))
                                .clientReference("again-tomorrow")
                                .build());
        awaitOutcome("again-tomorrow");
        skill.awaitDelivery();

        KeptReminder kept = skill.store.reminder(userId, alertToken).orElseThrow();
        assertThat(kept.state()).isEqualTo(ReminderState.ON);
        assertThat(kept.lastEventAt()).contains(T0.plus(Duration.ofMinutes(10)));
        assertThat(kept.lastStartedAt()).contains(T0.plus(Duration.ofMinutes(5)));
        assertThat(skill.emulator.events())
                .filteredOn(event -> event.type().startsWith("Reminders."))
                .extracting(EmulatorEvent::type, EmulatorEvent::delivery)
                .containsExactly(
                        tuple("Reminders.ReminderCreated", Delivery.DELIVERED),
                        tuple("Reminders.ReminderStarted", Delivery.DELIVERED),
                        tuple("Reminders.ReminderStatusChanged", Delivery.DELIVERED),
                        tuple("Reminders.ReminderUpdated", Delivery.DELIVERED));
    }

    @Test
    void deletedByVoice_staysDeleted_whateverArrivesLate() throws IOException {
        start(1.0);
        String alertToken = createInFiveMinutes();
        skill.emulator.advance(Duration.ofMinutes(1));

        ObjectNode delete = skill.intentRequest(
                skillId,
                userId,
                IntentNames.DELETE_REMINDER,
                "CONFIRMED",
                "en-US",
                Optional.of(ZoneId.of("Europe/Berlin")));
        SkillHarness.slot(delete, "position", "1");
        skill.call(delete);
        skill.awaitDelivery();

        // Deleted by the skill itself first, so the late events (Created, Deleted) change nothing.
        KeptReminder kept = skill.store.reminder(userId, alertToken).orElseThrow();
        assertThat(kept.state()).isEqualTo(ReminderState.DELETED);
        assertThat(kept.text()).contains("stretch");
    }

    /** The message is handled on the emulator's delivery thread; its events must come while the older one is still held back. */
    private void awaitOutcome(String reference) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (skill.store.outcome(userId, reference).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no outcome for " + reference);
            }
            Thread.onSpinWait();
        }
    }

    private void start(double chaos) {
        skill = new SkillHarness(
                skillId,
                AlexaEmulator.builder().eventChaos(chaos).seed(7).skillCredentials(skillId, CLIENT_ID, CLIENT_SECRET),
                NOW,
                RetryPolicy.DEFAULT,
                true);
    }

    /** "Remind me to stretch in five minutes", confirmed; events are left to the emulator's delivery. */
    private String createInFiveMinutes() throws IOException {
        ObjectNode request = skill.intentRequest(
                skillId,
                userId,
                IntentNames.CREATE_RELATIVE_REMINDER,
                "CONFIRMED",
                "en-US",
                Optional.of(ZoneId.of("Europe/Berlin")));
        SkillHarness.slot(request, "reminderText", "stretch");
        SkillHarness.slot(request, "duration", "PT5M");
        skill.call(request);
        return skill.reminders(skillId, userId).get(0).path("alertToken").asText();
    }
}
