package com.example.reminderskill.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file store: the shared contract, plus its layout, restarts, corrupt files, version 1 folders and several processes on one folder. */
class FileSkillStoreTest extends SkillStoreContract {

    @TempDir
    Path folder;

    @Override
    protected void freshData() {
        // @TempDir gives every test an empty folder.
    }

    @Override
    protected SkillStore openStore(Clock clock) {
        return FileSkillStore.open(folder, clock);
    }

    @Test
    void open_createsTheFolder() {
        Path nested = folder.resolve("not/there/yet");

        FileSkillStore.open(nested, clock).markProcessed(USER, "event-1", START.plusSeconds(60));

        assertThat(nested.resolve("users")).isDirectory();
    }

    @Test
    void data_survivesReopeningTheFolder() {
        Instant expiresAt = START.plus(Duration.ofHours(1));
        KeptReminder reminder = fullReminder(USER, "token-1");
        KeptTimer timer = new KeptTimer(USER, "timer-1", Optional.of("pasta"), Duration.ofMinutes(10), START);
        MessageOutcome outcome = outcome("match-42", MessageOutcome.Result.SUCCEEDED, START);
        store.putReminder(reminder);
        store.putTimer(timer, expiresAt);
        store.markProcessed(USER, "event-1", expiresAt);
        store.putOutcome(outcome, expiresAt);

        SkillStore reopened = FileSkillStore.open(folder, clock);

        assertThat(reopened.reminder(USER, "token-1")).contains(reminder.nextRevision());
        assertThat(reopened.timers(USER, START)).containsExactly(timer);
        assertThat(reopened.outcome(USER, "match-42")).contains(outcome);
        assertThat(reopened.markProcessed(USER, "event-1", expiresAt)).isFalse();
    }

    @Test
    void eachUser_hasAUserFileAndOneFilePerItem_namedByTheSha256OfTheirIds() throws Exception {
        store.putReminder(KeptReminder.unknown(USER, "token-1", START));
        store.putReminder(KeptReminder.unknown(USER, "token-2", START));
        store.markProcessed(USER, "event-1", START.plusSeconds(60));
        store.putReminder(KeptReminder.unknown(OTHER_USER, "token-1", START));

        assertThat(userFile(USER)).isRegularFile();
        assertThat(userFile(OTHER_USER)).isRegularFile();
        try (Stream<Path> files = Files.list(folder.resolve("users"))) {
            assertThat(files).hasSize(2);
        }
        assertThat(Files.readString(userFile(USER))).contains("\"version\":2").doesNotContain(OTHER_USER, "token-1");
        assertThat(itemFile(USER, "reminders", "token-1")).isRegularFile();
        assertThat(Files.readString(itemFile(USER, "reminders", "token-2")))
                .contains("token-2")
                .doesNotContain("token-1");
        assertThat(Files.readString(itemFile(USER, "processed", "event-1"))).contains("event-1");
        try (Stream<Path> files =
                Files.list(itemFile(USER, "reminders", "token-1").getParent())) {
            assertThat(files).hasSize(2);
        }
    }

    /** Releases before version 2 read every user file as one of version 1, which has an array of reminders. */
    @Test
    void userFile_isNoUserWithoutDataToAnEarlierRelease() throws Exception {
        store.putReminder(KeptReminder.unknown(USER, "token-1", START));

        JsonNode header = StoreJson.parse(Files.readString(userFile(USER)));

        assertThat(header.get("version").asInt()).isEqualTo(2);
        assertThat(header.path("reminders").isTextual()).isTrue();
    }

    @Test
    void aWrite_readsNoneOfTheUsersOtherItems() throws Exception {
        store.putReminder(KeptReminder.unknown(USER, "token-1", START));
        store.putTimer(
                new KeptTimer(USER, "timer-1", Optional.empty(), Duration.ofMinutes(1), START), START.plusSeconds(60));
        Files.writeString(itemFile(USER, "reminders", "token-1"), "not json");
        Files.writeString(itemFile(USER, "timers", "timer-1"), "not json");

        assertThat(store.putReminder(KeptReminder.unknown(USER, "token-2", START)))
                .isTrue();
        assertThat(store.updateReminder(USER, "token-2", START, reminder -> reminder.withText("pasta", START))
                        .revision())
                .isEqualTo(2);
        assertThat(store.markProcessed(USER, "event-1", START.plusSeconds(60))).isTrue();

        assertThat(store.reminder(USER, "token-2")).map(KeptReminder::text).contains(Optional.of("pasta"));
    }

