package com.example.reminderskill.cli;

import com.example.reminderskill.http.JdkHttpApiClient;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/** The command line of the deployment jar: {@code java -jar lambda/lib/reminder-skill.jar COMMAND ...}. */
public final class Main {

    static final int OK = 0;
    static final int USAGE = 2;

    private static final String USAGE_TEXT = String.join(
            System.lineSeparator(),
            "usage: java -jar lambda/lib/reminder-skill.jar COMMAND [OPTIONS]",
            "",
            "commands:",
            "  validate [--now INSTANT] [--time-zone ZONE] [--update] FILE...",
            "      validates Reminders API request bodies locally, as the service would",
            "  emulator [--port N] [--skill-endpoint URL] [--max-requests-per-second N] [--max-reminders-per-user N]",
            "      the emulated Alexa APIs on 127.0.0.1 (default port 8123)",
            "  invoke [--emulator URL] [--data-dir DIR] EVENT.json",
            "      runs the skill once on a request envelope against an embedded emulator (or a running one)",
            "  serve [--port N] [--emulator-port N] [--data-dir DIR]",
            "      the skill on http://127.0.0.1:8080/ with the embedded emulator on port 8123",
            "  send-message --user USER_ID --operation GET|UPDATE|DELETE [--alert-token T] [--external-reference R]",
            "      [--client-reference C] [--text TEXT] [--time LOCAL_TIME [--time-zone ZONE]] [--rrule RULE]... | [--no-repeat]",
            "      [--expires-after SECONDS] [--region NA|EU|FE | --endpoint URL] [--credentials FILE]",
            "      sends a skill message, as a web app does (default: to the local emulator on port 8123)",
            "  outcome [--data-dir DIR] USER_ID REFERENCE",
            "      what became of a skill message, as the local skill recorded it",
            "",
            "invoke, serve and outcome keep the skill's data in --data-dir, else $REMINDER_SKILL_DATA, else ./.skill-data");

    private Main() {}

    /** One line for a port that cannot be had (in use, or not ours to take), without a stack trace. */
    static String cannotListen(UncheckedIOException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        return e.getMessage() + ": "
                + (cause instanceof BindException ? "the port is in use or not allowed" : cause.getMessage());
    }

    public static void main(String[] args) {
        Optional<Integer> archived = ArchivedStart.relaunch(args);
        if (archived.isPresent()) {
            System.exit(archived.get());
        }
        JdkHttpApiClient.refuseSilentPostRetries();
        int exit = run(args, System.out, System.err);
        if (exit == OK && ArchivedStart.creatingArchive()) {
            System.out.flush();
            ArchivedStart.train();
        }
        System.exit(exit);
    }

    /**
     * Each command's own usage, which {@code COMMAND --help} prints; in a class of its own, so that a
     * JVM that only relaunches {@code invoke} ({@link ArchivedStart}) does not load the commands.
     */
    private static final class CommandUsage {
        static final Map<String, String> BY_COMMAND = Map.of(
                "validate", ValidateCommand.USAGE,
                "emulator", EmulatorCommand.USAGE,
                "invoke", InvokeCommand.USAGE,
                "serve", ServeCommand.USAGE,
                "send-message", SendMessageCommand.USAGE,
                "outcome", OutcomeCommand.USAGE);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        // No lambda nor `+` on the way to a command, and the usages only when asked for: the JVM's first
        // invokedynamic costs 20 ms, which invoke would pay before it starts its JSON warm-up.
        List<String> options = List.of(rest);
        if ((options.contains("--help") || options.contains("-h")) && CommandUsage.BY_COMMAND.containsKey(args[0])) {
            out.println(CommandUsage.BY_COMMAND.get(args[0]));
            return OK;
        }
        switch (args[0]) {
            case "validate":
                return new ValidateCommand(Clock.systemUTC()).run(rest, out, err);
            case "emulator":
                return new EmulatorCommand().run(rest, out, err);
            case "invoke":
                return new InvokeCommand().run(rest, out, err);
            case "serve":
                return new ServeCommand().run(rest, out, err);
            case "send-message":
                return new SendMessageCommand().run(rest, out, err);
            case "outcome":
                return new OutcomeCommand().run(rest, out, err);
            case "help":
            case "--help":
            case "-h":
                out.println(USAGE_TEXT);
                return OK;
            default:
                err.println("unknown command '" + args[0] + "'");
                err.println(USAGE_TEXT);
                return USAGE;
        }
    }

    /** Serves until the JVM is asked to stop (Ctrl-C, SIGTERM), then stops what it served. */
    static int runUntilStopped(Runnable stop) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.run();
            stopped.countDown();
        }));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return OK;
    }
}
