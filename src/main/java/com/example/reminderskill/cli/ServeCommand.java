package com.example.reminderskill.cli;

import com.example.reminderskill.emulator.AlexaEmulator;
import com.example.reminderskill.emulator.LocalSkill;
import com.example.reminderskill.store.SkillStore;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code serve [--port N] [--emulator-port N] [--data-dir DIR]}: the skill as an HTTP endpoint on
 * 127.0.0.1 (POST / with an Alexa request envelope), with the embedded emulator, which sends its
 * events and skill messages to the skill in process. Every Alexa API call the skill makes goes to
 * the emulator; what the skill keeps goes to the local data folder ({@link LocalData}).
 */
final class ServeCommand {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static final String USAGE = "usage: serve [--port N] [--emulator-port N] [--data-dir DIR]";

    int run(String[] args, PrintStream out, PrintStream err) {
        int port = 8080;
        int emulatorPort = 8123;
        Optional<String> dataDir = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir") && i + 1 < args.length) {
                dataDir = Optional.of(args[++i]);
            } else if ((args[i].equals("--port") || args[i].equals("--emulator-port")) && i + 1 < args.length) {
                int value;
                try {
                    value = Integer.parseInt(args[i + 1]);
                } catch (NumberFormatException e) {
                    value = -1;
                }
                if (value < 0 || value > 65_535) {
                    return usageError(err, args[i] + " '" + args[i + 1] + "' is not a port number from 0 to 65535");
                }
                if (args[i].equals("--port")) {
                    port = value;
                } else {
                    emulatorPort = value;
                }
                i++;
            } else {
                return usageError(
                        err,
                        args[i].startsWith("--")
                                ? "unknown option or missing value: " + args[i]
                                : "unexpected argument " + args[i]);
            }
        }
        AtomicReference<LocalSkillRunner> runner = new AtomicReference<>();
        AlexaEmulator emulator;
        try {
            emulator = AlexaEmulator.builder()
                    .port(emulatorPort)
                    .skillCredentials(LocalSkill.SKILL_ID, LocalSkill.CLIENT_ID, LocalSkill.CLIENT_SECRET)
                    .skillEndpoint(envelope -> runner.get().deliverFromEmulator(envelope))
                    .start();
        } catch (UncheckedIOException e) {
            err.println("serve: " + Main.cannotListen(e));
            return Main.USAGE;
        }
        SkillStore store;
        try {
            // The emulator's clock, which POST /emulator/clock moves: the store expires what it keeps by the same
            // "now".
            store = LocalData.open(dataDir, emulator.clock());
        } catch (RuntimeException e) {
            emulator.close();
            return usageError(err, "cannot keep data in " + LocalData.folder(dataDir) + ": " + e.getMessage());
        }
        runner.set(new LocalSkillRunner(emulator, store));
        HttpServer server;
        try {
            server = listen(port, runner.get());
        } catch (IOException e) {
            emulator.close();
            err.println("serve: could not listen on 127.0.0.1:" + port + ": " + e.getMessage());
            return Main.USAGE;
        }
        String skillUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        out.println("Reminder skill listening on " + skillUrl + " (POST Alexa request envelopes)");
        out.println("Alexa API emulator listening on " + emulator.baseUri());
        out.println("  try: curl -s -X POST " + skillUrl + " -d @examples/requests/launch.json");
        out.println("Skill data kept in "
                + LocalData.folder(dataDir).toAbsolutePath().normalize());
        out.flush();
        return Main.runUntilStopped(() -> {
            server.stop(0);
            emulator.close();
        });
    }

    /** The skill's HTTP side, started on 127.0.0.1:{@code port} (0 picks a free port): POST / answers with {@code runner}. */
    static HttpServer listen(int port, LocalSkillRunner runner) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", exchange -> answer(exchange, runner));
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        return server;
    }

    private static void answer(HttpExchange exchange, LocalSkillRunner runner) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST")) {
                send(exchange, 405, error("POST an Alexa request envelope"));
                return;
            }
            String request;
            try (InputStream in = exchange.getRequestBody()) {
                request = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String response;
            try {
                response = runner.handle(request);
            } catch (BadEnvelopeException e) {
                send(exchange, 400, error(e.getMessage()));
                return;
            } catch (IOException | RuntimeException e) {
                // Not the client's fault: the log keeps the details (no envelope, so no token), the client a plain
                // sentence.
                LOG.error("the skill failed on a request", e);
                send(exchange, 500, error("the skill failed on this request; the serve log says why"));
                return;
            }
            send(exchange, 200, response);
        }
    }

    /** Built by Jackson, so whatever the message holds (quotes, control characters) the body is JSON. */
    private static String error(String message) {
        return MAPPER.createObjectNode().put("error", message).toString();
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static int usageError(PrintStream err, String message) {
        err.println("serve: " + message);
        err.println(USAGE);
        return Main.USAGE;
    }
}