    @Test
    void deleteUser_removesTheUsersFileAndItemFolder() {
        store.putReminder(KeptReminder.unknown(USER, "token-1", START));
        store.putReminder(KeptReminder.unknown(OTHER_USER, "token-1", START));

        store.deleteUser(USER);

        assertThat(userFile(USER)).doesNotExist();
        assertThat(itemFolder(USER)).doesNotExist();
        assertThat(itemFile(OTHER_USER, "reminders", "token-1")).isRegularFile();
    }

    @Test
    void itemFilesLeftByADeletionCutShort_countForNothing_andGoWithTheNextWrite() throws Exception {
        store.putReminder(KeptReminder.unknown(USER, "token-1", START));
        Files.delete(userFile(USER));

        assertThat(store.reminders(USER)).isEmpty();
        assertThat(store.reminder(USER, "token-1")).isEmpty();

        store.putReminder(KeptReminder.unknown(USER, "token-2", START));

        assertThat(itemFile(USER, "reminders", "token-1")).doesNotExist();
        assertThat(store.reminders(USER)).extracting(KeptReminder::alertToken).containsExactly("token-2");
    }

    @Test
    void expiredItems_areDeletedWhenReadOrListed() {
        store.putOutcome(outcome("reference-old", MessageOutcome.Result.SUCCEEDED, START), START.plusSeconds(60));
        store.putTimer(
                new KeptTimer(USER, "timer-old", Optional.empty(), Duration.ofMinutes(1), START),
                START.plusSeconds(60));
        store.putDeviceZone(new KeptDeviceZone(USER, "device-old", ZoneId.of("Europe/Berlin"), START.plusSeconds(60)));
        store.putReminder(KeptReminder.unknown(USER, "token-gone", START).withState(ReminderState.DELETED, START));
        store.putReminder(KeptReminder.unknown(USER, "token-on", START));
        clock.set(START.plus(Duration.ofDays(31)));

        assertThat(store.outcome(USER, "reference-old")).isEmpty();
        assertThat(store.timers(USER, clock.instant())).isEmpty();
        assertThat(store.deviceZone(USER, "device-old", clock.instant())).isEmpty();
        assertThat(store.reminders(USER)).extracting(KeptReminder::alertToken).containsExactly("token-on");

        assertThat(itemFile(USER, "outcomes", "reference-old")).doesNotExist();
        assertThat(itemFile(USER, "timers", "timer-old")).doesNotExist();
        assertThat(itemFile(USER, "devices", "device-old")).doesNotExist();
        assertThat(itemFile(USER, "reminders", "token-gone")).doesNotExist();
        assertThat(itemFile(USER, "reminders", "token-on")).isRegularFile();
    }

    @Test
    void expiredItems_thatNoReadTouches_areSweptByAWriteAnHourOn() {
        store.markProcessed(USER, "event-old", START.plusSeconds(60));
        store.putOutcome(outcome("reference-old", MessageOutcome.Result.SUCCEEDED, START), START.plusSeconds(60));
        store.putTimer(
                new KeptTimer(USER, "timer-old", Optional.empty(), Duration.ofMinutes(1), START),
                START.plusSeconds(60));
        store.markProcessed(USER, "event-kept", START.plus(Duration.ofDays(1)));

        clock.set(START.plus(FileSkillStore.SWEEP_EVERY).minusSeconds(1));
        store.markProcessed(USER, "event-new", clock.instant().plusSeconds(60));
        assertThat(itemFile(USER, "processed", "event-old")).isRegularFile();

        clock.set(START.plus(FileSkillStore.SWEEP_EVERY));
        store.markProcessed(USER, "event-newer", clock.instant().plusSeconds(60));

        assertThat(itemFile(USER, "processed", "event-old")).doesNotExist();
        assertThat(itemFile(USER, "outcomes", "reference-old")).doesNotExist();
        assertThat(itemFile(USER, "timers", "timer-old")).doesNotExist();
        assertThat(itemFile(USER, "processed", "event-kept")).isRegularFile();
        assertThat(itemFile(USER, "processed", "event-newer")).isRegularFile();
    }

    @Test
    void aCorruptItemFile_isLeftByTheSweep_andStopsNoWrite() throws Exception {
        store.markProcessed(USER, "event-old", START.plusSeconds(60));
        store.putReminder(KeptReminder.unknown(USER, "token-1", START));
        Files.writeString(itemFile(USER, "reminders", "token-1"), "not json");
        clock.set(START.plus(FileSkillStore.SWEEP_EVERY));

        assertThat(store.markProcessed(USER, "event-new", clock.instant().plusSeconds(60)))
                .isTrue();

        assertThat(itemFile(USER, "processed", "event-old")).doesNotExist();
        assertThat(Files.readString(itemFile(USER, "reminders", "token-1"))).isEqualTo("not json");
        assertThat(catchThrowableOfType(StoreException.class, () -> store.reminders(USER)))
                .hasMessageContaining(
                        itemFile(USER, "reminders", "token-1").getFileName().toString());
    }

