package com.example.reminderskill.emulator;

import com.example.reminderskill.alerts.AlexaApiException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Reminders REST API at {@code /v1/alerts/reminders}, as the current reference page describes it. */
final class RemindersHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RemindersHandler.class);
    private static final String COLLECTION = "/v1/alerts/reminders";
    private static final Pattern ITEM = Pattern.compile("/v1/alerts/reminders/([^/]+)/?");
    private static final Pattern NEXT_TOKEN = Pattern.compile("(?:^|&)nextToken=([0-9]+)(?:&|$)");
    static final int PAGE_SIZE = 50;

    private final RemindersState reminders;
    private final Grants grants;
    private final RateLimiter rateLimiter;
    private final FaultInjection faults;
    private final ObjectMapper mapper;
    private final HttpJson json;

    RemindersHandler(RemindersState reminders, Grants grants, RateLimiter rateLimiter, FaultInjection faults, ObjectMapper mapper) {
        this.reminders = reminders;
        this.grants = grants;
        this.rateLimiter = rateLimiter;
        this.faults = faults;
        this.mapper = mapper;
        this.json = new HttpJson(mapper);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            route(exchange);
        } catch (ApiError e) {
            json.sendError(exchange, e.status(), e.code(), e.getMessage());
        } catch (AlexaApiException e) {
            // The wrapper's validator, reused: its codes and messages are the service's answer.
            json.sendError(exchange, e.httpStatus(), e.code(), e.detail());
        } catch (RuntimeException e) {
            LOG.error("reminders API failed on {} {}", exchange.getRequestMethod(), HttpJson.path(exchange), e);
            json.sendError(exchange, 500, "INTERNAL_SERVER_ERROR", "Internal server error.");
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        faults.apply();
        Grant grant = grants.authorize(Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization")), RemindersState.SCOPE);
        rateLimiter.acquire(grant.skillId());
        String path = HttpJson.path(exchange);
        String method = exchange.getRequestMethod();
        if (path.equals(COLLECTION) || path.equals(COLLECTION + "/")) {
            switch (method) {
                case "POST" -> json.send(exchange, 201, reminders.create(grant, requireBody(exchange)).receipt(mapper));
                case "GET" -> json.send(exchange, 200, page(reminders.list(grant), HttpJson.query(exchange)));
                default -> throw methodNotAllowed(method, path);
            }
            return;
        }
        Matcher item = ITEM.matcher(path);
        if (!item.matches()) {
            throw new ApiError(404, "NOT_FOUND", "No such resource: " + path);
        }
        String alertToken = item.group(1);
        switch (method) {
            case "GET" -> json.send(exchange, 200, reminders.get(grant, alertToken).toJson(mapper));
            case "PUT" -> json.send(exchange, 200, reminders.update(grant, alertToken, requireBody(exchange)).receipt(mapper));
            case "DELETE" -> {
                reminders.delete(grant, alertToken);
                json.sendEmpty(exchange, 200);
            }
            default -> throw methodNotAllowed(method, path);
        }
    }

    private JsonNode requireBody(HttpExchange exchange) throws IOException {
        JsonNode body = json.readBody(exchange);
        if (body.isMissingNode()) {
            throw new ApiError(400, "INVALID_REQUEST_BODY", "the request has no body");
        }
        return body;
    }

    /** One page of the list, {@code totalCount} as a string, and {@code links} to the next page when there is one. */
    private ObjectNode page(List<StoredReminder> all, String query) {
        Matcher next = NEXT_TOKEN.matcher(query);
        int from = 0;
        if (next.find()) {
            try {
                from = (int) Math.min(Long.parseLong(next.group(1)), all.size());
            } catch (NumberFormatException e) {
                throw new ApiError(400, "INVALID_REQUEST", "nextToken " + next.group(1) + " is not a position in the list");
            }
        }
        int to = Math.min(from + PAGE_SIZE, all.size());
        ObjectNode page = mapper.createObjectNode();
        page.put("totalCount", String.valueOf(all.size()));
        var alerts = page.putArray("alerts");
        all.subList(from, to).forEach(reminder -> alerts.add(reminder.toJson(mapper)));
        if (to < all.size()) {
            page.put("links", COLLECTION + "?nextToken=" + to);
        }
        return page;
    }

    private static ApiError methodNotAllowed(String method, String path) {
        return new ApiError(405, "METHOD_NOT_ALLOWED", method + " is not supported on " + path);
    }
}
