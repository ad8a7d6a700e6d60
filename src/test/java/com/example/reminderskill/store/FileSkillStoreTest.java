package com.example.reminderskill.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file store: the shared contract, plus restarts, corrupt files and several processes on one folder. */
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
    void eachUser_hasOneFileNamedByTheSha256OfTheUserId() throws Exception {
        store.putReminder(KeptReminder.unknown(USER, "token-1", START));
        store.putReminder(KeptReminder.unknown(OTHER_USER, "token-1", START));

        assertThat(userFile(USER)).isRegularFile();
        assertThat(userFile(OTHER_USER)).isRegularFile();
        try (Stream<Path> files = Files.list(folder.resolve("users"))) {
            assertThat(files).hasSize(2);
        }
        assertThat(Files.readString(userFile(USER))).doesNotContain(OTHER_USER);
    }

    @Test
    void deleteUser_removesTheUsersFile() {
        store.putReminder(KeptReminder.unknown(USER, "token-1", START));

        store.deleteUser(USER);

        assertThat(userFile(USER)).doesNotExist();
    }

    @Test
    void expiredEntries_arePrunedFromTheFileOnTheNextWrite() throws Exception {
        store.markProcessed(USER, "event-old", START.plusSeconds(60));
        store.putOutcome(outcome("reference-old", MessageOutcome.Result.SUCCEEDED, START), START.plusSeconds(60));
        store.putTimer(new KeptTimer(USER, "timer-old", Optional.empty(), Duration.ofMinutes(1), START), START.plusSeconds(60));
        clock.set(START.plus(Duration.ofHours(1)));

        store.markProcessed(USER, "event-new", clock.instant().plusSeconds(60));

        assertThat(Files.readString(userFile(USER)))
                .contains("event-new")
                .doesNotContain("event-old", "reference-old", "timer-old");
    }

    @Test
    void corruptUserFile_failsWithTheFileName_andIsLeftAsItIs() throws Exception {
        store.putReminder(KeptReminder.unknown(USER, "token-1", START));
        Path file = userFile(USER);
        byte[] corrupt = "{\"version\":1,\"userId\":\"amzn1.ask.account.AGF7EXAMPLE\",\"reminders\":[{\"value\":{\"alertTok".getBytes(StandardCharsets.UTF_8);
        Files.write(file, corrupt);

        StoreException onRead = catchThrowableOfType(StoreException.class, () -> store.reminder(USER, "token-1"));
        StoreException onWrite = catchThrowableOfType(StoreException.class,
                () -> store.putReminder(KeptReminder.unknown(USER, "token-2", START)));

        assertThat(onRead).hasMessageContaining(file.getFileName().toString()).hasMessageContaining("corrupt");
        assertThat(onWrite).hasMessageContaining(file.getFileName().toString());
        assertThat(Files.readAllBytes(file)).isEqualTo(corrupt);
        assertThat(store.reminders(OTHER_USER)).isEmpty();
    }

    @Test
    void corruptUserFile_isStillDeletedWhenTheUserIsForgotten() throws Exception {
        store.putReminder(KeptReminder.unknown(USER, "token-1", START));
        Files.writeString(userFile(USER), "not json");

        store.deleteUser(USER);

        assertThat(userFile(USER)).doesNotExist();
        assertThat(store.reminders(USER)).isEmpty();
    }

    @Test
    void userFileWithAMissingRequiredField_isCorruptToo() throws Exception {
        store.putReminder(KeptReminder.unknown(USER, "token-1", START));
        Path file = userFile(USER);
        String withoutState = Files.readString(file).replace("\"state\":\"ON\",", "");
        Files.writeString(file, withoutState);

        StoreException failure = catchThrowableOfType(StoreException.class, () -> store.reminders(USER));

        assertThat(failure).hasMessageContaining(file.getFileName().toString()).hasMessageContaining("'state'");
        assertThat(Files.readString(file)).isEqualTo(withoutState);
    }

    @Test
    void severalProcessesOnOneFolder_loseNoUpdate() throws Exception {
        int incrementsEach = 40;
        List<Process> children = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                children.add(new ProcessBuilder(javaExecutable(), "-cp", System.getProperty("java.class.path"),
                        OtherProcess.class.getName(), folder.toString(), String.valueOf(incrementsEach))
                        .redirectError(ProcessBuilder.Redirect.INHERIT)
                        .start());
            }
            for (Process child : children) {
                BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
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
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(userId.getBytes(StandardCharsets.UTF_8));
            return folder.resolve("users").resolve(HexFormat.of().formatHex(hash) + ".json");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Another process using the same folder, as {@code invoke} beside {@code serve}: increments the shared counter. */
    static final class OtherProcess {

        public static void main(String[] args) throws IOException {
            SkillStore store = FileSkillStore.open(Path.of(args[0]));
            System.out.println("ready");
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            increment(store, Integer.parseInt(args[1]));
        }

        static void increment(SkillStore store, int times) {
            for (int i = 0; i < times; i++) {
                store.updateReminder(USER, "counter", START, reminder -> reminder.withText(
                        String.valueOf(reminder.text().map(Integer::parseInt).orElse(0) + 1), START));
            }
        }
    }
}
