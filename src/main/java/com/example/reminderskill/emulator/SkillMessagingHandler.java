package com.example.reminderskill.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Skill Messaging REST API, {@code POST /v1/skillmessages/users/{userId}} with
 * {@code {"data": {...}, "expiresAfterSeconds": 60..86400}} and an LWA access token: 202 with no
 * body once the message is queued; 400 for a body without an object {@code data} or with an
 * {@code expiresAfterSeconds} out of bounds; 401 without a bearer token; 403 for a token that is
 * not a live Skill Messaging token; 404 for a user the skill does not have; 429 over the per-skill
 * rate. Errors are {@code {"code": status, "message"}}, the SDK model's shape.
 */
final class SkillMessagingHandler implements HttpHandler {

    static final long MIN_EXPIRES_AFTER_SECONDS = 60;
    static final long MAX_EXPIRES_AFTER_SECONDS = 86_400;
    static final long DEFAULT_EXPIRES_AFTER_SECONDS = 3_600;

    private static final Logger LOG = LoggerFactory.getLogger(SkillMessagingHandler.class);
    private static final Pattern USER = Pattern.compile("/v1/skillmessages/users/([^/]+)/?");

    private final SkillMessaging messaging;
    private final LwaTokens tokens;
    private final Clock clock;
    private final RateLimiter rateLimiter;
    private final FaultInjection faults;
    private final ObjectMapper mapper;
    private final HttpJson json;

    SkillMessagingHandler(
            SkillMessaging messaging,
            LwaTokens tokens,
            Clock clock,
            RateLimiter rateLimiter,
            FaultInjection faults,
            ObjectMapper mapper) {
        this.messaging = messaging;
        this.tokens = tokens;
        this.clock = clock;
        this.rateLimiter = rateLimiter;
        this.faults = faults;
        this.mapper = mapper;
        this.json = new HttpJson(mapper);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            faults.apply();
            LwaTokens.LwaGrant grant = authorize(exchange.getRequestHeaders().getFirst("Authorization"));
            rateLimiter.acquire(grant.skillId());
            route(exchange, grant);
        } catch (ApiError e) {
            sendError(exchange, e.status(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("skill messaging failed on {} {}", exchange.getRequestMethod(), HttpJson.path(exchange), e);
            sendError(exchange, 500, "The SkillMessaging service encountered an internal error.");
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange, LwaTokens.LwaGrant grant) throws IOException {
        String path = HttpJson.path(exchange);
        Matcher user = USER.matcher(path);
        if (!user.matches()) {
            throw new ApiError(404, "NOT_FOUND", "No such resource: " + path);
        }
        if (!exchange.getRequestMethod().equals("POST")) {
            throw new ApiError(405, "METHOD_NOT_ALLOWED", exchange.getRequestMethod() + " is not supported on " + path);
        }
        String userId = decode(user.group(1));
        JsonNode body = json.readBody(exchange);
        if (!body.isObject()) {
            throw new ApiError(
                    400,
                    "INVALID_REQUEST",
                    "The body must be a JSON object with data and, optionally, expiresAfterSeconds.");
        }
        ObjectNode data = data(body);
        Duration expiresAfter = expiresAfter(body);
        if (!messaging.knows(grant.skillId(), userId)) {
            throw new ApiError(
                    404,
                    "NOT_FOUND",
                    "The passed userId does not exist: " + userId + " is not a user of skill " + grant.skillId() + ".");
        }
        messaging.accept(grant.skillId(), userId, data, expiresAfter);
        json.sendEmpty(exchange, 202);
    }

    /**
     * @throws ApiError 401 without a bearer token; 403 for a token that is unknown, expired or not for Skill Messaging
     */
    private LwaTokens.LwaGrant authorize(String authorization) {
        String header = authorization == null ? "" : authorization.strip();
        if (header.isEmpty()) {
            throw new ApiError(
                    401, "UNAUTHORIZED", "Missing access token: send Authorization: Bearer <LWA access token>.");
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ApiError(401, "UNAUTHORIZED", "Invalid authorization: expected 'Bearer <LWA access token>'.");
        }
        LwaTokens.LwaGrant grant = tokens.find(header.substring(7).strip())
                .orElseThrow(
                        () -> new ApiError(403, "FORBIDDEN", "The skill messaging authentication token is not valid."));
        if (!clock.instant().isBefore(grant.expiresAt())) {
            throw new ApiError(403, "FORBIDDEN", "The skill messaging authentication token is expired.");
        }
        if (!grant.scope().equals(LwaTokens.SKILL_MESSAGING_SCOPE)) {
            throw new ApiError(
                    403, "FORBIDDEN", "The token does not have the scope " + LwaTokens.SKILL_MESSAGING_SCOPE + ".");
        }
        return grant;
    }

    private static ObjectNode data(JsonNode body) {
        JsonNode data = body.path("data");
        if (data.isMissingNode() || data.isNull()) {
            throw new ApiError(400, "INVALID_REQUEST", "data is required: a JSON object, {} for no payload.");
        }
        if (!data.isObject()) {
            throw new ApiError(
                    400,
                    "INVALID_REQUEST",
                    "data must be a JSON object, not "
                            + data.getNodeType().name().toLowerCase(Locale.ROOT) + ".");
        }
        return (ObjectNode) data;
    }

    private static Duration expiresAfter(JsonNode body) {
        JsonNode seconds = body.path("expiresAfterSeconds");
        if (seconds.isMissingNode() || seconds.isNull()) {
            return Duration.ofSeconds(DEFAULT_EXPIRES_AFTER_SECONDS);
        }
        if (!seconds.isIntegralNumber()
                || !seconds.canConvertToLong()
                || seconds.asLong() < MIN_EXPIRES_AFTER_SECONDS
                || seconds.asLong() > MAX_EXPIRES_AFTER_SECONDS) {
            throw new ApiError(
                    400,
                    "INVALID_REQUEST",
                    "expiresAfterSeconds must be a whole number from " + MIN_EXPIRES_AFTER_SECONDS + " to "
                            + MAX_EXPIRES_AFTER_SECONDS + ", not " + seconds + ".");
        }
        return Duration.ofSeconds(seconds.asLong());
    }

    private static String decode(String segment) {
        try {
            // A path segment: '+' is a plus, not a space.
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ApiError(404, "NOT_FOUND", "The passed userId does not exist: it is not a valid path segment.");
        }
    }

    private void sendError(HttpExchange exchange, int status, String message) throws IOException {
        json.send(
                exchange, status, mapper.createObjectNode().put("code", status).put("message", message));
    }
}
