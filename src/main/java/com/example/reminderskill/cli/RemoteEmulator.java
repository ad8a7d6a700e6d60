package com.example.reminderskill.cli;

import com.example.reminderskill.skill.EnvelopeJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A running emulator (of {@code emulator} or {@code serve}) reached through its control API. Plain
 * {@link HttpURLConnection}: the JDK's {@code HttpClient} would set up TLS first, a third of a
 * second of {@code invoke}'s start.
 */
final class RemoteEmulator implements EmulatorTokens {

    private final URI base;

    RemoteEmulator(URI base) {
        this.base = base;
    }

    /** {@code POST /emulator/sessions}: a token bound to the skill, user, session kind and scopes. */
    @Override
    public String mint(String skillId, String userId, boolean inSession, Set<String> permissions) {
        ObjectNode body = JsonNodeFactory.instance
                .objectNode()
                .put("skillId", skillId)
                .put("userId", userId)
                .put("inSession", inSession);
        permissions.forEach(body.putArray("permissions")::add);
        JsonNode answer = call("POST", "/emulator/sessions", Optional.of(body));
        if (!answer.path("apiAccessToken").isTextual()) {
            throw new IllegalStateException("the emulator at " + base + " did not mint a token");
        }
        return answer.get("apiAccessToken").asText();
    }

    /**
     * The emulator's time ({@code GET /emulator/clock}) as a clock that goes on with this machine's:
     * after {@code POST /emulator/clock} moved it a day ahead, "tomorrow" for the skill is the
     * emulator's tomorrow too. Asked for on another thread ({@link RemoteClock}).
     */
    RemoteClock clock() {
        return RemoteClock.asking(new Supplier<Duration>() {
            @Override
            public Duration get() {
                return offset();
            }
        });
    }

    private Duration offset() {
        JsonNode answer = call("GET", "/emulator/clock", Optional.empty());
        try {
            return Duration.between(
                    Instant.now(), Instant.parse(answer.path("now").asText()));
        } catch (DateTimeException e) {
            throw new IllegalStateException("the emulator at " + base + " did not tell its time", e);
        }
    }

    private JsonNode call(String method, String path, Optional<ObjectNode> body) {
        HttpURLConnection connection = null;
        try {
            connection = (HttpURLConnection) base.resolve(path).toURL().openConnection();
            connection.setConnectTimeout(2_000);
            connection.setReadTimeout(5_000);
            connection.setRequestMethod(method);
            if (body.isPresent()) {
                connection.setRequestProperty("Content-Type", "application/json");
                connection.setDoOutput(true);
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(EnvelopeJson.text(body.get()).getBytes(StandardCharsets.UTF_8));
                }
            }
            int status = connection.getResponseCode();
            if (status != 200) {
                throw new IllegalStateException(
                        "the emulator at " + base + " answered " + method + " " + path + " with HTTP " + status);
            }
            byte[] answer;
            try (InputStream in = connection.getInputStream()) {
                answer = in.readAllBytes();
            }
            // Jackson only now, on the skill's mapper: invoke builds it on another thread meanwhile
            // (EnvelopeJson.warmUp).
            return EnvelopeJson.read(answer);
        } catch (IOException e) {
            throw new UncheckedIOException("no emulator answers at " + base + ": " + e.getMessage(), e);
        } finally {
            if (connection != null) {
                connection.disconnect();
            }
        }
    }
}
