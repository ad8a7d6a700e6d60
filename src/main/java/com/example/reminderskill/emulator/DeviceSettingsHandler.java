package com.example.reminderskill.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Alexa Settings API's time zone: {@code GET /v2/devices/{deviceId}/settings/System.timeZone}
 * answers the device's zone as a JSON string, the zone the session named with {@code timeZoneId}.
 */
final class DeviceSettingsHandler extends AlertsApiHandler {

    private static final Pattern TIME_ZONE = Pattern.compile("/v2/devices/([^/]+)/settings/System\\.timeZone");

    DeviceSettingsHandler(Grants grants, RateLimiter rateLimiter, FaultInjection faults, ObjectMapper mapper) {
        super(Optional.empty(), grants, rateLimiter, faults, mapper);
    }

    @Override
    protected void route(HttpExchange exchange, Grant grant, String method, String path) throws IOException {
        Matcher timeZone = TIME_ZONE.matcher(path);
        if (!timeZone.matches()) {
            throw noSuchResource(path);
        }
        if (!method.equals("GET")) {
            throw methodNotAllowed(method, path);
        }
        json.send(exchange, 200, TextNode.valueOf(grant.deviceTimeZone().getId()));
    }
}
