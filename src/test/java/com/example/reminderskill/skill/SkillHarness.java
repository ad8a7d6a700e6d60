package com.example.reminderskill.skill;

import com.example.reminderskill.alerts.ApiEndpoints;
import com.example.reminderskill.emulator.AlexaEmulator;
import com.example.reminderskill.retry.RetryPolicy;
import com.example.reminderskill.skill.conversation.ReminderPermission;
import com.example.reminderskill.store.FileSkillStore;
import com.example.reminderskill.store.SkillStore;
import com.example.reminderskill.testing.TestClocks;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** The skill as Lambda runs it (JSON through the {@link LambdaHandler}'s {@link TreeStreamHandler}), its Alexa APIs on an emulator. */
final class SkillHarness implements AutoCloseable {

    static final ObjectMapper MAPPER = new ObjectMapper();
    /** Where the harness's ticking clock starts: a Sunday morning in November, in UTC. */
    static final Instant START = Instant.parse("2026-11-22T10:00:00Z");

    final AlexaEmulator emulator;
    /** What the skill keeps, in a folder of its own that {@link #close()} removes. */
    final SkillStore store;

    private final Path storeFolder;
    private final TreeStreamHandler handler;
    private final boolean receivesEvents;

    /** On a clock that starts at {@link #START} and ticks: time passes, but today's date never matters. */
    SkillHarness(String skillId, AlexaEmulator.Builder emulatorBuilder) {
        this(skillId, emulatorBuilder, TestClocks.tickingFrom(START));
    }

    /**
     * On {@code clock}: the emulator runs on it (plus however far a test moves the emulator) and
     * the skill and its store on the emulator's clock, so all three agree on "now".
     */
    SkillHarness(String skillId, AlexaEmulator.Builder emulatorBuilder, Clock clock) {
        this(skillId, emulatorBuilder, clock, RetryPolicy.DEFAULT);
    }

    SkillHarness(String skillId, AlexaEmulator.Builder emulatorBuilder, Clock clock, RetryPolicy retries) {
        this(skillId, emulatorBuilder, clock, retries, false);
    }

    /** With {@code receivesEvents}, the emulator's reminder events and skill messages go to this skill, as on Alexa. */
    SkillHarness(
            String skillId,
            AlexaEmulator.Builder emulatorBuilder,
            Clock clock,
            RetryPolicy retries,
            boolean receivesEvents) {
        this.receivesEvents = receivesEvents;
        if (receivesEvents) {
            emulatorBuilder.skillEndpoint(envelope -> {
                call(MAPPER.readTree(envelope));
                return true;
            });
        }
        try {
            storeFolder = Files.createTempDirectory("skill-store");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        emulator = emulatorBuilder.clock(clock).start();
        store = FileSkillStore.open(storeFolder, emulator.clock());
        SkillSettings settings = new SkillSettings(
                ApiEndpoints.localEmulator(emulator.baseUri()), Optional.of(skillId), emulator.clock(), retries, store);
        handler = new TreeStreamHandler(ReminderSkill.create(settings));
    }

    /** Waits until the emulator has delivered every event and message it queued. */
    void awaitDelivery() {
        try {
            emulator.awaitDelivery(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode call(JsonNode request) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(request.toString().getBytes(StandardCharsets.UTF_8)), out, null);
        return MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
    }

    /** The reminders the emulator holds for this skill and user, as {@code GET /v1/alerts/reminders} lists them. */
    JsonNode reminders(String skillId, String userId) throws IOException {
        return listed(skillId, userId, "/v1/alerts/reminders", ReminderPermission.SCOPE)
                .path("alerts");
    }

    /** The timers the emulator holds for this skill and user, as {@code GET /v1/alerts/timers} lists them. */
    JsonNode timers(String skillId, String userId) throws IOException {
        return listed(skillId, userId, "/v1/alerts/timers", ReminderPermission.TIMERS_SCOPE)
                .path("timers");
    }

    private JsonNode listed(String skillId, String userId, String path, String scope) throws IOException {
        String token = emulator.mintToken(skillId, userId, true, Set.of(scope));
        HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.baseUri() + path))
                .header("Authorization", "Bearer " + token)
                .build();
        try {
            return MAPPER.readTree(HttpClient.newHttpClient()
                    .send(request, HttpResponse.BodyHandlers.ofString())
                    .body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** Posts {@code data} to Skill Messaging as it is, with a token from the emulator's LWA. */
    void postSkillMessage(String clientId, String clientSecret, String userId, JsonNode data) throws IOException {
        HttpClient http = HttpClient.newHttpClient();
        try {
            String form = "grant_type=client_credentials&scope=alexa:skill_messaging&client_id="
                    + URLEncoder.encode(clientId, StandardCharsets.UTF_8) + "&client_secret="
                    + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
            HttpResponse<String> token = http.send(
                    HttpRequest.newBuilder(URI.create(emulator.baseUri() + "/auth/o2/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String body = MAPPER.createObjectNode()
                    .put("expiresAfterSeconds", 3600)
                    .set("data", data)
                    .toString();
            HttpResponse<String> sent = http.send(
                    HttpRequest.newBuilder(URI.create(emulator.baseUri() + "/v1/skillmessages/users/"
                                    + URLEncoder.encode(userId, StandardCharsets.UTF_8)))
                            .header(
                                    "Authorization",
                                    "Bearer "
                                            + MAPPER.readTree(token.body())
                                                    .path("access_token")
                                                    .asText())
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (sent.statusCode() != 202) {
                throw new IOException("Skill Messaging answered " + sent.statusCode() + ": " + sent.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /**
     * An in-session IntentRequest envelope with the reminders permission granted and a token the
     * emulator knows; {@code deviceZone} empty means the request names no device.
     */
    ObjectNode intentRequest(
            String skillId,
            String userId,
            String intent,
            String confirmation,
            String locale,
            Optional<ZoneId> deviceZone) {
        ObjectNode envelope = MAPPER.createObjectNode().put("version", "1.0");
        ObjectNode system = envelope.putObject("context").putObject("System");
        system.putObject("application").put("applicationId", skillId);
        system.putObject("user")
                .put("userId", userId)
                .putObject("permissions")
                .putObject("scopes")
                .putObject(ReminderPermission.SCOPE)
                .put("status", "GRANTED");
        deviceZone.ifPresent(zone -> system.putObject("device").put("deviceId", "amzn1.ask.device.test"));
        system.put("apiEndpoint", "https://api.amazonalexa.com");
        system.put(
                "apiAccessToken",
                emulator.mintToken(
                        skillId, userId, true, Set.of(ReminderPermission.SCOPE), deviceZone.orElse(ZoneOffset.UTC)));
        ObjectNode session =
                envelope.putObject("session").put("new", false).put("sessionId", "amzn1.echo-api.session.test");
        session.putObject("application").put("applicationId", skillId);
        session.putObject("user").put("userId", userId);
        envelope.putObject("request")
                .put("type", "IntentRequest")
                .put("requestId", "amzn1.echo-api.request.test")
                .put("timestamp", emulator.clock().instant().toString())
                .put("locale", locale)
                .put("dialogState", "IN_PROGRESS")
                .putObject("intent")
                .put("name", intent)
                .put("confirmationStatus", confirmation)
                .putObject("slots");
        return envelope;
    }

    /** Sets a slot of the request {@link #intentRequest} built. */
    static ObjectNode slot(ObjectNode request, String name, String value) {
        ((ObjectNode) request.at("/request/intent/slots"))
                .putObject(name)
                .put("name", name)
                .put("value", value);
        return request;
    }

    static String speech(JsonNode response) {
        return response.at("/response/outputSpeech/ssml").asText();
    }

    @Override
    public void close() {
        if (receivesEvents) {
            awaitDelivery();
        }
        emulator.close();
        try (Stream<Path> files = Files.walk(storeFolder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