    @Test
    void corruptUserFile_failsWithTheFileName_andIsLeftAsItIs() throws Exception {
        store.putReminder(KeptReminder.unknown(USER, "token-1", START));
        Path file = userFile(USER);
        byte[] corrupt =
                "{\"version\":2,\"userId\":\"amzn1.ask.account.AGF7EXAMPLE\",\"swept".getBytes(StandardCharsets.UTF_8);
        Files.write(file, corrupt);

        StoreException onRead = catchThrowableOfType(StoreException.class, () -> store.reminder(USER, "token-1"));
        StoreException onWrite = catchThrowableOfType(
                StoreException.class, () -> store.putReminder(KeptReminder.unknown(USER, "token-2", START)));

        assertThat(onRead).hasMessageContaining("users/" + file.getFileName()).hasMessageContaining("corrupt");
        assertThat(onWrite).hasMessageContaining(file.getFileName().toString());
        assertThat(Files.readAllBytes(file)).isEqualTo(corrupt);
        assertThat(itemFile(USER, "reminders", "token-2")).doesNotExist();
        assertThat(store.reminders(OTHER_USER)).isEmpty();
    }

    @Test
    void corruptItemFile_failsWithTheFileName_andIsLeftAsItIs() throws Exception {
        store.putReminder(KeptReminder.unknown(USER, "token-1", START));
        Path file = itemFile(USER, "reminders", "token-1");
        Files.writeString(file, "{\"value\":{\"alertTok");

        StoreException onRead = catchThrowableOfType(StoreException.class, () -> store.reminder(USER, "token-1"));
        StoreException onList = catchThrowableOfType(StoreException.class, () -> store.reminders(USER));
        StoreException onWrite = catchThrowableOfType(
                StoreException.class,
                () -> store.updateReminder(USER, "token-1", START, reminder -> reminder.withText("pasta", START)));

        String name = "items/" + itemFolder(USER).getFileName() + "/reminders/" + file.getFileName();
        assertThat(onRead).hasMessageContaining("reminder file " + name).hasMessageContaining("corrupt");
        assertThat(onList).hasMessageContaining(name);
        assertThat(onWrite).hasMessageContaining(name);
        assertThat(Files.readString(file)).isEqualTo("{\"value\":{\"alertTok");
    }

    @Test
    void itemFileHoldingAnotherId_isCorrupt() throws Exception {
        store.putReminder(KeptReminder.unknown(USER, "token-1", START));
        store.putReminder(KeptReminder.unknown(USER, "token-2", START));
        Files.copy(
                itemFile(USER, "reminders", "token-2"),
                itemFile(USER, "reminders", "token-1"),
                StandardCopyOption.REPLACE_EXISTING);

        StoreException failure = catchThrowableOfType(StoreException.class, () -> store.reminder(USER, "token-1"));

        assertThat(failure)
                .hasMessageContaining(
                        itemFile(USER, "reminders", "token-1").getFileName().toString())
                .hasMessageContaining("another reminder");
    }

    @Test
    void corruptFiles_areStillDeletedWhenTheUserIsForgotten() throws Exception {
        store.putReminder(KeptReminder.unknown(USER, "token-1", START));
        Files.writeString(userFile(USER), "not json");
        Files.writeString(itemFile(USER, "reminders", "token-1"), "not json");

        store.deleteUser(USER);

        assertThat(userFile(USER)).doesNotExist();
        assertThat(itemFolder(USER)).doesNotExist();
        assertThat(store.reminders(USER)).isEmpty();
    }

    @Test
    void itemFileWithAMissingRequiredField_isCorruptToo() throws Exception {
        store.putReminder(KeptReminder.unknown(USER, "token-1", START));
        Path file = itemFile(USER, "reminders", "token-1");
        String withoutState = Files.readString(file).replace("\"state\":\"ON\",", "");
        Files.writeString(file, withoutState);

        StoreException failure = catchThrowableOfType(StoreException.class, () -> store.reminders(USER));

        assertThat(failure).hasMessageContaining(file.getFileName().toString()).hasMessageContaining("'state'");
        assertThat(Files.readString(file)).isEqualTo(withoutState);
    }

