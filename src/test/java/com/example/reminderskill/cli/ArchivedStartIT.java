package com.example.reminderskill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar lambda/lib/reminder-skill.jar invoke ...} runs in a child JVM with a start-up
 * archive it creates on first use: same output, error lines and exit codes as one JVM gives.
 */
class ArchivedStartIT {

    private static final Path JAR = Path.of(System.getProperty("deployment.jar", "lambda/lib/reminder-skill.jar"));

    @TempDir
    Path cache;

    @TempDir
    Path data;

    @Test
    void invoke_createsTheArchiveOnFirstUse_thenUsesIt_withTheOutputOfOneJvm() throws Exception {
        CommandRun alone = invoke(Map.of(ArchivedStart.SWITCH, "off"), "examples/requests/launch.json");
        CommandRun creating = invoke(Map.of(), "examples/requests/launch.json");
        List<Path> archives = archives();
        CommandRun archived = invoke(Map.of(), "examples/requests/launch.json");

        assertThat(alone.exit()).isZero();
        assertThat(alone.stdout()).contains("<speak>");
        assertThat(creating).isEqualTo(alone);
        assertThat(archives).hasSize(1);
        assertThat(archived).isEqualTo(alone);
        assertThat(archives()).isEqualTo(archives);
    }

    @Test
    void anArchiveCreatedByALaunch_holdsWhatTheTurnsThatCallAlexaApisLoad() throws Exception {
        invoke(Map.of(), "examples/requests/launch.json");
        List<Path> archives = archives();
        assertThat(archives).hasSize(1);

        // The JVM lists an archive's classes, for the class path it was made with.
        Process listing = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:SharedArchiveFile=" + archives.get(0),
                        "-XX:+PrintSharedArchiveAndExit",
                        "-cp",
                        JAR.toAbsolutePath().toString())
                .redirectErrorStream(true)
                .start();
        String classes = new String(listing.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(listing.waitFor(60, TimeUnit.SECONDS)).isTrue();

        // A launch loads none of these; the archive holds them because the creating run trained it.
        assertThat(classes)
                .contains("com.amazon.ask.model.services.reminderManagement.ReminderResponse ")
                .contains("com.amazon.ask.model.services.reminderManagement.GetRemindersResponse ")
                .contains("com.amazon.ask.model.services.timerManagement.TimerResponse ");
    }

    @Test
    void invoke_ofAMissingFile_saysSoAndExits2_asOneJvmDoes() throws Exception {
        CommandRun alone = invoke(Map.of(ArchivedStart.SWITCH, "off"), "no-such-event.json");
        CommandRun relaunched = invoke(Map.of(), "no-such-event.json");

        assertThat(alone.exit()).isEqualTo(2);
        assertThat(alone.stderr()).isEqualTo("invoke: no-such-event.json: no such file\n");
        assertThat(relaunched).isEqualTo(alone);
        assertThat(archives()).isEmpty();
    }

    private List<Path> archives() throws IOException {
        Path folder = cache.resolve("reminder-skill");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private CommandRun invoke(Map<String, String> environment, String event) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString(),
                "invoke",
                "--data-dir",
                data.toString(),
                event));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        builder.environment().putAll(environment);
        return CommandRun.of(builder, cache);
    }
}
