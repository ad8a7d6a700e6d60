package com.example.reminderskill.bench;

import com.amazon.ask.SkillStreamHandler;
import com.example.reminderskill.alerts.ApiEndpoints;
import com.example.reminderskill.emulator.AlexaEmulator;
import com.example.reminderskill.skill.ReminderSkill;
import com.example.reminderskill.skill.SkillSettings;
import com.example.reminderskill.skill.conversation.Speech;
import com.example.reminderskill.store.FileSkillStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Executors;

/**
 * Create turns through a proxy that holds, drops and fails the skill's Alexa API calls, as the
 * black-box check of issue 14 did: counts lost and duplicate reminders and whether each answer
 * told the truth. Prints figures and asserts nothing. Run by {@code bench/faulty-network.sh}:
 * {@code FaultyNetworkBenchmark [TURNS] [SEED]}.
 */
public final class FaultyNetworkBenchmark {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SKILL_ID = "amzn1.ask.skill.faulty-network";
    private static final String USER = "amzn1.ask.account.faulty-network";
    private static final String SCOPE = "alexa::alerts:reminders:skill:readwrite";
    /** Longer than the wrapper's 2.5-second attempt timeout: the create lands after it gave up on it. */
    private static final int HOLD_MILLIS = 2800;

    /** What the proxy does to one call. */
    private enum Fault {
        PASS,
        HOLD,
        DROP_AFTER_FORWARDING,
        DROP_BEFORE_FORWARDING,
        ANSWER_503,
        ANSWER_500_AFTER_FORWARDING
    }

    private FaultyNetworkBenchmark() {}

    public static void main(String[] args) throws Exception {
        int turns = args.length > 0 ? Integer.parseInt(args[0]) : 160;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 14;
        Clock clock = Clock.systemUTC();
        try (AlexaEmulator emulator =
                AlexaEmulator.builder().port(0).clock(clock).start()) {
            Map<Fault, Integer> played = new HashMap<>();
            HttpServer proxy = startProxy(emulator.baseUri(), new Random(seed), played);
            try {
                URI proxyUri =
                        URI.create("http://127.0.0.1:" + proxy.getAddress().getPort());
                SkillStreamHandler handler = new SkillStreamHandler(ReminderSkill.create(new SkillSettings(
                        ApiEndpoints.localEmulator(proxyUri),
                        Optional.of(SKILL_ID),
                        clock,
                        FileSkillStore.open(Files.createTempDirectory("faulty-network"), clock)))) {};
                run(handler, emulator, turns, seed, played);
            } finally {
                proxy.stop(0);
            }
        }
    }

    private static void run(
            SkillStreamHandler handler, AlexaEmulator emulator, int turns, long seed, Map<Fault, Integer> played)
            throws Exception {
        Speech speech = Speech.forLocale("en-US");
        String created = speech.say("reminder.created", "", "").substring(0, 20);
        String maybe = speech.say("reminder.maybeCreated");
        String busy = speech.say("error.retry");
        String[] answers = new String[turns];
        long[] millis = new long[turns];
        for (int i = 0; i < turns; i++) {
            long start = System.nanoTime();
            JsonNode response = MAPPER.readTree(turn(handler, emulator, "task " + i));
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            String said = response.at("/response/outputSpeech/ssml").asText();
            answers[i] = said.contains(created)
                    ? "created"
                    : said.contains(maybe) ? "maybe" : said.contains(busy) ? "busy" : "other";
        }
        Thread.sleep(HOLD_MILLIS + 1000L);
        Map<String, Integer> kept = new HashMap<>();
        listed(emulator)
                .forEach(alert -> kept.merge(
                        alert.at("/alertInfo/spokenInfo/content/0/text").asText(), 1, Integer::sum));
        int lost = 0;
        int duplicates = 0;
        int dishonestBusy = 0;
        int maybeSet = 0;
        Map<String, Integer> byAnswer = new HashMap<>();
        for (int i = 0; i < turns; i++) {
            int copies = kept.getOrDefault("task " + i, 0);
            byAnswer.merge(answers[i], 1, Integer::sum);
            lost += answers[i].equals("created") && copies == 0 ? 1 : 0;
            duplicates += copies > 1 ? 1 : 0;
            dishonestBusy += answers[i].equals("busy") && copies > 0 ? 1 : 0;
            maybeSet += answers[i].equals("maybe") && copies > 0 ? 1 : 0;
        }
        Arrays.sort(millis);
        System.out.printf("faulty network (seed %d): %d create turns; proxy played %s%n", seed, turns, played);
        System.out.printf("answers: %s%n", byAnswer);
        System.out.printf(
                "lost (confirmed, not kept): %d; turns that left duplicates: %d; 'busy, try again' that had created one: %d;"
                        + " 'may be set' that were set: %d of %d%n",
                lost, duplicates, dishonestBusy, maybeSet, byAnswer.getOrDefault("maybe", 0));
        System.out.printf(
                "turn time: p50 %d ms, p99 %d ms, max %d ms%n",
                millis[turns / 2], millis[Math.min(turns - 1, turns * 99 / 100)], millis[turns - 1]);
    }

