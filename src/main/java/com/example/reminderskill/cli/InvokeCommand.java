package com.example.reminderskill.cli;

import com.example.reminderskill.alerts.reminders.ReminderClient;
import com.example.reminderskill.emulator.AlexaEmulator;
import com.example.reminderskill.skill.EnvelopeJson;
import com.example.reminderskill.store.SkillStore;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * {@code invoke [--emulator URL] [--data-dir DIR] EVENT.json}: runs the skill once on an Alexa
 * request envelope and prints the response envelope. Alexa API calls go to an embedded emulator
 * that lives for this one call, or with {@code --emulator} to a running one (of {@code emulator}
 * or {@code serve}), so that what it creates outlives the call.
 */
final class InvokeCommand {

    static final String USAGE = "usage: invoke [--emulator URL] [--data-dir DIR] EVENT.json";

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

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
                err.println(
                        arg.startsWith("--")
                                ? "invoke: unknown option or missing value: " + arg
                                : "invoke: one EVENT.json only");
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
        // The SDK's mapper (which building the skill waits for) and the Reminders API's serializer cost a cold
        // turn 50-100 ms: a second core builds them while this one reaches the emulator and assembles the skill.
        // An anonymous class, not a lambda: the JVM's first lambda costs 20 ms, which this thread should not wait for.
        Thread warmUp = new Thread(
                new Runnable() {
                    @Override
                    public void run() {
                        JsonNode envelope;
                        try {
                            envelope = EnvelopeJson.read(request);
                        } catch (IOException e) {
                            return; // The turn says what is wrong with it.
                        }
                        EnvelopeJson.warmUp(envelope);
                        // Only an intent may call the Reminders API; a launch leaves this core to the emulator's
                        // answer.
                        if ("IntentRequest"
                                .equals(envelope.path("request").path("type").asText())) {
                            try {
                                ReminderClient.warmUp();
                            } catch (RuntimeException e) {
                                // Only a warm-up: the turn itself reports what goes wrong.
                            }
                        }
                    }
                },
                "json-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        try {
            if (emulatorUrl.isPresent()) {
                // The running emulator's time may have been moved ahead: the skill and its store follow it.
                URI base = URI.create(emulatorUrl.get());
                RemoteEmulator running = new RemoteEmulator(base);
                RemoteClock clock = running.clock();
                LocalSkillRunner runner = new LocalSkillRunner(base, running, clock, LocalData.open(dataDir, clock));
                clock.await();
                out.println(runner.handle(request));
                return Main.OK;
            }
            // The emulator starts beside the skill, on two cores at once: half a second of a cold start.
            // It lives for this one call and nobody moves its time, so skill, store and emulator share the system
            // clock.
            Clock clock = Clock.systemUTC();
            SkillStore store = LocalData.open(dataDir, clock);
            int port = freeLoopbackPort();
            CompletableFuture<AlexaEmulator> emulator = CompletableFuture.supplyAsync(
                    () -> AlexaEmulator.builder().port(port).clock(clock).start());
            try {
                URI base = URI.create("http://127.0.0.1:" + port);
                EmulatorTokens tokens = (skillId, userId, inSession, permissions) ->
                        emulator.join().mintToken(skillId, userId, inSession, permissions);
                out.println(new LocalSkillRunner(base, tokens, clock, store).handle(request));
                return Main.OK;
            } finally {
                emulator.thenAccept(AlexaEmulator::close).join();
            }
        } catch (IOException | RuntimeException e) {
            err.println("invoke: " + path + ": " + e.getMessage());
            return Main.USAGE;
        }
    }
}
