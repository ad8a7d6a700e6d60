package com.example.reminderskill.skill.handlers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.amazon.ask.model.services.reminderManagement.AlertInfo;
import com.amazon.ask.model.services.reminderManagement.PushNotificationStatus;
import com.amazon.ask.model.services.reminderManagement.SpokenInfo;
import com.amazon.ask.model.services.reminderManagement.SpokenText;
import com.amazon.ask.model.services.reminderManagement.Status;
import com.amazon.ask.model.services.reminderManagement.Trigger;
import com.amazon.ask.model.services.reminderManagement.TriggerType;
import com.example.reminderskill.alerts.reminders.Reminder;
import com.example.reminderskill.alerts.timers.Timer;
import com.example.reminderskill.skill.handlers.ReminderEvent.Kind;
import com.example.reminderskill.store.FileSkillStore;
import com.example.reminderskill.store.KeptDeviceZone;
import com.example.reminderskill.store.KeptReminder;
import com.example.reminderskill.store.KeptTimer;
import com.example.reminderskill.store.MessageOutcome;
import com.example.reminderskill.store.ReminderState;
import com.example.reminderskill.store.SkillStore;
import com.example.reminderskill.store.StoreException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ReminderMemory} over a real {@link FileSkillStore} and a fixed clock. */
class ReminderMemoryTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String USER = "amzn1.ask.account.memory";
    private static final String OTHER_USER = "amzn1.ask.account.other";
    private static final String TOKEN = "token-1";
    private static final Instant T1 = Instant.parse("2026-11-22T09:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-22T09:30:00Z");

    @TempDir
    Path folder;

    private FileSkillStore store;
    private ReminderMemory memory;

    @BeforeEach
    void open() {
        // The store gets the same fixed clock, so that processed ids and tombstones expire by the test's time.
        store = FileSkillStore.open(folder, CLOCK);
        memory = new ReminderMemory(store, CLOCK);
    }

    // ---- apply ---------------------------------------------------------------------------------

    @Test
    void apply_redeliveredEvent_isAppliedOnlyOnce() {
        memory.apply(USER, "r1", statusChanged(ReminderState.ON, T1, TOKEN));
        memory.apply(USER, "r2", statusChanged(ReminderState.COMPLETED, T1, TOKEN));
        assertThat(state(TOKEN)).isEqualTo(ReminderState.COMPLETED);

        // r1 again, of the same second: applying it a second time would turn the reminder back on.
        memory.apply(USER, "r1", statusChanged(ReminderState.ON, T1, TOKEN));

        KeptReminder kept = store.reminder(USER, TOKEN).orElseThrow();
        assertThat(kept.state()).isEqualTo(ReminderState.COMPLETED);
        assertThat(kept.lastEventAt()).contains(T1);
        assertThat(kept.revision()).isEqualTo(2);
    }

    @Test
    void apply_sameRequestIdOfAnotherUser_isApplied() {
        memory.apply(USER, "r1", statusChanged(ReminderState.COMPLETED, T1, TOKEN));
        memory.apply(OTHER_USER, "r1", statusChanged(ReminderState.COMPLETED, T1, TOKEN));

        assertThat(store.reminder(OTHER_USER, TOKEN).map(KeptReminder::state)).contains(ReminderState.COMPLETED);
    }

    @Test
    void apply_olderEventArrivingLate_changesNothing() {
        memory.apply(USER, "r1", statusChanged(ReminderState.COMPLETED, T2, TOKEN));
        memory.apply(USER, "r2", new ReminderEvent(Kind.UPDATED, List.of(TOKEN), Optional.of(ReminderState.ON), T1));

        KeptReminder kept = store.reminder(USER, TOKEN).orElseThrow();
        assertThat(kept.state()).isEqualTo(ReminderState.COMPLETED);
        assertThat(kept.lastEventAt()).contains(T2);
        assertThat(kept.revision()).isEqualTo(1);
    }

    @Test
    void apply_started_recordsWhenItRang() {
        memory.written(USER, TOKEN, alertInfo("stretch"), absolute());

        memory.apply(USER, "r1", new ReminderEvent(Kind.STARTED, List.of(TOKEN), Optional.empty(), T1));

        KeptReminder kept = store.reminder(USER, TOKEN).orElseThrow();
        assertThat(kept.lastStartedAt()).contains(T1);
        assertThat(kept.lastEventAt()).contains(T1);
        assertThat(kept.text()).contains("stretch");
        assertThat(kept.state()).isEqualTo(ReminderState.ON);
    }

    @Test
    void apply_deletedWithSeveralTokens_marksEachDeleted() {
        memory.written(USER, "a", alertInfo("one"), absolute());
        memory.written(USER, "b", alertInfo("two"), absolute());
        memory.written(USER, "c", alertInfo("three"), absolute());

        memory.apply(USER, "r1", new ReminderEvent(Kind.DELETED, List.of("a", "b"), Optional.empty(), T1));

        assertThat(state("a")).isEqualTo(ReminderState.DELETED);
        assertThat(state("b")).isEqualTo(ReminderState.DELETED);
        assertThat(state("c")).isEqualTo(ReminderState.ON);
    }

    @Test
    void apply_eventAfterDeleted_changesNothing() {
        memory.apply(USER, "r1", new ReminderEvent(Kind.DELETED, List.of(TOKEN), Optional.empty(), T1));
        memory.apply(USER, "r2", statusChanged(ReminderState.ON, T2, TOKEN));

        KeptReminder kept = store.reminder(USER, TOKEN).orElseThrow();
        assertThat(kept.state()).isEqualTo(ReminderState.DELETED);
        assertThat(kept.lastEventAt()).contains(T1);
    }

    // ---- written / read / deleted / referenced -------------------------------------------------

    @Test
    void written_storesFirstTextTriggerJsonAndOn() {
        AlertInfo info = AlertInfo.builder()
                .withSpokenInfo(SpokenInfo.builder()
                        .withContent(List.of(
                                SpokenText.builder()
                                        .withLocale("en-GB")
                                        .withText("stretch")
                                        .build(),
                                SpokenText.builder()
                                        .withLocale("de-DE")
                                        .withText("dehnen")
                                        .build()))
                        .build())
                .build();

        KeptReminder returned = memory.written(USER, TOKEN, info, absolute()).orElseThrow();

        KeptReminder kept = store.reminder(USER, TOKEN).orElseThrow();
        assertThat(returned).isEqualTo(kept);
        assertThat(kept.text()).contains("stretch");
        assertThat(kept.state()).isEqualTo(ReminderState.ON);
        assertThat(kept.trigger())
                .hasValueSatisfying(json -> assertThat(json)
                        .contains(
                                "\"scheduledTime\"",
                                "2026-11-29T15:00",
                                "\"timeZoneId\":\"Europe/London\"",
                                "SCHEDULED_ABSOLUTE"));
        assertThat(kept.updatedAt()).isEqualTo(NOW);
        assertThat(kept.revision()).isEqualTo(1);
    }

    @Test
    void created_storesTheNewReminderAsWritten() {
        KeptReminder returned =
                memory.created(USER, TOKEN, alertInfo("stretch"), absolute()).orElseThrow();

        KeptReminder kept = store.reminder(USER, TOKEN).orElseThrow();
        assertThat(returned).isEqualTo(kept);
        assertThat(kept.text()).contains("stretch");
        assertThat(kept.state()).isEqualTo(ReminderState.ON);
        assertThat(kept.revision()).isEqualTo(1);
    }

    @Test
    void created_afterItsCreatedEventGotThereFirst_keepsTheEventAndAddsTheText() {
        memory.apply(USER, "r1", statusChanged(ReminderState.COMPLETED, T1, TOKEN));

        KeptReminder kept =
                memory.created(USER, TOKEN, alertInfo("stretch"), absolute()).orElseThrow();

        assertThat(kept.text()).contains("stretch");
        assertThat(kept.revision()).isEqualTo(2);
        assertThat(store.reminder(USER, TOKEN)).contains(kept);
    }

    @Test
    void written_skipsSpokenTextWithoutText() {
        AlertInfo info = AlertInfo.builder()
                .withSpokenInfo(SpokenInfo.builder()
                        .withContent(List.of(
                                SpokenText.builder()
                                        .withLocale("en-US")
                                        .withSsml("<speak>hi</speak>")
                                        .build(),
                                SpokenText.builder()
                                        .withLocale("en-GB")
                                        .withText("second")
                                        .build()))
                        .build())
                .build();

        assertThat(memory.written(USER, TOKEN, info, absolute()).orElseThrow().text())
                .contains("second");
    }

    @Test
    void written_withoutText_keepsOldText() {
        memory.written(USER, TOKEN, alertInfo("stretch"), absolute());

        KeptReminder kept = memory.written(USER, TOKEN, null, relative()).orElseThrow();

        assertThat(kept.text()).contains("stretch");
        assertThat(kept.trigger())
                .hasValueSatisfying(json -> assertThat(json).contains("SCHEDULED_RELATIVE", "\"offsetInSeconds\":600"));
    }

    @Test
    void written_completedReminder_isOnAgain() {
        memory.apply(USER, "r1", statusChanged(ReminderState.COMPLETED, T1, TOKEN));

        assertThat(memory.written(USER, TOKEN, alertInfo("again"), absolute())
                        .orElseThrow()
                        .state())
                .isEqualTo(ReminderState.ON);
    }

    @Test
    void read_storesStatusTextAndTrigger() {
        Reminder completed = new Reminder(
                TOKEN,
                Status.COMPLETED,
                Optional.of(T1),
                Optional.of(T1),
                Optional.of("1"),
                Optional.of(absolute()),
                Optional.of(alertInfo("stretch")),
                Optional.of(PushNotificationStatus.ENABLED));

        memory.read(USER, completed);

        KeptReminder kept = store.reminder(USER, TOKEN).orElseThrow();
        assertThat(kept.state()).isEqualTo(ReminderState.COMPLETED);
        assertThat(kept.text()).contains("stretch");
        assertThat(kept.trigger()).hasValueSatisfying(json -> assertThat(json).contains("\"scheduledTime\""));
    }

    @Test
    void read_onReminderWithoutTriggerOrText_keepsThem() {
        memory.written(USER, TOKEN, alertInfo("stretch"), absolute());
        memory.apply(USER, "r1", statusChanged(ReminderState.COMPLETED, T1, TOKEN));
        Reminder bare = new Reminder(
                TOKEN,
                Status.ON,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());

        KeptReminder kept = memory.read(USER, bare).orElseThrow();

        assertThat(kept.state()).isEqualTo(ReminderState.ON);
        assertThat(kept.text()).contains("stretch");
        assertThat(kept.trigger()).hasValueSatisfying(json -> assertThat(json).contains("\"scheduledTime\""));
        assertThat(kept.lastEventAt()).contains(T1);
    }

    @Test
    void deleted_marksItDeleted() {
        memory.written(USER, TOKEN, alertInfo("stretch"), absolute());

        KeptReminder returned = memory.deleted(USER, TOKEN).orElseThrow();

        assertThat(returned.state()).isEqualTo(ReminderState.DELETED);
        assertThat(store.reminder(USER, TOKEN).map(KeptReminder::state)).contains(ReminderState.DELETED);
        assertThat(store.reminder(USER, TOKEN).flatMap(KeptReminder::text)).contains("stretch");
    }

    @Test
    void referenced_storesExternalReference() {
        memory.written(USER, TOKEN, alertInfo("stretch"), absolute());

        memory.referenced(USER, TOKEN, "match-42");

        KeptReminder kept = store.reminderByReference(USER, "match-42").orElseThrow();
        assertThat(kept.alertToken()).isEqualTo(TOKEN);
        assertThat(kept.externalReference()).contains("match-42");
        assertThat(kept.text()).contains("stretch");
    }

    // ---- timers --------------------------------------------------------------------------------

    @Test
    void timerStarted_isKeptUntilAnHourAfterItRings() {
        Instant rings = NOW.plus(Duration.ofMinutes(10));
        memory.timerStarted(
                USER,
                new Timer(
                        "timer-1",
                        "ON",
                        Duration.ofMinutes(10),
                        Optional.of("pasta"),
                        Optional.of(rings),
                        Optional.empty()));

        assertThat(store.timers(USER, NOW))
                .containsExactly(new KeptTimer(USER, "timer-1", Optional.of("pasta"), Duration.ofMinutes(10), NOW));
        assertThat(store.timers(USER, rings.plus(Duration.ofHours(1)))).hasSize(1);
        assertThat(store.timers(USER, rings.plus(Duration.ofHours(1)).plusSeconds(1)))
                .isEmpty();
    }

    @Test
    void timerStarted_withoutTriggerTime_expiresAnHourAfterItsDuration() {
        memory.timerStarted(
                USER,
                new Timer(
                        "timer-2", "ON", Duration.ofMinutes(5), Optional.empty(), Optional.empty(), Optional.empty()));

        Instant expiry = NOW.plus(Duration.ofMinutes(5)).plus(Duration.ofHours(1));
        assertThat(store.timers(USER, expiry)).extracting(KeptTimer::timerId).containsExactly("timer-2");
        assertThat(store.timers(USER, expiry.plusSeconds(1))).isEmpty();
    }

    // ---- forgetUser ----------------------------------------------------------------------------

    @Test
    void forgetUser_removesEverythingOfThatUserOnly() {
        for (String user : List.of(USER, OTHER_USER)) {
            memory.written(user, TOKEN, alertInfo("stretch"), absolute());
            memory.apply(user, "r1", statusChanged(ReminderState.COMPLETED, T1, "token-2"));
            memory.timerStarted(
                    user,
                    new Timer(
                            "timer-1",
                            "ON",
                            Duration.ofMinutes(5),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty()));
        }

        memory.forgetUser(USER);

        assertThat(store.reminders(USER)).isEmpty();
        assertThat(store.timers(USER, NOW)).isEmpty();
        assertThat(store.markProcessed(USER, "event:r1", NOW.plusSeconds(60)))
                .as("processed id forgotten")
                .isTrue();
        assertThat(store.reminders(OTHER_USER))
                .extracting(KeptReminder::alertToken)
                .containsExactlyInAnyOrder(TOKEN, "token-2");
        assertThat(store.timers(OTHER_USER, NOW)).hasSize(1);
        assertThat(store.markProcessed(OTHER_USER, "event:r1", NOW.plusSeconds(60)))
                .as("processed id kept")
                .isFalse();
    }

    // ---- a failing store -----------------------------------------------------------------------

    @Test
    void written_whenStoreFails_isEmptyAndDoesNotThrow() {
        ReminderMemory failing = new ReminderMemory(new FailingPutStore(store), CLOCK);

        assertThat(failing.written(USER, TOKEN, alertInfo("stretch"), absolute()))
                .isEmpty();
        assertThat(failing.created(USER, TOKEN, alertInfo("stretch"), absolute()))
                .isEmpty();
        assertThat(store.reminder(USER, TOKEN)).isEmpty();
    }

    @Test
    void otherWrites_whenStoreFails_areEmptyAndDoNotThrow() {
        ReminderMemory failing = new ReminderMemory(new FailingPutStore(store), CLOCK);
        Reminder reminder = new Reminder(
                TOKEN,
                Status.ON,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(absolute()),
                Optional.of(alertInfo("stretch")),
                Optional.empty());

        assertThat(failing.read(USER, reminder)).isEmpty();
        assertThat(failing.deleted(USER, TOKEN)).isEmpty();
        assertThat(failing.referenced(USER, TOKEN, "match-42")).isEmpty();
        assertThatCode(() -> failing.apply(USER, "r1", statusChanged(ReminderState.COMPLETED, T1, TOKEN)))
                .doesNotThrowAnyException();
        assertThat(store.reminders(USER)).isEmpty();
    }

    // ---- helpers -------------------------------------------------------------------------------

    private ReminderState state(String alertToken) {
        return store.reminder(USER, alertToken).orElseThrow().state();
    }

    private static ReminderEvent statusChanged(ReminderState status, Instant at, String alertToken) {
        return new ReminderEvent(Kind.STATUS_CHANGED, List.of(alertToken), Optional.of(status), at);
    }

    private static AlertInfo alertInfo(String text) {
        return AlertInfo.builder()
                .withSpokenInfo(SpokenInfo.builder()
                        .withContent(List.of(SpokenText.builder()
                                .withLocale("en-US")
                                .withText(text)
                                .build()))
                        .build())
                .build();
    }

    private static Trigger absolute() {
        return Trigger.builder()
                .withType(TriggerType.SCHEDULED_ABSOLUTE)
                .withScheduledTime(LocalDateTime.parse("2026-11-29T15:00:00"))
                .withTimeZoneId("Europe/London")
                .build();
    }

    private static Trigger relative() {
        return Trigger.builder()
                .withType(TriggerType.SCHEDULED_RELATIVE)
                .withOffsetInSeconds(600)
                .build();
    }

    /**
     * A store whose reminder writes fail. It leaves {@link SkillStore#updateReminder} to the interface's
     * default, which writes through {@link #putReminder}; everything else goes to the file store.
     */
    private static final class FailingPutStore implements SkillStore {

        private final SkillStore delegate;

        FailingPutStore(SkillStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public Clock clock() {
            return delegate.clock();
        }

        @Override
        public boolean putReminder(KeptReminder reminder) {
            throw new StoreException("disk full");
        }

        @Override
        public Optional<KeptReminder> reminder(String userId, String alertToken) {
            return delegate.reminder(userId, alertToken);
        }

        @Override
        public List<KeptReminder> reminders(String userId) {
            return delegate.reminders(userId);
        }

        @Override
        public void putDeviceZone(KeptDeviceZone device) {
            delegate.putDeviceZone(device);
        }

        @Override
        public Optional<KeptDeviceZone> deviceZone(String userId, String deviceId, Instant now) {
            return delegate.deviceZone(userId, deviceId, now);
        }

        @Override
        public void putTimer(KeptTimer timer, Instant expiresAt) {
            delegate.putTimer(timer, expiresAt);
        }

        @Override
        public List<KeptTimer> timers(String userId, Instant now) {
            return delegate.timers(userId, now);
        }

        @Override
        public boolean markProcessed(String userId, String id, Instant expiresAt) {
            return delegate.markProcessed(userId, id, expiresAt);
        }

        @Override
        public void putOutcome(MessageOutcome outcome, Instant expiresAt) {
            delegate.putOutcome(outcome, expiresAt);
        }

        @Override
        public Optional<MessageOutcome> outcome(String userId, String reference) {
            return delegate.outcome(userId, reference);
        }

        @Override
        public void deleteUser(String userId) {
            delegate.deleteUser(userId);
        }
    }
}