    /** A folder written by a release that kept each user in one file of version 1, as its {@code UserData.toJson} wrote it. */
    @Test
    void userFileOfVersion1_isReadBack_andMovedIntoItemFilesOnFirstTouch() throws Exception {
        Files.writeString(userFile(USER), versionOneFile(USER));
        Files.writeString(userFile(OTHER_USER), versionOneFile(OTHER_USER));
        KeptReminder full = fullReminder(USER, "token-1").nextRevision().nextRevision();

        assertThat(store.reminder(USER, "token-1")).contains(full);

        assertThat(Files.readString(userFile(USER)))
                .contains("\"version\":2")
                .doesNotContain("token-1", "Europe/Berlin");
        assertThat(itemFile(USER, "reminders", "token-1")).isRegularFile();
        assertThat(itemFile(USER, "processed", "event-old")).doesNotExist();
        assertThat(store.reminders(USER))
                .extracting(KeptReminder::alertToken)
                .containsExactlyInAnyOrder("token-1", "token-gone");
        assertThat(store.reminder(USER, "token-gone")).map(KeptReminder::state).contains(ReminderState.DELETED);
        assertThat(store.reminderByReference(USER, "match-42")).contains(full);
        assertThat(store.timers(USER, START))
                .containsExactly(new KeptTimer(USER, "timer-1", Optional.of("pasta"), Duration.ofMinutes(10), START));
        assertThat(store.deviceZone(USER, "device-1", START))
                .contains(new KeptDeviceZone(
                        USER, "device-1", ZoneId.of("Europe/Berlin"), START.plus(Duration.ofHours(1))));
        assertThat(store.outcome(USER, "match-42"))
                .contains(new MessageOutcome(
                        USER,
                        "match-42",
                        "UPDATE",
                        MessageOutcome.Result.FAILED,
                        Optional.of("DEVICE_NOT_SUPPORTED"),
                        Optional.of("no reminders here"),
                        List.of(full),
                        START));
        assertThat(store.markProcessed(USER, "event-1", START.plus(Duration.ofDays(1))))
                .isFalse();
        assertThat(store.markProcessed(USER, "event-old", START.plus(Duration.ofDays(1))))
                .isTrue();
        assertThat(store.putReminder(full)).isTrue();
        assertThat(store.reminder(USER, "token-1")).map(KeptReminder::revision).contains(3L);

        assertThat(Files.readString(userFile(OTHER_USER))).contains("\"version\": 1");
        assertThat(store.markProcessed(OTHER_USER, "event-1", START.plus(Duration.ofDays(1))))
                .isFalse();
        assertThat(Files.readString(userFile(OTHER_USER))).contains("\"version\":2");
        assertThat(store.reminders(OTHER_USER)).hasSize(2);
    }

    @Test
    void corruptUserFileOfVersion1_failsWithTheFileName_andIsLeftAsItIs() throws Exception {
        String withoutState = versionOneFile(USER).replace("\"state\": \"COMPLETED\",", "");
        Files.writeString(userFile(USER), withoutState);

        StoreException onRead = catchThrowableOfType(StoreException.class, () -> store.reminders(USER));
        StoreException onWrite = catchThrowableOfType(
                StoreException.class, () -> store.markProcessed(USER, "event-2", START.plusSeconds(60)));

        assertThat(onRead)
                .hasMessageContaining("users/" + userFile(USER).getFileName())
                .hasMessageContaining("'state'");
        assertThat(onWrite).hasMessageContaining(userFile(USER).getFileName().toString());
        assertThat(Files.readString(userFile(USER))).isEqualTo(withoutState);
        assertThat(itemFolder(USER)).doesNotExist();
    }

    @Test
    void userFileOfAnUnknownVersion_isRefused() throws Exception {
        Files.writeString(userFile(USER), "{\"version\":3,\"userId\":\"" + USER + "\"}");

        StoreException failure = catchThrowableOfType(StoreException.class, () -> store.reminders(USER));

        assertThat(failure)
                .hasMessageContaining(userFile(USER).getFileName().toString())
                .hasMessageContaining("version 3");
    }

