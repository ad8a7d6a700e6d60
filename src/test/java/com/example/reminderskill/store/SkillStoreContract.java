package com.example.reminderskill.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.example.reminderskill.testing.FakeTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link SkillStore} must do, whatever keeps the data: each implementation's test
 * extends this class. Time is a {@link FakeTime} moved by hand, so expiry is tested without waiting.
 */
abstract class SkillStoreContract {

    /** Where the fake clock starts; expiry is judged by it alone (the test server sweeps nothing by the real clock). */
    static final Instant START = Instant.parse("2100-11-22T10:00:00Z");

    static final String USER = "amzn1.ask.account.AGF7EXAMPLE";
    static final String OTHER_USER = "amzn1.ask.account.OTHEREXAMPLE";

    protected final FakeTime clock = new FakeTime(START);
    protected SkillStore store;

    /** Makes the backing data empty (a new folder, a new table); called before each test, before {@link #openStore}. */
    protected abstract void freshData();

    /** A store on the data {@link #freshData} made; each call gives another instance on the same data. */
    protected abstract SkillStore openStore(Clock clock);

    @BeforeEach
    final void openFreshStore() {
        freshData();
        store = openStore(clock);
    }

    @Test
    void reminderWithEveryFieldSet_readsBackAsWritten() {
        KeptReminder written = fullReminder(USER, "token-1");

        assertThat(store.putReminder(written)).isTrue();

        assertThat(store.reminder(USER, "token-1")).contains(written.nextRevision());
        assertThat(store.reminders(USER)).containsExactly(written.nextRevision());
    }

    @Test
    void reminderWithNoOptionalField_readsBackAsWritten() {
        KeptReminder written = KeptReminder.unknown(USER, "token-1", START);

        assertThat(store.putReminder(written)).isTrue();

        KeptReminder read = store.reminder(USER, "token-1").orElseThrow();
        assertThat(read).isEqualTo(written.nextRevision());
        assertThat(read.text()).isEmpty();
        assertThat(read.externalReference()).isEmpty();
        assertThat(read.lastStartedAt()).isEmpty();
    }

    @Test
    void unknownReminder_isAbsent() {
        assertThat(store.reminder(USER, "never-stored")).isEmpty();
        assertThat(store.reminders(USER)).isEmpty();
        assertThat(store.reminderByReference(USER, "match-1")).isEmpty();
    }

    @Test
    void eachWrite_addsOneRevision() {
        KeptReminder first = KeptReminder.unknown(USER, "token-1", START).withText("first", START);
        store.putReminder(first);
        KeptReminder second = store.reminder(USER, "token-1").orElseThrow().withText("second", START);

        assertThat(store.putReminder(second)).isTrue();

        KeptReminder read = store.reminder(USER, "token-1").orElseThrow();
        assertThat(read.revision()).isEqualTo(2);
        assertThat(read.text()).contains("second");
    }

    @Test
    void staleRevision_isRefusedAndWritesNothing() {
        KeptReminder created = KeptReminder.unknown(USER, "token-1", START).withText("created", START);
        assertThat(store.putReminder(created)).isTrue();
        KeptReminder read = store.reminder(USER, "token-1").orElseThrow();
        assertThat(store.putReminder(read.withText("changed by A", START))).isTrue();

        boolean secondCreate =
                store.putReminder(KeptReminder.unknown(USER, "token-1", START).withText("created again", START));
        boolean staleUpdate = store.putReminder(read.withText("changed by B", START));
        boolean aheadUpdate = store.putReminder(new KeptReminder(
                USER,
                "token-1",
                Optional.of("from the future"),
                Optional.empty(),
                ReminderState.ON,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                START,
                7));

        assertThat(secondCreate).isFalse();
        assertThat(staleUpdate).isFalse();
        assertThat(aheadUpdate).isFalse();
        KeptReminder stored = store.reminder(USER, "token-1").orElseThrow();
        assertThat(stored.text()).contains("changed by A");
        assertThat(stored.revision()).isEqualTo(2);
    }

    @Test
    void updateReminder_startsFromUnknownAndReturnsWhatItStored() {
        Instant now = START.plusSeconds(5);

        KeptReminder created = store.updateReminder(USER, "token-1", now, reminder -> reminder.withText("pasta", now));
        KeptReminder changed = store.updateReminder(
                USER, "token-1", now, reminder -> reminder.withState(ReminderState.COMPLETED, now));

        assertThat(created.revision()).isEqualTo(1);
        assertThat(created.updatedAt()).isEqualTo(now);
        assertThat(changed.revision()).isEqualTo(2);
        assertThat(changed.text()).contains("pasta");
        assertThat(store.reminder(USER, "token-1")).contains(changed);
    }

