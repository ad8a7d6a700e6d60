package com.example.reminderskill.cli;

import com.example.reminderskill.emulator.AlexaEmulator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

/** Mints emulator tokens for local requests: from an emulator in this process, or from a running one through its control API. */
@FunctionalInterface
interface EmulatorTokens {

    String mint(String skillId, String userId, boolean inSession, Set<String> permissions);

    static EmulatorTokens of(AlexaEmulator emulator) {
        return emulator::mintToken;
    }

    /** {@code POST /emulator/sessions} on the emulator at {@code base}. */
    static EmulatorTokens remote(URI base) {
        ObjectMapper mapper = new ObjectMapper();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        return (skillId, userId, inSession, permissions) -> {
            ObjectNode body = mapper.createObjectNode().put("skillId", skillId).put("userId", userId).put("inSession", inSession);
            permissions.forEach(body.putArray("permissions")::add);
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/emulator/sessions"))
                    .timeout(Duration.ofSeconds(5))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                    .build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                JsonNode answer = mapper.readTree(response.body());
                if (response.statusCode() != 200 || !answer.path("apiAccessToken").isTextual()) {
                    throw new IllegalStateException("the emulator at " + base + " did not mint a token (HTTP " + response.statusCode() + ")");
                }
                return answer.get("apiAccessToken").asText();
            } catch (IOException e) {
                throw new UncheckedIOException("no emulator answers at " + base + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while asking the emulator for a token", e);
            }
        };
    }
}
