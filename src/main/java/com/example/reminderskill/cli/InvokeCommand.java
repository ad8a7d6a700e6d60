package com.example.reminderskill.cli;

import com.example.reminderskill.emulator.AlexaEmulator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@code invoke EVENT.json}: runs the skill once on an Alexa request envelope and prints the
 * response envelope. Alexa API calls go to an embedded emulator that lives for this one call.
 */
final class InvokeCommand {

    private static final String USAGE = "usage: invoke EVENT.json";

    int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1 || args[0].startsWith("--")) {
            err.println(USAGE);
            return Main.USAGE;
        }
        Path file = Path.of(args[0]);
        String request;
        try {
            request = Files.readString(file);
        } catch (NoSuchFileException e) {
            err.println("invoke: " + file + ": no such file");
            return Main.USAGE;
        } catch (IOException e) {
            err.println("invoke: " + file + ": " + e.getMessage());
            return Main.USAGE;
        }
        try (AlexaEmulator emulator = AlexaEmulator.builder().start()) {
            out.println(new LocalSkillRunner(emulator).handle(request));
            return Main.OK;
        } catch (IOException | RuntimeException e) {
            err.println("invoke: " + file + ": " + e.getMessage());
            return Main.USAGE;
        }
    }
}