    @Test
    void updateReminder_leavesItAsItIsWhenTheChangeReturnsTheSameInstance() {
        KeptReminder created =
                store.updateReminder(USER, "token-1", START, reminder -> reminder.withText("pasta", START));

        KeptReminder unchanged = store.updateReminder(USER, "token-1", START, reminder -> reminder);
        KeptReminder neverStored = store.updateReminder(USER, "token-2", START, reminder -> reminder);

        assertThat(unchanged).isEqualTo(created);
        assertThat(store.reminder(USER, "token-1").orElseThrow().revision()).isEqualTo(1);
        assertThat(neverStored.revision()).isZero();
        assertThat(store.reminder(USER, "token-2")).isEmpty();
    }

    @Test
    void updateReminder_refusesAChangeThatMovesTheReminderOrTouchesItsRevision() {
        store.updateReminder(USER, "token-1", START, reminder -> reminder.withText("pasta", START));

        assertThatThrownBy(() -> store.updateReminder(
                        USER, "token-1", START, reminder -> KeptReminder.unknown(USER, "token-2", START)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.updateReminder(USER, "token-1", START, KeptReminder::nextRevision))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.reminders(USER))
                .extracting(KeptReminder::alertToken, KeptReminder::revision)
                .containsExactly(tuple("token-1", 1L));
    }

    /**
     * Eight writers on one reminder through two store instances. A store may give up on a reminder
     * that keeps changing (the interface allows it, and a hot key makes it likely for optimistic
     * stores); such a call wrote nothing, so the writer tries the same increment again. Every
     * increment must show in the end, exactly once.
     */
    @Test
    void concurrentUpdates_fromTwoStoreInstances_loseNothing() throws Exception {
        int writers = 8;
        int incrementsEach = 25;
        List<SkillStore> instances = List.of(store, openStore(clock));
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int writer = 0; writer < writers; writer++) {
                SkillStore instance = instances.get(writer % instances.size());
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < incrementsEach; i++) {
                        incrementUntilApplied(instance);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> writer : done) {
                writer.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        KeptReminder counter = store.reminder(USER, "counter").orElseThrow();
        assertThat(counter.text()).contains(String.valueOf(writers * incrementsEach));
        assertThat(counter.revision()).isEqualTo(writers * incrementsEach);
    }

    @Test
    void reminders_listsEveryReminderOfTheUser_deletedOnesIncluded() {
        store.putReminder(KeptReminder.unknown(USER, "on", START));
        store.putReminder(KeptReminder.unknown(USER, "completed", START).withState(ReminderState.COMPLETED, START));
        store.putReminder(KeptReminder.unknown(USER, "deleted", START).withState(ReminderState.DELETED, START));
        store.putReminder(KeptReminder.unknown(OTHER_USER, "someone-else", START));

        assertThat(store.reminders(USER))
                .extracting(KeptReminder::alertToken)
                .containsExactlyInAnyOrder("on", "completed", "deleted");
    }

    @Test
    void reminderByReference_findsTheUsersLiveReminder() {
        store.putReminder(KeptReminder.unknown(USER, "plain", START));
        store.putReminder(KeptReminder.unknown(USER, "match", START).withExternalReference("match-42", START));
        store.putReminder(KeptReminder.unknown(USER, "gone", START)
                .withExternalReference("match-7", START)
                .withState(ReminderState.DELETED, START));
        store.putReminder(KeptReminder.unknown(OTHER_USER, "theirs", START).withExternalReference("match-99", START));

        assertThat(store.reminderByReference(USER, "match-42"))
                .map(KeptReminder::alertToken)
                .contains("match");
        assertThat(store.reminderByReference(USER, "match-7")).isEmpty();
        assertThat(store.reminderByReference(USER, "match-99")).isEmpty();
        assertThat(store.reminderByReference(USER, "match-4")).isEmpty();
    }