    @Test
    void severalProcessesOnOneFolder_loseNoUpdate() throws Exception {
        int incrementsEach = 40;
        List<Process> children = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                children.add(new ProcessBuilder(
                                javaExecutable(),
                                "-cp",
                                System.getProperty("java.class.path"),
                                OtherProcess.class.getName(),
                                folder.toString(),
                                String.valueOf(incrementsEach))
                        .redirectError(ProcessBuilder.Redirect.INHERIT)
                        .start());
            }
            for (Process child : children) {
                BufferedReader output =
                        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
                assertThat(output.readLine()).isEqualTo("ready");
            }
            for (Process child : children) {
                OutputStream input = child.getOutputStream();
                input.write("go\n".getBytes(StandardCharsets.UTF_8));
                input.flush();
            }
            OtherProcess.increment(store, incrementsEach);
            for (Process child : children) {
                assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(child.exitValue()).isZero();
            }
        } finally {
            children.forEach(Process::destroyForcibly);
        }

        KeptReminder counter = store.reminder(USER, "counter").orElseThrow();
        assertThat(counter.text()).contains(String.valueOf(3 * incrementsEach));
        assertThat(counter.revision()).isEqualTo(3 * incrementsEach);
    }

    private Path userFile(String userId) {
        return folder.resolve("users").resolve(sha256(userId) + ".json");
    }

    private Path itemFolder(String userId) {
        return folder.resolve("items").resolve(sha256(userId));
    }

    private Path itemFile(String userId, String kind, String id) {
        return itemFolder(userId).resolve(kind).resolve(sha256(id) + ".json");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A user file of version 1 as earlier releases wrote it (pretty-printed here): every entry
     * {"value": ..., "expiresAt": ...}; "event-old" has expired at START.
     */
    private static String versionOneFile(String userId) {
        return """
                {
                  "version": 1,
                  "userId": "%1$s",
                  "reminders": [
                    {"value": {"userId": "%1$s", "alertToken": "token-1", "text": "Match day: Arsenal v Spurs",
                               "trigger": {"type": "SCHEDULED_ABSOLUTE", "scheduledTime": "2100-11-29T15:00:00", "timeZoneId": "Europe/London"},
                               "state": "COMPLETED", "externalReference": "match-42", "lastEventAt": "2100-11-22T09:59:58.123456789Z",
                               "lastStartedAt": "2100-11-21T08:00:00Z", "updatedAt": "2100-11-22T10:00:00Z", "revision": 2}},
                    {"value": {"userId": "%1$s", "alertToken": "token-gone", "state": "DELETED", "externalReference": "match-7",
                               "updatedAt": "2100-11-22T10:00:00Z", "revision": 1},
                     "expiresAt": "2100-12-22T10:00:00Z"}
                  ],
                  "timers": [
                    {"value": {"userId": "%1$s", "timerId": "timer-1", "label": "pasta", "duration": "PT10M",
                               "createdAt": "2100-11-22T10:00:00Z"},
                     "expiresAt": "2100-11-22T11:10:00Z"}
                  ],
                  "deviceZones": [
                    {"value": {"userId": "%1$s", "deviceId": "device-1", "timeZone": "Europe/Berlin", "expiresAt": "2100-11-22T11:00:00Z"},
                     "expiresAt": "2100-11-22T11:00:00Z"}
                  ],
                  "processed": {"event:1": "2100-11-23T10:00:00Z", "event-1": "2100-11-23T10:00:00Z", "event-old": "2100-11-22T09:00:00Z"},
                  "outcomes": [
                    {"value": {"userId": "%1$s", "reference": "match-42", "operation": "UPDATE", "result": "FAILED",
                               "code": "DEVICE_NOT_SUPPORTED", "detail": "no reminders here",
                               "reminders": [{"userId": "%1$s", "alertToken": "token-1", "text": "Match day: Arsenal v Spurs",
                                              "trigger": {"type": "SCHEDULED_ABSOLUTE", "scheduledTime": "2100-11-29T15:00:00", "timeZoneId": "Europe/London"},
                                              "state": "COMPLETED", "externalReference": "match-42",
                                              "lastEventAt": "2100-11-22T09:59:58.123456789Z", "lastStartedAt": "2100-11-21T08:00:00Z",
                                              "updatedAt": "2100-11-22T10:00:00Z", "revision": 2}],
                               "at": "2100-11-22T10:00:00Z"},
                     "expiresAt": "2100-11-23T10:00:00Z"}
                  ]
                }
                """.formatted(userId);
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Another process using the same folder, as {@code invoke} beside {@code serve}: increments the shared counter. */
    static final class OtherProcess {

        public static void main(String[] args) throws IOException {
            SkillStore store = FileSkillStore.open(Path.of(args[0]), Clock.systemUTC());
            System.out.println("ready");
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            increment(store, Integer.parseInt(args[1]));
        }

        static void increment(SkillStore store, int times) {
            for (int i = 0; i < times; i++) {
                store.updateReminder(
                        USER,
                        "counter",
                        START,
                        reminder -> reminder.withText(
                                String.valueOf(
                                        reminder.text().map(Integer::parseInt).orElse(0) + 1),
                                START));
            }
        }
    }
}
