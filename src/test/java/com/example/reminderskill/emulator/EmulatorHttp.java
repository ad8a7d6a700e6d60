package com.example.reminderskill.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A black-box client of a running {@link AlexaEmulator}: real HTTP with {@link HttpClient},
 * answers parsed with Jackson, plus the reminder bodies the tests send. Time starts at a fixed
 * instant and moves only when a test moves the emulator's clock.
 */
final class EmulatorHttp {

    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    static final String SCOPE = "alexa::alerts:reminders:skill:readwrite";
    static final String REMINDERS = "/v1/alerts/reminders";
    static final String SKILL = "amzn1.ask.skill.emulator-test-a";
    static final String OTHER_SKILL = "amzn1.ask.skill.emulator-test-b";
    static final String USER = "amzn1.ask.account.EMULATORTESTUSER1";
    static final String OTHER_USER = "amzn1.ask.account.EMULATORTESTUSER2";
    static final ObjectMapper MAPPER = new ObjectMapper();
    /** A safety net so a server that never answers fails the test instead of hanging it. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

    private final URI base;
    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    EmulatorHttp(URI base) {
        this.base = base;
    }

    /** Whole seconds from one instant to a later one, for moving the clock to an exact moment. */
    static long secondsBetween(String from, String to) {
        return Duration.between(Instant.parse(from), Instant.parse(to)).toSeconds();
    }

