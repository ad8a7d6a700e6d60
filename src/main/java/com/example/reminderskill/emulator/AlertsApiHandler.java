package com.example.reminderskill.emulator;

import com.example.reminderskill.alerts.AlexaApiException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every emulated Alexa API does around its own routes: injected faults, the bearer token
 * and its scope, the per-skill rate limit, and errors as {@code {"code","message"}}.
 */
abstract class AlertsApiHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(AlertsApiHandler.class);

    protected final ObjectMapper mapper;
    protected final HttpJson json;
    private final Optional<String> scope;
    private final Grants grants;
    private final RateLimiter rateLimiter;
    private final FaultInjection faults;

    /** @param scope the permission every call needs; empty for APIs any valid token may use */
    AlertsApiHandler(
            Optional<String> scope,
            Grants grants,
            RateLimiter rateLimiter,
            FaultInjection faults,
            ObjectMapper mapper) {
        this.scope = scope;
        this.grants = grants;
        this.rateLimiter = rateLimiter;
        this.faults = faults;
        this.mapper = mapper;
        this.json = new HttpJson(mapper);
    }

    /** Called just before a create is carried out: where an injected hold delays it. */
    protected final void beforeCreate() {
        faults.holdCreate();
    }

    /** Answers one authorized call. */
    protected abstract void route(HttpExchange exchange, Grant grant, String method, String path) throws IOException;

    @Override
    public final void handle(HttpExchange exchange) throws IOException {
        try {
            faults.apply();
            Optional<String> authorization =
                    Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization"));
            Grant grant = scope.isPresent()
                    ? grants.authorize(authorization, scope.get())
                    : grants.authenticate(authorization);
            rateLimiter.acquire(grant.skillId());
            route(exchange, grant, exchange.getRequestMethod(), HttpJson.path(exchange));
        } catch (ApiError e) {
            json.sendError(exchange, e.status(), e.code(), e.getMessage());
        } catch (AlexaApiException e) {
            // The wrappers' validators, reused: their codes and messages are the service's answer.
            json.sendError(exchange, e.httpStatus(), e.code(), e.detail());
        } catch (RuntimeException e) {
            LOG.error("{} {} failed", exchange.getRequestMethod(), HttpJson.path(exchange), e);
            json.sendError(exchange, 500, "INTERNAL_SERVER_ERROR", "Internal server error.");
        } finally {
            exchange.close();
        }
    }

    protected JsonNode requireBody(HttpExchange exchange) throws IOException {
        JsonNode body = json.readBody(exchange);
        if (body.isMissingNode()) {
            throw new ApiError(400, "INVALID_REQUEST_BODY", "the request has no body");
        }
        return body;
    }

    /** Create, pause and resume need a token from a skill session. */
    protected static void requireInSession(Grant grant, String what) {
        if (!grant.inSession()) {
            throw new ApiError(401, "NOT_IN_SESSION", what + " only in session.");
        }
    }

    protected static ApiError methodNotAllowed(String method, String path) {
        return new ApiError(405, "METHOD_NOT_ALLOWED", method + " is not supported on " + path);
    }

    protected static ApiError noSuchResource(String path) {
        return new ApiError(404, "NOT_FOUND", "No such resource: " + path);
    }
}
