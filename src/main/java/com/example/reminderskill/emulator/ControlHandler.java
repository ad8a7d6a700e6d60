package com.example.reminderskill.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The control API of ARCHITECTURE.md: {@code POST /emulator/sessions}, {@code POST /emulator/clock}
 * ({@code GET} tells the emulated time, so a skill in another process can run on it)
 * and {@code GET /emulator/events}; plus {@code GET /emulator/calls} (the Alexa API calls received,
 * per API and per operation) and {@code POST /emulator/calls/reset} (counts from zero again).
 */
final class ControlHandler implements HttpHandler {

    private static final String INVALID = "INVALID_REQUEST";

    private final AlexaEmulator emulator;
    private final ObjectMapper mapper;
    private final HttpJson json;

    ControlHandler(AlexaEmulator emulator, ObjectMapper mapper) {
        this.emulator = emulator;
        this.mapper = mapper;
        this.json = new HttpJson(mapper);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            String route =
                    exchange.getRequestMethod() + " " + HttpJson.path(exchange).replaceAll("/+$", "");
            switch (route) {
                case "POST /emulator/sessions" -> json.send(exchange, 200, session(json.readBody(exchange)));
                case "POST /emulator/clock" -> json.send(exchange, 200, clock(json.readBody(exchange)));
                case "GET /emulator/clock" ->
                    json.send(
                            exchange,
                            200,
                            mapper.createObjectNode()
                                    .put("now", emulator.clock().instant().toString()));
                case "GET /emulator/events" -> json.send(exchange, 200, events());
                case "GET /emulator/calls" -> json.send(exchange, 200, calls(emulator.calls()));
                case "POST /emulator/calls/reset" -> {
                    emulator.resetCalls();
                    json.send(exchange, 200, calls(emulator.calls()));
                }
                default -> throw new ApiError(404, "NOT_FOUND", "No such control endpoint: " + route);
            }
        } catch (ApiError e) {
            json.sendError(exchange, e.status(), e.code(), e.getMessage());
        } catch (RuntimeException e) {
            // An answer, not a dropped connection.
            json.sendError(exchange, 500, "INTERNAL_SERVER_ERROR", "Internal server error: " + e);
        } finally {
            exchange.close();
        }
    }

    /** {@code {"skillId","userId","inSession","permissions":[...],"timeZoneId"?}} → {@code {"apiAccessToken"}}. */
    private ObjectNode session(JsonNode body) {
        String skillId = requiredText(body, "skillId");
        String userId = requiredText(body, "userId");
        JsonNode inSession = body.path("inSession");
        if (!inSession.isMissingNode() && !inSession.isBoolean()) {
            throw new ApiError(400, INVALID, "inSession must be true or false");
        }
        Set<String> permissions = new LinkedHashSet<>();
        JsonNode granted = body.path("permissions");
        if (!granted.isMissingNode() && !granted.isArray()) {
            throw new ApiError(400, INVALID, "permissions must be an array of scope names");
        }
        granted.forEach(scope -> permissions.add(scope.asText()));
        ZoneId zone = Grants.DEFAULT_DEVICE_ZONE;
        if (body.hasNonNull("timeZoneId")) {
            String zoneId = body.get("timeZoneId").asText();
            // The Settings API answers tz database names only, never offsets such as +01:00.
            if (!ZoneId.getAvailableZoneIds().contains(zoneId)) {
                throw new ApiError(
                        400,
                        INVALID,
                        "timeZoneId '" + zoneId + "' is not a tz database time zone id such as Europe/Berlin");
            }
            try {
                zone = ZoneId.of(zoneId);
            } catch (DateTimeException e) {
                throw new ApiError(400, INVALID, "timeZoneId '" + zoneId + "' is not a time zone id");
            }
        }
        String token = emulator.mintToken(skillId, userId, inSession.asBoolean(true), permissions, zone);
        return mapper.createObjectNode()
                .put("apiAccessToken", token)
                .put("expiresInSeconds", Grants.TOKEN_LIFETIME.toSeconds());
    }

    /** {@code {"advanceSeconds": N}}: moves time forward; what falls due rings. */
    private ObjectNode clock(JsonNode body) {
        JsonNode seconds = body.path("advanceSeconds");
        if (!seconds.canConvertToLong() || !seconds.isIntegralNumber() || seconds.asLong() < 0) {
            throw new ApiError(400, INVALID, "advanceSeconds must be a whole number, 0 or more");
        }
        int rings;
        try {
            rings = emulator.advance(Duration.ofSeconds(seconds.asLong()));
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, INVALID, "advanceSeconds " + seconds.asLong() + " is too far: " + e.getMessage());
        }
        return mapper.createObjectNode()
                .put("now", emulator.clock().instant().toString())
                .put("rings", rings);
    }

    private ObjectNode events() {
        ObjectNode answer = mapper.createObjectNode();
        ArrayNode list = answer.putArray("events");
        for (EmulatorEvent event : emulator.events()) {
            ObjectNode item = list.addObject()
                    .put("id", event.id())
                    .put("type", event.type())
                    .put("timestamp", event.timestamp().toString())
                    .put("skillId", event.skillId())
                    .put("userId", event.userId())
                    .put("delivery", event.delivery().name())
                    .put("attempts", event.attempts());
            item.set("request", event.request());
        }
        return answer;
    }

    /** {@code {"total": N, "byApi": {"reminders": n, ...}, "byOperation": {"POST /v1/alerts/reminders": k, ...}}}. */
    private ObjectNode calls(ApiCalls calls) {
        ObjectNode answer = mapper.createObjectNode().put("total", calls.total());
        ObjectNode byApi = answer.putObject("byApi");
        calls.byApi().forEach(byApi::put);
        ObjectNode byOperation = answer.putObject("byOperation");
        calls.byOperation().forEach(byOperation::put);
        return answer;
    }

    private static String requiredText(JsonNode body, String field) {
        JsonNode value = body.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new ApiError(400, INVALID, field + " is required");
        }
        return value.asText();
    }
}
