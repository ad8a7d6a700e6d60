package com.example.reminderskill.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Timers REST API at {@code /v1/alerts/timers}: create, list, cancel all, get, cancel, pause, resume. */
final class TimersHandler extends AlertsApiHandler {

    private static final String COLLECTION = "/v1/alerts/timers";
    private static final Pattern ITEM = Pattern.compile("/v1/alerts/timers/([^/]+)(/pause|/resume)?/?");

    private final TimersState timers;

    TimersHandler(
            TimersState timers, Grants grants, RateLimiter rateLimiter, FaultInjection faults, ObjectMapper mapper) {
        super(Optional.of(TimersState.SCOPE), grants, rateLimiter, faults, mapper);
        this.timers = timers;
    }

    @Override
    protected void route(HttpExchange exchange, Grant grant, String method, String path) throws IOException {
        if (path.equals(COLLECTION) || path.equals(COLLECTION + "/")) {
            switch (method) {
                case "POST" -> {
                    JsonNode body = requireBody(exchange);
                    beforeCreate();
                    json.send(exchange, 200, timers.create(grant, body).toJson(mapper));
                }
                case "GET" -> json.send(exchange, 200, list(timers.list(grant)));
                case "DELETE" -> {
                    timers.deleteAll(grant);
                    json.sendEmpty(exchange, 200);
                }
                default -> throw methodNotAllowed(method, path);
            }
            return;
        }
        Matcher item = ITEM.matcher(path);
        if (!item.matches()) {
            throw noSuchResource(path);
        }
        String id = item.group(1);
        String action = item.group(2) == null ? "" : item.group(2);
        switch (method + " " + action) {
            case "GET " -> json.send(exchange, 200, timers.get(grant, id).toJson(mapper));
            case "DELETE " -> {
                timers.delete(grant, id);
                json.sendEmpty(exchange, 200);
            }
            case "POST /pause" -> {
                timers.pause(grant, id);
                json.sendEmpty(exchange, 200);
            }
            case "POST /resume" -> {
                timers.resume(grant, id);
                json.sendEmpty(exchange, 200);
            }
            default -> throw methodNotAllowed(method, path);
        }
    }

    private ObjectNode list(List<StoredTimer> all) {
        ObjectNode answer = mapper.createObjectNode();
        ArrayNode items = answer.putArray("timers");
        all.forEach(timer -> items.add(timer.toJson(mapper)));
        answer.put("totalCount", all.size());
        answer.putNull("nextToken");
        return answer;
    }
}
