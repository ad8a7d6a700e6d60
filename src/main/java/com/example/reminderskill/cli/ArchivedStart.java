package com.example.reminderskill.cli;

import com.example.reminderskill.skill.SkillPriming;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Gives {@code java -jar reminder-skill.jar invoke ...} the fast start of an AppCDS archive without
 * the user knowing its flags: the command runs in a child JVM that maps the classes from an
 * archive made by and for this JDK and this jar, with C1 only (one compiler thread) and the serial GC. The first run
 * creates the archive (JDK 19+ with {@code -XX:+AutoCreateSharedArchive}, which also refreshes it;
 * JDK 17 with {@code -XX:ArchiveClassesAtExit}, moved into place when the run succeeds), in the
 * user's cache folder ({@code $XDG_CACHE_HOME} or {@code ~/.cache}, then {@code reminder-skill/}).
 * The run that creates the archive also runs every turn the skill primes ({@link #train}), so that
 * the archive serves a create as well as the launch that happened to make it.
 * Only {@code invoke} relaunches: its time is mostly class loading, and it ends on its own (a
 * long-running {@code serve} gains little and should stay one process). Nothing relaunches when
 * the JVM was given options (the user chose them), when {@value #SWITCH} is {@code off}, or when
 * no cache folder can be written; the child inherits standard input, output and error, and its
 * exit code is the command's.
 */
final class ArchivedStart {

    /** {@code off} runs every command in the JVM that {@code java -jar} started. */
    static final String SWITCH = "REMINDER_SKILL_ARCHIVE";

    /** Where {@code bin/reminder-skill} wants the child's JVM options, to start the next {@code invoke} without a parent. */
    static final String LAUNCH_OPTIONS = "REMINDER_SKILL_LAUNCH_OPTIONS";

    private static final String CHILD = "reminder-skill.archived-start";
    private static final String CREATING = "creating";
    private static final int AUTO_CREATE_SINCE = 19;

    private ArchivedStart() {}

    /** Runs {@code args} in a child JVM with the archive, and returns its exit code; empty when this JVM should run them. */
    static Optional<Integer> relaunch(String[] args) {
        if (args.length == 0
                || !args[0].equals("invoke")
                || System.getProperty(CHILD) != null
                || "off".equals(System.getenv(SWITCH))
                || !startedPlainly()) {
            return Optional.empty();
        }
        Optional<Path> jar = jar();
        Optional<Path> folder = cacheFolder();
        if (jar.isEmpty() || folder.isEmpty()) {
            return Optional.empty();
        }
        Path archive = folder.get().resolve(archiveName(jar.get()));
        try {
            if (!Files.exists(archive)) {
                dropOutdated(jar.get(), archive);
            }
            return Optional.of(run(jar.get(), archive, args));
        } catch (IOException e) {
            // A child that cannot start is no reason to fail: this JVM runs the command instead.
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(Main.USAGE);
        }
    }

    /**
     * Whether this JVM is the child that creates the archive at its exit: after the command, it runs
     * every primed turn ({@link #train}), so that the archive holds what any turn loads.
     */
    static boolean creatingArchive() {
        return CREATING.equals(System.getProperty(CHILD));
    }

    /**
     * Runs every turn the skill primes, on a throwaway skill with the embedded emulator, so that the
     * archive this JVM writes at its exit serves a create as well as the launch that made it.
     * Best effort and silent: the command's answer is already out, and an archive without some
     * classes is only slower.
     */
    static void train() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        // The skill logs its turns (the SLF4J simple logger looks up System.err at each line): none may follow the
        // answer.
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        System.setOut(nowhere);
        System.setErr(nowhere);
        try {
            SkillPriming.primeEveryTurn(Clock.systemUTC());
        } catch (RuntimeException e) {
            // The archive holds what the command itself loaded.
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private static int run(Path jar, Path archive, String[] args) throws IOException, InterruptedException {
        boolean autoCreates = Runtime.version().feature() >= AUTO_CREATE_SINCE;
        boolean archived = Files.isReadable(archive);
        Optional<Path> creating = Optional.empty();
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        if (archived || autoCreates) {
            command.addAll(options(archive, archived ? "using" : CREATING));
        } else {
            creating = Optional.of(Files.createTempFile(archive.getParent(), "creating-", ".jsa"));
            Files.delete(creating.get());
            command.addAll(options(creating.get(), CREATING));
        }
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(Arrays.asList(args));
        Process child = new ProcessBuilder(command).inheritIO().start();
        // Not a method reference: linking the JVM's first one costs this JVM 5 ms before the child runs.
        Runtime.getRuntime().addShutdownHook(new Thread() {
            @Override
            public void run() {
                child.destroy();
            }
        });
        int exit = child.waitFor();
        if (creating.isPresent()) {
            keep(creating.get(), archive, exit == Main.OK);
        }
        String launchOptions = System.getenv(LAUNCH_OPTIONS);
        if (exit == Main.OK && launchOptions != null && !launchOptions.isBlank() && Files.isReadable(archive)) {
            writeLaunchOptions(Path.of(launchOptions), options(archive, "using"));
        }
        return exit;
    }

    /**
     * The child's JVM options: the archive to use ({@code mode} "using"), or to create at exit
     * ({@value #CREATING}, which also trains it); C1 with one compiler thread, the serial GC.
     */
    private static List<String> options(Path archive, String mode) {
        List<String> options = new ArrayList<>(List.of(
                "-D" + CHILD + "=" + mode,
                "-XX:TieredStopAtLevel=1",
                // One compiler thread: invoke runs three threads of its own on what is often two cores.
                "-XX:CICompilerCount=1",
                "-XX:+UseSerialGC",
                // No hsperfdata file for monitoring tools to find: a command this short is not watched.
                "-XX:-UsePerfData",
                // The JVM's own notes (CDS warnings while archiving) would mix with the command's output.
                "-Xlog:disable",
                "-Xlog:all=error:stderr"));
        if (Runtime.version().feature() >= AUTO_CREATE_SINCE) {
            options.add("-XX:+AutoCreateSharedArchive");
            options.add("-XX:SharedArchiveFile=" + archive);
        } else if (mode.equals(CREATING)) {
            options.add("-XX:ArchiveClassesAtExit=" + archive);
        } else {
            options.add("-XX:SharedArchiveFile=" + archive);
        }
        return options;
    }

    /**
     * Writes the child's options as a {@code java @file} argument file, where {@code bin/reminder-skill}
     * asked for it: that launcher then starts {@code invoke} straight in one JVM with the archive. Best
     * effort: without the file the launcher goes through {@code java -jar} again.
     */
    private static void writeLaunchOptions(Path file, List<String> options) {
        StringBuilder text = new StringBuilder();
        for (String option : options) {
            // Quoted, with the argument file's escapes, so that a path with spaces stays one option.
            text.append('"')
                    .append(option.replace("\\", "\\\\").replace("\"", "\\\""))
                    .append("\"\n");
        }
        try {
            Path written = Files.createTempFile(file.toAbsolutePath().getParent(), "launch-", ".tmp");
            Files.writeString(written, text);
            Files.move(written, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            // The next launch goes through java -jar and tries again.
        }
    }

    /** Moves a new archive into place (a rival run's equal archive may win the race), or drops it. */
    private static void keep(Path created, Path archive, boolean succeeded) {
        try {
            if (succeeded && Files.isReadable(created)) {
                Files.move(created, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.deleteIfExists(created);
            }
        } catch (IOException e) {
            // Without the archive the next run creates one again.
        }
    }

    /** {@code java -jar JAR ...} and nothing before {@code -jar}: no JVM option the child would have to repeat. */
    private static boolean startedPlainly() {
        Optional<String[]> arguments = ProcessHandle.current().info().arguments();
        return arguments.isPresent() && arguments.get().length > 0 && arguments.get()[0].equals("-jar");
    }

    private static Optional<Path> jar() {
        try {
            Path location = Path.of(ArchivedStart.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return location.toString().endsWith(".jar") && Files.isRegularFile(location)
                    ? Optional.of(location.toAbsolutePath())
                    : Optional.empty();
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> cacheFolder() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        Path folder = base.resolve("reminder-skill");
        try {
            Files.createDirectories(folder);
            return Files.isWritable(folder) ? Optional.of(folder) : Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** Archives of one jar's path start alike: a new build replaces its predecessor's. */
    private static String prefix(Path jar) {
        return "invoke-" + Integer.toHexString(jar.toString().hashCode()) + "-";
    }

    /** One archive per jar (path, size, time) and JDK: another build or JDK gets its own. */
    private static String archiveName(Path jar) {
        File file = jar.toFile();
        String build = String.join(
                "|",
                Long.toString(file.length()),
                Long.toString(file.lastModified()),
                System.getProperty("java.home"),
                System.getProperty("java.vm.version"));
        return prefix(jar) + Integer.toHexString(build.hashCode()) + ".jsa";
    }

    /** Deletes the archives earlier builds of this jar left (16 MB each). */
    private static void dropOutdated(Path jar, Path archive) {
        try (Stream<Path> archives = Files.list(archive.getParent())) {
            archives.filter(other -> other.getFileName().toString().startsWith(prefix(jar)) && !other.equals(archive))
                    .forEach(other -> {
                        try {
                            Files.deleteIfExists(other);
                        } catch (IOException e) {
                            // Another run may hold or have removed it; the next new build tries again.
                        }
                    });
        } catch (IOException | UncheckedIOException e) {
            // Left over archives cost disk space only.
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