    @Test
    void deletedReminder_isKeptThirtyDaysThenForgotten() {
        store.putReminder(KeptReminder.unknown(USER, "token-1", START).withState(ReminderState.DELETED, START));

        clock.set(START.plus(Duration.ofDays(29)));
        assertThat(store.reminder(USER, "token-1")).map(KeptReminder::state).contains(ReminderState.DELETED);

        clock.set(START.plus(Duration.ofDays(31)));
        assertThat(store.reminder(USER, "token-1")).isEmpty();
        assertThat(store.reminders(USER)).isEmpty();
        assertThat(store.putReminder(KeptReminder.unknown(USER, "token-1", clock.instant())))
                .isTrue();
        assertThat(store.reminder(USER, "token-1")).map(KeptReminder::state).contains(ReminderState.ON);
    }

    @Test
    void markProcessed_isTrueOnce_perUser_untilItExpires() {
        Instant expiresAt = START.plus(Duration.ofHours(1));

        assertThat(store.markProcessed(USER, "event-1", expiresAt)).isTrue();
        assertThat(store.markProcessed(USER, "event-1", expiresAt)).isFalse();
        assertThat(store.markProcessed(OTHER_USER, "event-1", expiresAt)).isTrue();
        assertThat(store.markProcessed(USER, "event-2", expiresAt)).isTrue();

        clock.set(expiresAt);
        assertThat(store.markProcessed(USER, "event-1", expiresAt.plus(Duration.ofHours(1))))
                .isFalse();

        clock.set(expiresAt.plusSeconds(1));
        assertThat(store.markProcessed(USER, "event-1", clock.instant().plus(Duration.ofHours(1))))
                .isTrue();
        assertThat(store.markProcessed(USER, "event-1", clock.instant().plus(Duration.ofHours(1))))
                .isFalse();
    }

    @Test
    void outcome_readsBackAsWritten_withItsReminders() {
        MessageOutcome failed = new MessageOutcome(
                USER,
                "match-42-moved",
                "UPDATE",
                MessageOutcome.Result.FAILED,
                Optional.of("DEVICE_NOT_SUPPORTED"),
                Optional.of("the device cannot take reminders"),
                List.of(fullReminder(USER, "token-1").nextRevision(), KeptReminder.unknown(USER, "token-2", START)),
                START);
        MessageOutcome bare = new MessageOutcome(
                USER,
                "request-1",
                "GET",
                MessageOutcome.Result.SUCCEEDED,
                Optional.empty(),
                Optional.empty(),
                List.of(),
                START);

        store.putOutcome(failed, START.plus(Duration.ofDays(1)));
        store.putOutcome(bare, START.plus(Duration.ofDays(1)));

        assertThat(store.outcome(USER, "match-42-moved")).contains(failed);
        assertThat(store.outcome(USER, "request-1")).contains(bare);
        assertThat(store.outcome(USER, "unknown")).isEmpty();
        assertThat(store.outcome(OTHER_USER, "request-1")).isEmpty();
    }

    @Test
    void outcome_isReplacedByTheNextUnderTheSameReference_andGoneOnceExpired() {
        MessageOutcome first = outcome("match-42", MessageOutcome.Result.REJECTED, START);
        MessageOutcome second = outcome("match-42", MessageOutcome.Result.SUCCEEDED, START.plusSeconds(10));
        Instant expiresAt = START.plus(Duration.ofHours(1));

        store.putOutcome(first, expiresAt);
        store.putOutcome(second, expiresAt);

        assertThat(store.outcome(USER, "match-42")).contains(second);
        clock.set(expiresAt);
        assertThat(store.outcome(USER, "match-42")).contains(second);
        clock.set(expiresAt.plusSeconds(1));
        assertThat(store.outcome(USER, "match-42")).isEmpty();
    }

    @Test
    void timers_readBackAsWritten_untilTheyExpire() {
        KeptTimer pasta = new KeptTimer(USER, "timer-1", Optional.of("pasta"), Duration.ofMinutes(10), START);
        KeptTimer unnamed = new KeptTimer(
                USER, "timer-2", Optional.empty(), Duration.ofHours(2).plusSeconds(30), START);
        store.putTimer(pasta, START.plus(Duration.ofMinutes(10)));
        store.putTimer(unnamed, START.plus(Duration.ofHours(2)));
        store.putTimer(
                new KeptTimer(OTHER_USER, "timer-3", Optional.empty(), Duration.ofMinutes(1), START),
                START.plus(Duration.ofHours(2)));

        assertThat(store.timers(USER, START)).containsExactlyInAnyOrder(pasta, unnamed);
        assertThat(store.timers(USER, START.plus(Duration.ofMinutes(10)))).containsExactlyInAnyOrder(pasta, unnamed);
        assertThat(store.timers(USER, START.plus(Duration.ofMinutes(10)).plusSeconds(1)))
                .containsExactly(unnamed);
        assertThat(store.timers(USER, START.plus(Duration.ofHours(3)))).isEmpty();
    }

