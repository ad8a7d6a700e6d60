package com.example.reminderskill.cli;

import com.example.reminderskill.store.MessageOutcome;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code outcome [--data-dir DIR] USER_ID REFERENCE}: what became of a skill message, as the local
 * skill recorded it (the message's client reference, else its request id). Prints the outcome as
 * JSON and exits 0; exits 1 when none is recorded (yet: messages are delivered asynchronously).
 */
final class OutcomeCommand {

    static final String USAGE = "usage: outcome [--data-dir DIR] USER_ID REFERENCE";

    int run(String[] args, PrintStream out, PrintStream err) {
        Optional<String> dataDir = Optional.empty();
        List<String> operands = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir") && i + 1 < args.length) {
                dataDir = Optional.of(args[++i]);
            } else if (args[i].startsWith("--")) {
                return usageError(err, "unknown option or missing value: " + args[i]);
            } else {
                operands.add(args[i]);
            }
        }
        if (operands.size() != 2) {
            return usageError(err, "needs USER_ID and REFERENCE");
        }
        Optional<MessageOutcome> outcome;
        try {
            outcome = LocalData.open(dataDir, Clock.systemUTC()).outcome(operands.get(0), operands.get(1));
        } catch (RuntimeException e) {
            err.println("outcome: " + e.getMessage());
            return Main.USAGE;
        }
        if (outcome.isEmpty()) {
            err.println("outcome: none recorded for " + operands.get(1) + " in "
                    + LocalData.folder(dataDir).toAbsolutePath().normalize());
            return 1;
        }
        out.println(outcome.get().toJson());
        return Main.OK;
    }

    private static int usageError(PrintStream err, String message) {
        err.println("outcome: " + message);
        err.println(USAGE);
        return Main.USAGE;
    }
}