    /** An emulator on a free loopback port whose time stands at {@link #NOW} until moved. */
    static AlexaEmulator.Builder emulatorAtNow() {
        return AlexaEmulator.builder().port(0).clock(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** One HTTP answer: status and body, the body read as JSON where it is JSON. */
    record Answer(int status, String text) {
        JsonNode json() {
            if (text.isBlank()) {
                return MissingNode.getInstance();
            }
            try {
                return MAPPER.readTree(text);
            } catch (IOException e) {
                throw new AssertionError("answer " + status + " is not JSON: " + text, e);
            }
        }

        String code() {
            return json().path("code").asText();
        }

        String field(String name) {
            return json().path(name).asText();
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }

    // ---- raw HTTP ------------------------------------------------------------------------

    Answer send(String method, String path, String authorization, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(REQUEST_TIMEOUT)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " got no HTTP answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- Reminders API ---------------------------------------------------------------------

    Answer create(String token, String body) {
        return send("POST", REMINDERS, bearer(token), body);
    }

    /** Creates a reminder that must succeed and returns its alertToken. */
    String createOk(String token, String body) {
        Answer answer = create(token, body);
        if (answer.status() != 201) {
            throw new AssertionError("create should have answered 201: " + answer);
        }
        return answer.field("alertToken");
    }

    Answer get(String token, String alertToken) {
        return send("GET", REMINDERS + "/" + alertToken, bearer(token), null);
    }

    Answer list(String token) {
        return send("GET", REMINDERS, bearer(token), null);
    }

    Answer update(String token, String alertToken, String body) {
        return send("PUT", REMINDERS + "/" + alertToken, bearer(token), body);
    }

    Answer delete(String token, String alertToken) {
        return send("DELETE", REMINDERS + "/" + alertToken, bearer(token), null);
    }

    /** The alertTokens a list shows, in order. */
    List<String> listedTokens(String token) {
        Answer answer = list(token);
        if (answer.status() != 200) {
            throw new AssertionError("list should have answered 200: " + answer);
        }
        List<String> tokens = new ArrayList<>();
        answer.json()
                .path("alerts")
                .forEach(alert -> tokens.add(alert.path("alertToken").asText()));
        return tokens;
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    // ---- control API -----------------------------------------------------------------------

    Answer sessions(String body) {
        return send("POST", "/emulator/sessions", null, body);
    }

    /** An in-session token with the reminders scope, device in UTC. */
    String token(String skillId, String userId) {
        return token(skillId, userId, true, null, SCOPE);
    }

    /** Mints a token through {@code POST /emulator/sessions}; {@code timeZoneId} may be null. */
    String token(String skillId, String userId, boolean inSession, String timeZoneId, String... permissions) {
        ObjectNode body = MAPPER.createObjectNode()
                .put("skillId", skillId)
                .put("userId", userId)
                .put("inSession", inSession);
        ArrayNode scopes = body.putArray("permissions");
        for (String permission : permissions) {
            scopes.add(permission);
        }
        if (timeZoneId != null) {
            body.put("timeZoneId", timeZoneId);
        }
        Answer answer = sessions(body.toString());
        if (answer.status() != 200 || answer.field("apiAccessToken").isEmpty()) {
            throw new AssertionError("POST /emulator/sessions should have minted a token: " + answer);
        }
        return answer.field("apiAccessToken");
    }

    Answer clock(String body) {
        return send("POST", "/emulator/clock", null, body);
    }

    /** Moves emulated time through the control API and returns how many times reminders rang. */
    int advance(long seconds) {
        Answer answer = clock("{\"advanceSeconds\": " + seconds + "}");
        if (answer.status() != 200) {
            throw new AssertionError("POST /emulator/clock should have answered 200: " + answer);
        }
        return answer.json().path("rings").asInt();
    }

    /** {@code GET /emulator/events}: the {@code events} array. */
    JsonNode events() {
        Answer answer = send("GET", "/emulator/events", null, null);
        if (answer.status() != 200) {
            throw new AssertionError("GET /emulator/events should have answered 200: " + answer);
        }
        return answer.json().path("events");
    }

    /** The request types of {@code GET /emulator/events}, in order. */
    List<String> eventTypes() {
        List<String> types = new ArrayList<>();
        events().forEach(event -> types.add(event.path("type").asText()));
        return types;
    }

    // ---- reminder bodies -------------------------------------------------------------------

    static String relative(long offsetInSeconds) {
        ObjectNode body = base();
        body.putObject("trigger").put("type", "SCHEDULED_RELATIVE").put("offsetInSeconds", offsetInSeconds);
        return withContent(body).toString();
    }

    /** A one-time reminder; {@code timeZoneId} null leaves the device's zone to apply. */
    static String absolute(String scheduledTime, String timeZoneId) {
        ObjectNode body = base();
        ObjectNode trigger =
                body.putObject("trigger").put("type", "SCHEDULED_ABSOLUTE").put("scheduledTime", scheduledTime);
        if (timeZoneId != null) {
            trigger.put("timeZoneId", timeZoneId);
        }
        return withContent(body).toString();
    }

    static String recurring(String scheduledTime, String timeZoneId, String... rules) {
        ObjectNode body = base();
        ArrayNode recurrenceRules = body.putObject("trigger")
                .put("type", "SCHEDULED_ABSOLUTE")
                .put("scheduledTime", scheduledTime)
                .put("timeZoneId", timeZoneId)
                .putObject("recurrence")
                .putArray("recurrenceRules");
        for (String rule : rules) {
            recurrenceRules.add(rule);
        }
        return withContent(body).toString();
    }

    /** The older reference page's deprecated form: {@code "recurrence": {"freq", "byDay"}}. */
    static String deprecatedRecurring(String scheduledTime, String timeZoneId, String freq, String... byDay) {
        ObjectNode body = base();
        ObjectNode recurrence = body.putObject("trigger")
                .put("type", "SCHEDULED_ABSOLUTE")
                .put("scheduledTime", scheduledTime)
                .put("timeZoneId", timeZoneId)
                .putObject("recurrence")
                .put("freq", freq);
        ArrayNode days = recurrence.putArray("byDay");
        for (String day : byDay) {
            days.add(day);
        }
        return withContent(body).toString();
    }

    private static ObjectNode base() {
        return MAPPER.createObjectNode().put("requestTime", "2026-11-22T10:00:00.000");
    }

    private static ObjectNode withContent(ObjectNode body) {
        body.putObject("alertInfo")
                .putObject("spokenInfo")
                .putArray("content")
                .addObject()
                .put("locale", "en-US")
                .put("text", "walk the dog")
                .put("ssml", "<speak> walk the dog</speak>");
        body.putObject("pushNotification").put("status", "ENABLED");
        return body;
    }
}
