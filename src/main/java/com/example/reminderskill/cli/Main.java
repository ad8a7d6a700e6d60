package com.example.reminderskill.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;

/** The command line of the deployment jar: {@code java -jar lambda/lib/reminder-skill.jar COMMAND ...}. */
public final class Main {

    static final int OK = 0;
    static final int USAGE = 2;

    private static final String USAGE_TEXT = String.join(System.lineSeparator(),
            "usage: java -jar lambda/lib/reminder-skill.jar COMMAND [OPTIONS]",
            "",
            "commands:",
            "  validate [--now INSTANT] [--time-zone ZONE] [--update] FILE...",
            "      validates Reminders API request bodies locally, as the service would",
            "  emulator [--port N] [--skill-endpoint URL]",
            "      the emulated Alexa APIs on 127.0.0.1 (default port 8123)",
            "  invoke EVENT.json",
            "      runs the skill once on a request envelope against an embedded emulator",
            "  serve [--port N] [--emulator-port N]",
            "      the skill on http://127.0.0.1:8080/ with the embedded emulator on port 8123");

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "validate":
                return new ValidateCommand(Clock.systemUTC()).run(rest, out, err);
            case "emulator":
                return new EmulatorCommand().run(rest, out, err);
            case "invoke":
                return new InvokeCommand().run(rest, out, err);
            case "serve":
                return new ServeCommand().run(rest, out, err);
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
}
