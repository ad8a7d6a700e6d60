package com.example.reminderskill.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A black-box client of the emulated Login with Amazon token endpoint and Skill Messaging API,
 * beside {@link EmulatorHttp}: real HTTP, form bodies for LWA, JSON for messages.
 */
final class SkillMessagingHttp {

    static final String TOKEN_PATH = "/auth/o2/token";
    static final String MESSAGES = "/v1/skillmessages/users/";
    static final String MESSAGING_SCOPE = "alexa:skill_messaging";
    static final String CLIENT_ID = "amzn1.application-oa2-client.emulator-test-a";
    static final String CLIENT_SECRET = "secret-of-skill-a-0123456789";
    static final String OTHER_CLIENT_ID = "amzn1.application-oa2-client.emulator-test-b";
    static final String OTHER_CLIENT_SECRET = "secret-of-skill-b-9876543210";
    static final String FORM = "application/x-www-form-urlencoded";
    /** Safety nets for waiting on background delivery; nothing asserts on how long it took. */
    static final Duration PATIENCE = Duration.ofSeconds(20);

    private final URI base;
    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    SkillMessagingHttp(URI base) {
        this.base = base;
    }

    /** An emulator at {@link EmulatorHttp#NOW} with credentials for {@link EmulatorHttp#SKILL} and {@link EmulatorHttp#OTHER_SKILL}. */
    static AlexaEmulator.Builder emulatorWithSkills() {
        return EmulatorHttp.emulatorAtNow()
                .skillCredentials(EmulatorHttp.SKILL, CLIENT_ID, CLIENT_SECRET)
                .skillCredentials(EmulatorHttp.OTHER_SKILL, OTHER_CLIENT_ID, OTHER_CLIENT_SECRET);
    }

    /** {@code name=value&...}, each part URL-encoded; pass names and values alternately. */
    static String form(String... namesAndValues) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            pairs.add(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return String.join("&", pairs);
    }

    static String credentialsForm(String clientId, String clientSecret) {
        return form(
                "grant_type",
                "client_credentials",
                "client_id",
                clientId,
                "client_secret",
                clientSecret,
                "scope",
                MESSAGING_SCOPE);
    }

    // ---- Login with Amazon -----------------------------------------------------------------

    /** Any request; null leaves out the header or the body. */
    Reply request(String method, String path, String authorization, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(PATIENCE)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    /** POSTs a form to the token endpoint. */
    Reply token(String form) {
        return request("POST", TOKEN_PATH, null, FORM + ";charset=UTF-8", form);
    }

    /** An LWA access token for these credentials; anything but 200 fails the test. */
    String lwaToken(String clientId, String clientSecret) {
        Reply answer = token(credentialsForm(clientId, clientSecret));
        if (answer.status() != 200) {
            throw new AssertionError("POST " + TOKEN_PATH + " should have answered 200: " + answer);
        }
        return answer.field("access_token");
    }

    // ---- Skill Messaging -------------------------------------------------------------------

    Reply message(String authorization, String userId, String body) {
        return request("POST", MESSAGES + userId, authorization, "application/json", body);
    }

    /** A message with a bearer LWA token. */
    Reply messageWith(String lwaToken, String userId, String body) {
        return message(EmulatorHttp.bearer(lwaToken), userId, body);
    }

    /** Sends a message that must be accepted with 202. */
    void messageOk(String lwaToken, String userId, String body) {
        Reply answer = messageWith(lwaToken, userId, body);
        if (answer.status() != 202) {
            throw new AssertionError("POST " + MESSAGES + userId + " should have answered 202: " + answer);
        }
    }

    static String messageBody(String data, Long expiresAfterSeconds) {
        return "{\"data\": " + data
                + (expiresAfterSeconds == null ? "" : ", \"expiresAfterSeconds\": " + expiresAfterSeconds) + "}";
    }

    // ---- waiting on background delivery ------------------------------------------------------

    /** Waits until the emulator's only event satisfies {@code condition}; fails after {@link #PATIENCE}. */
    static EmulatorEvent awaitEvent(AlexaEmulator emulator, Predicate<EmulatorEvent> condition, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            List<EmulatorEvent> events =
                    emulator.events().stream().filter(condition).toList();
            if (!events.isEmpty()) {
                return events.get(0);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no event became: " + what + "; events: "
                + emulator.events().stream()
                        .map(event -> event.type() + " " + event.delivery() + " x" + event.attempts())
                        .toList());
    }

    static JsonNode parse(String envelope) {
        try {
            return EmulatorHttp.MAPPER.readTree(envelope);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One HTTP answer: status, body (read as JSON where it is JSON), and the headers these tests look at. */
    record Reply(int status, String text, String contentType, String cacheControl) {
        JsonNode json() {
            return text.isBlank() ? MissingNode.getInstance() : parse(text);
        }

        String field(String name) {
            return json().path(name).asText();
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Cache-Control").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    request.method() + " " + request.uri().getPath() + " got no HTTP answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