    @Test
    void timer_isReplacedByTheNextWithTheSameId() {
        store.putTimer(
                new KeptTimer(USER, "timer-1", Optional.of("pasta"), Duration.ofMinutes(10), START),
                START.plus(Duration.ofHours(1)));
        KeptTimer replaced = new KeptTimer(USER, "timer-1", Optional.of("eggs"), Duration.ofMinutes(5), START);

        store.putTimer(replaced, START.plus(Duration.ofHours(1)));

        assertThat(store.timers(USER, START)).containsExactly(replaced);
    }

    @Test
    void deviceZones_readBackPerUserAndDevice_untilTheyExpire_andAreReplaced() {
        Instant expiresAt = START.plus(Duration.ofHours(1));
        KeptDeviceZone berlin = new KeptDeviceZone(USER, "device-1", ZoneId.of("Europe/Berlin"), expiresAt);
        KeptDeviceZone newYork = new KeptDeviceZone(USER, "device-2", ZoneId.of("America/New_York"), expiresAt);
        KeptDeviceZone othersTokyo = new KeptDeviceZone(OTHER_USER, "device-1", ZoneId.of("Asia/Tokyo"), expiresAt);
        store.putDeviceZone(berlin);
        store.putDeviceZone(newYork);
        store.putDeviceZone(othersTokyo);

        assertThat(store.deviceZone(USER, "device-1", START)).contains(berlin);
        assertThat(store.deviceZone(USER, "device-2", expiresAt)).contains(newYork);
        assertThat(store.deviceZone(OTHER_USER, "device-1", START)).contains(othersTokyo);
        assertThat(store.deviceZone(USER, "device-1", expiresAt.plusSeconds(1))).isEmpty();
        assertThat(store.deviceZone(USER, "device-3", START)).isEmpty();

        KeptDeviceZone lisbon =
                new KeptDeviceZone(USER, "device-1", ZoneId.of("Europe/Lisbon"), expiresAt.plus(Duration.ofHours(1)));
        store.putDeviceZone(lisbon);

        assertThat(store.deviceZone(USER, "device-1", expiresAt.plusSeconds(1))).contains(lisbon);
    }

    @Test
    void deleteUser_forgetsEverythingOfTheUser_andNothingOfAnother() {
        Instant expiresAt = START.plus(Duration.ofDays(1));
        IntStream.range(0, 30).forEach(i -> store.putReminder(KeptReminder.unknown(USER, "token-" + i, START)));
        IntStream.range(0, 5)
                .forEach(i -> store.putTimer(
                        new KeptTimer(USER, "timer-" + i, Optional.empty(), Duration.ofMinutes(1), START), expiresAt));
        IntStream.range(0, 5).forEach(i -> store.markProcessed(USER, "event-" + i, expiresAt));
        store.putDeviceZone(new KeptDeviceZone(USER, "device-1", ZoneId.of("Europe/Berlin"), expiresAt));
        store.putDeviceZone(new KeptDeviceZone(OTHER_USER, "device-1", ZoneId.of("Europe/Berlin"), expiresAt));
        IntStream.range(0, 5)
                .forEach(i ->
                        store.putOutcome(outcome("reference-" + i, MessageOutcome.Result.SUCCEEDED, START), expiresAt));
        store.putReminder(KeptReminder.unknown(OTHER_USER, "token-0", START));
        store.putTimer(new KeptTimer(OTHER_USER, "timer-0", Optional.empty(), Duration.ofMinutes(1), START), expiresAt);
        store.markProcessed(OTHER_USER, "event-0", expiresAt);
        MessageOutcome othersOutcome = new MessageOutcome(
                OTHER_USER,
                "reference-0",
                "GET",
                MessageOutcome.Result.SUCCEEDED,
                Optional.empty(),
                Optional.empty(),
                List.of(),
                START);
        store.putOutcome(othersOutcome, expiresAt);

        store.deleteUser(USER);

        assertThat(store.reminders(USER)).isEmpty();
        assertThat(store.timers(USER, START)).isEmpty();
        assertThat(store.deviceZone(USER, "device-1", START)).isEmpty();
        assertThat(store.deviceZone(OTHER_USER, "device-1", START))
                .map(KeptDeviceZone::zone)
                .contains(ZoneId.of("Europe/Berlin"));
        assertThat(store.outcome(USER, "reference-0")).isEmpty();
        assertThat(store.markProcessed(USER, "event-0", expiresAt)).isTrue();
        assertThat(store.reminders(OTHER_USER))
                .extracting(KeptReminder::alertToken)
                .containsExactly("token-0");
        assertThat(store.timers(OTHER_USER, START)).hasSize(1);
        assertThat(store.markProcessed(OTHER_USER, "event-0", expiresAt)).isFalse();
        assertThat(store.outcome(OTHER_USER, "reference-0")).contains(othersOutcome);
    }

