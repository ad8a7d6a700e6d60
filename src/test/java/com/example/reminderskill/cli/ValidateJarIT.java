package com.example.reminderskill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded deployment jar as scripts use it: {@code java -jar lambda/lib/reminder-skill.jar validate ...}. */
class ValidateJarIT {

    private static final Path JAR = Path.of(System.getProperty("deployment.jar", "lambda/lib/reminder-skill.jar"));

    @TempDir
    Path dir;

    @Test
    void validate_runsFromTheDeploymentJarWithTheContractsOutputAndExitCodes() throws Exception {
        Path recurring = Files.writeString(dir.resolve("recurring.json"), """
                {"requestTime": "2019-09-22T19:04:00.672",
                 "trigger": {"type": "SCHEDULED_ABSOLUTE", "scheduledTime": "2019-09-22T19:00:00.000",
                   "timeZoneId": "America/Los_Angeles",
                   "recurrence": {"startDateTime": "2019-05-10T6:00:00.000", "endDateTime": "2019-08-10T10:00:00.000",
                     "recurrenceRules": ["FREQ=DAILY;BYHOUR=6;BYMINUTE=10;BYSECOND=0;INTERVAL=1;",
                                         "FREQ=DAILY;BYHOUR=17;BYMINUTE=15;BYSECOND=0;INTERVAL=1;"]}},
                 "alertInfo": {"spokenInfo": {"content": [{"locale": "en-US", "text": "walk the dog", "ssml": "<speak> walk the dog</speak>"}]}},
                 "pushNotification": {"status": "ENABLED"}}
                """);
        Path hourly = Files.writeString(
                dir.resolve("hourly.json"),
                Files.readString(recurring).replace("FREQ=DAILY;BYHOUR=6;", "FREQ=HOURLY;BYHOUR=6;"));
        Path missing = dir.resolve("missing.json");

        Result valid = validate("--now", "2019-09-22T10:00:00Z", recurring.toString());
        Result invalid = validate("--now", "2019-09-22T10:00:00Z", recurring.toString(), hourly.toString());
        Result unusable = validate("--now", "2019-09-22T10:00:00Z", recurring.toString(), missing.toString());

        assertThat(valid.exit()).isZero();
        assertThat(valid.stdout()).containsExactly(recurring + ": OK");
        assertThat(invalid.exit()).isEqualTo(1);
        assertThat(invalid.stdout())
                .containsExactly(
                        recurring + ": OK",
                        hourly
                                + ": UNSUPPORTED_TRIGGER_RECURRENCE trigger.recurrence.recurrenceRules[0]: FREQ=HOURLY is not supported;"
                                + " use DAILY, WEEKLY, MONTHLY or YEARLY");
        assertThat(unusable.exit()).isEqualTo(2);
        assertThat(unusable.stdout()).containsExactly(recurring + ": OK", missing + ": FILE_NOT_FOUND no such file");
    }

    private record Result(int exit, List<String> stdout) {}

    private Result validate(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString(),
                "validate"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), stdout.lines().toList());
    }
}