    private static String turn(SkillStreamHandler handler, AlexaEmulator emulator, String text) throws IOException {
        ObjectNode envelope = MAPPER.createObjectNode().put("version", "1.0");
        ObjectNode system = envelope.putObject("context").putObject("System");
        system.putObject("application").put("applicationId", SKILL_ID);
        system.putObject("user")
                .put("userId", USER)
                .putObject("permissions")
                .putObject("scopes")
                .putObject(SCOPE)
                .put("status", "GRANTED");
        system.put("apiEndpoint", "https://api.amazonalexa.com")
                .put("apiAccessToken", emulator.mintToken(SKILL_ID, USER, true, Set.of(SCOPE)));
        ObjectNode session =
                envelope.putObject("session").put("new", false).put("sessionId", "amzn1.echo-api.session.faulty");
        session.putObject("application").put("applicationId", SKILL_ID);
        session.putObject("user").put("userId", USER);
        ObjectNode intent = envelope.putObject("request")
                .put("type", "IntentRequest")
                .put("requestId", "amzn1.echo-api.request." + text.hashCode())
                .put("timestamp", emulator.clock().instant().toString())
                .put("locale", "en-US")
                .put("dialogState", "COMPLETED")
                .putObject("intent")
                .put("name", "CreateRelativeReminderIntent")
                .put("confirmationStatus", "CONFIRMED");
        ObjectNode slots = intent.putObject("slots");
        slots.putObject("reminderText").put("name", "reminderText").put("value", text);
        slots.putObject("duration").put("name", "duration").put("value", "PT2H");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(
                new ByteArrayInputStream(envelope.toString().getBytes(StandardCharsets.UTF_8)), out, null);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Every reminder the emulator keeps for the user, following {@code links} from page to page. */
    private static List<JsonNode> listed(AlexaEmulator emulator) throws IOException {
        List<JsonNode> all = new ArrayList<>();
        String path = "/v1/alerts/reminders";
        while (path != null) {
            HttpURLConnection connection =
                    (HttpURLConnection) emulator.baseUri().resolve(path).toURL().openConnection();
            connection.setRequestProperty(
                    "Authorization", "Bearer " + emulator.mintToken(SKILL_ID, USER, true, Set.of(SCOPE)));
            try (InputStream in = connection.getInputStream()) {
                JsonNode page = MAPPER.readTree(in);
                page.path("alerts").forEach(all::add);
                path = page.path("links").isTextual()
                                && !page.path("links").asText().isBlank()
                        ? page.path("links").asText()
                        : null;
            }
        }
        return all;
    }

    private static HttpServer startProxy(URI target, Random random, Map<Fault, Integer> played) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            Fault fault;
            synchronized (random) {
                fault = pick(random.nextInt(100));
                played.merge(fault, 1, Integer::sum);
            }
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                switch (fault) {
                    case DROP_BEFORE_FORWARDING -> {
                        return;
                    }
                    case ANSWER_503 -> {
                        send(
                                exchange,
                                503,
                                "{\"code\":\"SERVICE_UNAVAILABLE\",\"message\":\"proxy\"}"
                                        .getBytes(StandardCharsets.UTF_8));
                        return;
                    }
                    case HOLD -> sleep(HOLD_MILLIS);
                    default -> {}
                }
                Answer answer = forward(target, exchange, body);
                switch (fault) {
                    case DROP_AFTER_FORWARDING -> {}
                    case ANSWER_500_AFTER_FORWARDING ->
                        send(
                                exchange,
                                500,
                                "{\"code\":\"INTERNAL_SERVER_ERROR\",\"message\":\"proxy\"}"
                                        .getBytes(StandardCharsets.UTF_8));
                    default -> send(exchange, answer.status(), answer.body());
                }
            } catch (IOException clientGone) {
                // A held call's client stopped waiting; the call was forwarded all the same.
            }
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        return server;
    }

    /** 60% pass, 12% held past the attempt timeout, 8% dropped after forwarding, 8% before, 8% 503, 4% 500 after forwarding. */
    private static Fault pick(int roll) {
        if (roll < 60) {
            return Fault.PASS;
        }
        if (roll < 72) {
            return Fault.HOLD;
        }
        if (roll < 80) {
            return Fault.DROP_AFTER_FORWARDING;
        }
        if (roll < 88) {
            return Fault.DROP_BEFORE_FORWARDING;
        }
        return roll < 96 ? Fault.ANSWER_503 : Fault.ANSWER_500_AFTER_FORWARDING;
    }

    private record Answer(int status, byte[] body) {}

    private static Answer forward(URI target, HttpExchange exchange, byte[] body) throws IOException {
        HttpURLConnection connection = (HttpURLConnection)
                target.resolve(exchange.getRequestURI().toString()).toURL().openConnection();
        connection.setRequestMethod(exchange.getRequestMethod());
        Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization"))
                .ifPresent(value -> connection.setRequestProperty("Authorization", value));
        if (body.length > 0) {
            connection.setRequestProperty("Content-Type", "application/json");
            connection.setDoOutput(true);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
        }
        int status = connection.getResponseCode();
        try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
            return new Answer(status, in == null ? new byte[0] : in.readAllBytes());
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
