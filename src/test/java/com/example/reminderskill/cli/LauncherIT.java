package com.example.reminderskill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/reminder-skill} is the jar's command line: its first {@code invoke} goes through
 * {@code java -jar} (which creates the start-up archive and leaves the child's options for the
 * launcher), every later one starts one JVM with those options; other commands, and
 * {@code REMINDER_SKILL_ARCHIVE=off}, are plain {@code java -jar}. A {@code java} that logs its
 * arguments before running the real one shows which way each run took.
 */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("bin/reminder-skill");

    @TempDir
    Path cache;

    @TempDir
    Path data;

    @TempDir
    Path javaHome;

    @Test
    void invoke_goesThroughJavaJarOnce_thenStartsOneJvmWithTheArchive_withTheSameAnswer() throws Exception {
        CommandRun first = launch(Map.of(), "invoke", "--data-dir", data.toString(), "examples/requests/launch.json");
        CommandRun second = launch(Map.of(), "invoke", "--data-dir", data.toString(), "examples/requests/launch.json");

        assertThat(first.exit()).isZero();
        assertThat(first.stdout()).contains("<speak>");
        assertThat(second).isEqualTo(first);
        List<String> runs = javaRuns();
        assertThat(runs).hasSize(2);
        assertThat(runs.get(0)).startsWith("-jar ");
        Path options = launchOptions();
        assertThat(runs.get(1)).startsWith("@" + options + " -jar ");
        assertThat(Files.readString(options))
                .contains("\"-XX:SharedArchiveFile=" + cache.resolve("reminder-skill"))
                .contains("\"-Dreminder-skill.archived-start=using\"");
    }

    @Test
    void anArchiveRemovedFromTheCache_isMadeAgainThroughJavaJar() throws Exception {
        launch(Map.of(), "invoke", "--data-dir", data.toString(), "examples/requests/launch.json");
        try (Stream<Path> files = Files.list(cache.resolve("reminder-skill"))) {
            for (Path archive :
                    files.filter(file -> file.toString().endsWith(".jsa")).toList()) {
                Files.delete(archive);
            }
        }

        CommandRun again = launch(Map.of(), "invoke", "--data-dir", data.toString(), "examples/requests/launch.json");
        CommandRun after = launch(Map.of(), "invoke", "--data-dir", data.toString(), "examples/requests/launch.json");

        assertThat(again.exit()).isZero();
        assertThat(after).isEqualTo(again);
        List<String> runs = javaRuns();
        assertThat(runs).hasSize(3);
        assertThat(runs.get(1)).startsWith("-jar ");
        assertThat(runs.get(2)).startsWith("@" + launchOptions() + " -jar ");
    }

    @Test
    void otherCommands_andTheArchiveSwitchedOff_arePlainJavaJar() throws Exception {
        launch(Map.of(), "invoke", "--data-dir", data.toString(), "examples/requests/launch.json");

        CommandRun off = launch(
                Map.of(ArchivedStart.SWITCH, "off"),
                "invoke",
                "--data-dir",
                data.toString(),
                "examples/requests/launch.json");
        CommandRun validate = launch(Map.of(), "validate", "no-such-body.json");

        assertThat(off.exit()).isZero();
        assertThat(off.stdout()).contains("<speak>");
        assertThat(validate.exit()).isEqualTo(2);
        List<String> runs = javaRuns();
        assertThat(runs).hasSize(3);
        assertThat(runs.get(1)).startsWith("-jar ");
        assertThat(runs.get(2)).startsWith("-jar ").endsWith(" validate no-such-body.json");
    }

    private Path launchOptions() throws IOException {
        try (Stream<Path> files = Files.list(cache.resolve("reminder-skill"))) {
            List<Path> options = files.filter(
                            file -> file.getFileName().toString().endsWith(".args"))
                    .toList();
            assertThat(options).hasSize(1);
            return options.get(0);
        }
    }

    /** The arguments each run of the launcher gave {@code java}, one line per run. */
    private List<String> javaRuns() throws IOException {
        Path log = javaHome.resolve("runs.log");
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    private CommandRun launch(Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        Path java = javaHome.resolve("bin/java");
        if (!Files.exists(java)) {
            Files.createDirectories(java.getParent());
            Files.writeString(
                    java,
                    "#!/bin/sh\necho \"$*\" >> '" + javaHome.resolve("runs.log") + "'\nexec '"
                            + Path.of(System.getProperty("java.home"), "bin", "java") + "' \"$@\"\n");
            assertThat(java.toFile().setExecutable(true)).isTrue();
        }
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().remove(ArchivedStart.LAUNCH_OPTIONS);
        builder.environment().putAll(environment);
        return CommandRun.of(builder, cache);
    }
}