    @Test
    void deleteUser_ofAnUnknownUser_doesNothing() {
        store.putReminder(KeptReminder.unknown(OTHER_USER, "token-0", START));

        store.deleteUser(USER);

        assertThat(store.reminders(OTHER_USER)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "a#b",
                "USER#x",
                "../../etc/passwd",
                "C:\\con\\nul",
                "line\nbreak\u0000nul",
                "Grüße 👋 日本",
                "\"quoted\" 'and' {json}"
            })
    void oddIds_areKeptApartAndReadBack(String odd) {
        String userId = "amzn1.ask.account." + odd;
        KeptReminder reminder = KeptReminder.unknown(userId, "token" + odd, START)
                .withExternalReference("ref" + odd, START)
                .withText(odd, START);
        KeptTimer timer = new KeptTimer(userId, "timer" + odd, Optional.of(odd), Duration.ofMinutes(1), START);
        MessageOutcome outcome = new MessageOutcome(
                userId,
                "ref" + odd,
                odd,
                MessageOutcome.Result.SUCCEEDED,
                Optional.of(odd),
                Optional.empty(),
                List.of(reminder.nextRevision()),
                START);
        Instant expiresAt = START.plus(Duration.ofHours(1));

        store.putReminder(reminder);
        store.putTimer(timer, expiresAt);
        store.putOutcome(outcome, expiresAt);

        assertThat(store.reminder(userId, "token" + odd)).contains(reminder.nextRevision());
        assertThat(store.reminderByReference(userId, "ref" + odd)).contains(reminder.nextRevision());
        assertThat(store.timers(userId, START)).containsExactly(timer);
        assertThat(store.outcome(userId, "ref" + odd)).contains(outcome);
        assertThat(store.markProcessed(userId, "event" + odd, expiresAt)).isTrue();
        assertThat(store.markProcessed(userId, "event" + odd, expiresAt)).isFalse();
        assertThat(store.reminders(userId.substring(0, userId.length() - 1))).isEmpty();
        store.deleteUser(userId);
        assertThat(store.reminders(userId)).isEmpty();
    }

    @Test
    void longUserId_andToken_work() {
        String userId = "amzn1.ask.account." + "A".repeat(400);
        String alertToken = "amzn1.alexa.reminder." + "b".repeat(300);

        store.putReminder(KeptReminder.unknown(userId, alertToken, START));

        assertThat(store.reminder(userId, alertToken)).isPresent();
    }

    static KeptReminder fullReminder(String userId, String alertToken) {
        return new KeptReminder(
                userId,
                alertToken,
                Optional.of("Match day: Arsenal v Spurs"),
                Optional.of(
                        "{\"type\":\"SCHEDULED_ABSOLUTE\",\"scheduledTime\":\"2100-11-29T15:00:00\",\"timeZoneId\":\"Europe/London\"}"),
                ReminderState.COMPLETED,
                Optional.of("match-42"),
                Optional.of(Instant.parse("2100-11-22T09:59:58.123456789Z")),
                Optional.of(Instant.parse("2100-11-21T08:00:00Z")),
                START,
                0);
    }

    static MessageOutcome outcome(String reference, MessageOutcome.Result result, Instant at) {
        return new MessageOutcome(USER, reference, "DELETE", result, Optional.empty(), Optional.empty(), List.of(), at);
    }

    private static void incrementUntilApplied(SkillStore instance) {
        for (int call = 1; ; call++) {
            try {
                instance.updateReminder(USER, "counter", START, SkillStoreContract::increment);
                return;
            } catch (StoreException keptChanging) {
                if (call == 20) {
                    throw keptChanging;
                }
            }
        }
    }

    /** Adds one to the count the reminder's text holds. */
    private static KeptReminder increment(KeptReminder reminder) {
        int count = reminder.text().map(Integer::parseInt).orElse(0);
        return reminder.withText(String.valueOf(count + 1), reminder.updatedAt());
    }
}
