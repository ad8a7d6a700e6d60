package com.example.reminderskill.cli;

import com.example.reminderskill.emulator.AlexaEmulator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** Mints emulator tokens for local requests: from an emulator in this process, or from a running one through its control API. */
@FunctionalInterface
interface EmulatorTokens {

    String mint(String skillId, String userId, boolean inSession, Set<String> permissions);

    static EmulatorTokens of(AlexaEmulator emulator) {
        return emulator::mintToken;
    }

    /**
     * {@code POST /emulator/sessions} on the emulator at {@code base}. Plain {@link HttpURLConnection}:
     * the JDK's {@code HttpClient} would set up TLS first, a third of a second of {@code invoke}'s start.
     */
    static EmulatorTokens remote(URI base) {
        ObjectMapper mapper = new ObjectMapper();
        return (skillId, userId, inSession, permissions) -> {
            ObjectNode body = mapper.createObjectNode().put("skillId", skillId).put("userId", userId).put("inSession", inSession);
            permissions.forEach(body.putArray("permissions")::add);
            HttpURLConnection connection = null;
            try {
                connection = (HttpURLConnection) base.resolve("/emulator/sessions").toURL().openConnection();
                connection.setConnectTimeout(2_000);
                connection.setReadTimeout(5_000);
                connection.setRequestMethod("POST");
                connection.setRequestProperty("Content-Type", "application/json");
                connection.setDoOutput(true);
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(body.toString().getBytes(StandardCharsets.UTF_8));
                }
                int status = connection.getResponseCode();
                JsonNode answer;
                try (InputStream in = status == 200 ? connection.getInputStream() : connection.getErrorStream()) {
                    answer = in == null ? mapper.missingNode() : mapper.readTree(in);
                }
                if (status != 200 || !answer.path("apiAccessToken").isTextual()) {
                    throw new IllegalStateException("the emulator at " + base + " did not mint a token (HTTP " + status + ")");
                }
                return answer.get("apiAccessToken").asText();
            } catch (IOException e) {
                throw new UncheckedIOException("no emulator answers at " + base + ": " + e.getMessage(), e);
            } finally {
                if (connection != null) {
                    connection.disconnect();
                }
            }
        };
    }
}
