package com.example.reminderskill.cli;

import com.example.reminderskill.emulator.AlexaEmulator;
import com.example.reminderskill.store.SkillStore;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code invoke [--emulator URL] [--data-dir DIR] EVENT.json}: runs the skill once on an Alexa
 * request envelope and prints the response envelope. Alexa API calls go to an embedded emulator
 * that lives for this one call, or with {@code --emulator} to a running one (of {@code emulator}
 * or {@code serve}), so that what it creates outlives the call.
 */
final class InvokeCommand {

    private static final String USAGE = "usage: invoke [--emulator URL] [--data-dir DIR] EVENT.json";

    int run(String[] args, PrintStream out, PrintStream err) {
        Optional<String> emulatorUrl = Optional.empty();
        Optional<String> dataDir = Optional.empty();
        Optional<String> file = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if ((arg.equals("--emulator") || arg.equals("--data-dir")) && i + 1 < args.length) {
                if (arg.equals("--emulator")) {
                    emulatorUrl = Optional.of(args[++i]);
                } else {
                    dataDir = Optional.of(args[++i]);
                }
            } else if (arg.startsWith("--") || file.isPresent()) {
                err.println(arg.startsWith("--") ? "invoke: unknown option or missing value: " + arg : "invoke: one EVENT.json only");
                err.println(USAGE);
                return Main.USAGE;
            } else {
                file = Optional.of(arg);
            }
        }
        if (file.isEmpty()) {
            err.println(USAGE);
            return Main.USAGE;
        }
        Path path = Path.of(file.get());
        String request;
        try {
            request = Files.readString(path);
        } catch (NoSuchFileException e) {
            err.println("invoke: " + path + ": no such file");
            return Main.USAGE;
        } catch (IOException e) {
            err.println("invoke: " + path + ": " + e.getMessage());
            return Main.USAGE;
        }
        try {
            SkillStore store = LocalData.open(dataDir);
            if (emulatorUrl.isPresent()) {
                URI base = URI.create(emulatorUrl.get());
                out.println(new LocalSkillRunner(base, EmulatorTokens.remote(base), store).handle(request));
                return Main.OK;
            }
            try (AlexaEmulator emulator = AlexaEmulator.builder().start()) {
                out.println(new LocalSkillRunner(emulator, store).handle(request));
                return Main.OK;
            }
        } catch (IOException | RuntimeException e) {
            err.println("invoke: " + path + ": " + e.getMessage());
            return Main.USAGE;
        }
    }
}
