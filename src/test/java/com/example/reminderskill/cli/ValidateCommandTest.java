package com.example.reminderskill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    private static final String VALID = """
            {"requestTime": "2026-11-22T10:00:00.000",
             "trigger": {"type": "SCHEDULED_ABSOLUTE", "scheduledTime": "2026-11-23T19:00:00.000", "timeZoneId": "America/Los_Angeles"},
             "alertInfo": {"spokenInfo": {"content": [{"locale": "en-US", "text": "walk the dog"}]}},
             "pushNotification": {"status": "ENABLED"}}
            """;
    /** No timeZoneId: 10:30 on November 22nd is past in Berlin at 10:00 UTC, still ahead in UTC. */
    private static final String DEVICE_ZONE_DEPENDENT = """
            {"requestTime": "2026-11-22T10:00:00.000",
             "trigger": {"type": "SCHEDULED_ABSOLUTE", "scheduledTime": "2026-11-22T10:30:00"},
             "alertInfo": {"spokenInfo": {"content": [{"locale": "en-US", "text": "walk the dog"}]}},
             "pushNotification": {"status": "ENABLED"}}
            """;

    private static final String RELATIVE_ZERO = """
            {"requestTime": "2026-11-22T10:00:00.000",
             "trigger": {"type": "SCHEDULED_RELATIVE", "offsetInSeconds": 0},
             "alertInfo": {"spokenInfo": {"content": [{"locale": "en-US", "text": "walk the dog"}]}},
             "pushNotification": {"status": "ENABLED"}}
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void validate_whenAllFilesValid_printsOkPerFileAndExitsZero() throws IOException {
        Path first = write("a.json", VALID);
        Path second = write("b.json", VALID);

        int exit = run("validate", "--now", "2026-11-22T10:00:00Z", first.toString(), second.toString());

        assertThat(exit).isZero();
        assertThat(lines()).containsExactly(first + ": OK", second + ": OK");
    }

    @Test
    void validate_whenOneFileInvalid_printsItsCodeAndExitsOne() throws IOException {
        Path valid = write("valid.json", VALID);
        Path invalid = write("invalid.json", RELATIVE_ZERO);

        int exit = run("validate", "--now", "2026-11-22T10:00:00Z", valid.toString(), invalid.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(lines()).hasSize(2);
        assertThat(lines().get(0)).isEqualTo(valid + ": OK");
        assertThat(lines().get(1))
                .startsWith(invalid + ": INVALID_TRIGGER_OFFSET trigger.offsetInSeconds 0 must be positive");
    }

    @Test
    void validate_judgesTimesWithoutZoneInTheGivenDeviceZone() throws IOException {
        Path file = write("zone.json", DEVICE_ZONE_DEPENDENT);

        int inUtc = run("validate", "--now", "2026-11-22T10:00:00Z", file.toString());
        int inBerlin =
                run("validate", "--now", "2026-11-22T10:00:00Z", "--time-zone", "Europe/Berlin", file.toString());

        assertThat(inUtc).isZero();
        assertThat(inBerlin).isEqualTo(1);
        assertThat(lines().get(1)).startsWith(file + ": TRIGGER_SCHEDULED_TIME_IN_PAST");
    }

    @Test
    void validate_withoutNow_usesTheClock() throws IOException {
        Path file = write("valid.json", VALID);
        ValidateCommand afterTheReminder =
                new ValidateCommand(Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC));

        int exit = afterTheReminder.run(new String[] {file.toString()}, print(out), print(err));

        assertThat(exit).isEqualTo(1);
        assertThat(lines().get(0)).startsWith(file + ": TRIGGER_SCHEDULED_TIME_IN_PAST");
    }

    @Test
    void validate_updateOption_acceptsABodyWithoutRequestTime() throws IOException {
        Path file = write("update.json", VALID.replace("\"requestTime\": \"2026-11-22T10:00:00.000\",", ""));

        int asCreate = run("validate", "--now", "2026-11-22T10:00:00Z", file.toString());
        int asUpdate = run("validate", "--now", "2026-11-22T10:00:00Z", "--update", file.toString());

        assertThat(asCreate).isEqualTo(1);
        assertThat(asUpdate).isZero();
    }

    @Test
    void validate_whenFileMissingOrNotJson_exitsTwoAndStillReportsEveryFile() throws IOException {
        Path invalid = write("invalid.json", RELATIVE_ZERO);
        Path notJson = write("broken.json", "{\"trigger\": ");
        Path empty = write("empty.json", "");
        Path missing = dir.resolve("missing.json");

        int exit = run(
                "validate",
                "--now",
                "2026-11-22T10:00:00Z",
                invalid.toString(),
                notJson.toString(),
                empty.toString(),
                missing.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(lines()).hasSize(4);
        assertThat(lines().get(0)).startsWith(invalid + ": INVALID_TRIGGER_OFFSET");
        assertThat(lines().get(1)).startsWith(notJson + ": NOT_JSON").contains("line 1");
        assertThat(lines().get(2)).isEqualTo(empty + ": NOT_JSON the file is empty");
        assertThat(lines().get(3)).isEqualTo(missing + ": FILE_NOT_FOUND no such file");
    }

    @Test
    void validate_whenOptionsAreBad_exitsTwoWithUsageOnStderr() throws IOException {
        Path file = write("valid.json", VALID);

        assertThat(run("validate", "--now", "yesterday", file.toString())).isEqualTo(2);
        assertThat(run("validate", "--time-zone", "Mars/Base", file.toString())).isEqualTo(2);
        assertThat(run("validate", "--verbose", file.toString())).isEqualTo(2);
        assertThat(run("validate", "--now")).isEqualTo(2);
        assertThat(run("validate")).isEqualTo(2);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains(
                        "--now 'yesterday' is not an ISO 8601 instant",
                        "--time-zone 'Mars/Base'",
                        "unknown option --verbose",
                        "--now needs a value",
                        "no FILE given",
                        "usage: validate");
    }

    @Test
    void main_whenCommandUnknown_exitsTwo() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command 'frobnicate'", "usage:");
    }

    private int run(String... args) {
        return Main.run(args, print(out), print(err));
    }

    private List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }
}
