package com.example.reminderskill.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Reminders REST API at {@code /v1/alerts/reminders}, as the current reference page describes it. */
final class RemindersHandler extends AlertsApiHandler {

    private static final String COLLECTION = "/v1/alerts/reminders";
    private static final Pattern ITEM = Pattern.compile("/v1/alerts/reminders/([^/]+)/?");
    private static final Pattern NEXT_TOKEN = Pattern.compile("(?:^|&)nextToken=([0-9]+)(?:&|$)");
    static final int PAGE_SIZE = 50;

    private final RemindersState reminders;

    RemindersHandler(
            RemindersState reminders,
            Grants grants,
            RateLimiter rateLimiter,
            FaultInjection faults,
            ObjectMapper mapper) {
        super(Optional.of(RemindersState.SCOPE), grants, rateLimiter, faults, mapper);
        this.reminders = reminders;
    }

    @Override
    protected void route(HttpExchange exchange, Grant grant, String method, String path) throws IOException {
        if (path.equals(COLLECTION) || path.equals(COLLECTION + "/")) {
            switch (method) {
                case "POST" -> {
                    JsonNode body = requireBody(exchange);
                    beforeCreate();
                    json.send(exchange, 201, reminders.create(grant, body).receipt(mapper));
                }
                case "GET" -> json.send(exchange, 200, page(reminders.list(grant), HttpJson.query(exchange)));
                default -> throw methodNotAllowed(method, path);
            }
            return;
        }
        Matcher item = ITEM.matcher(path);
        if (!item.matches()) {
            throw noSuchResource(path);
        }
        String alertToken = item.group(1);
        switch (method) {
            case "GET" ->
                json.send(exchange, 200, reminders.get(grant, alertToken).toJson(mapper));
            case "PUT" ->
                json.send(
                        exchange,
                        200,
                        reminders
                                .update(grant, alertToken, requireBody(exchange))
                                .receipt(mapper));
            case "DELETE" -> {
                reminders.delete(grant, alertToken);
                json.sendEmpty(exchange, 200);
            }
            default -> throw methodNotAllowed(method, path);
        }
    }

    /** One page of the list, {@code totalCount} as a string, and {@code links} to the next page when there is one. */
    private ObjectNode page(List<StoredReminder> all, String query) {
        Matcher next = NEXT_TOKEN.matcher(query);
        int from = 0;
        if (next.find()) {
            try {
                from = (int) Math.min(Long.parseLong(next.group(1)), all.size());
            } catch (NumberFormatException e) {
                throw new ApiError(
                        400, "INVALID_REQUEST", "nextToken " + next.group(1) + " is not a position in the list");
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
}
