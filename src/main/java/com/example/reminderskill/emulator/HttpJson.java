package com.example.reminderskill.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;

/** Reading JSON bodies from, and writing JSON answers to, the JDK server's exchanges. */
final class HttpJson {

    /** Larger bodies are refused; a reminder body is a few hundred bytes. */
    private static final int MAX_BODY_BYTES = 64 * 1024;

    private final ObjectMapper mapper;

    HttpJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * @throws ApiError 400 when the body is not JSON or too large
     */
    JsonNode readBody(HttpExchange exchange) throws IOException {
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw new ApiError(400, "INVALID_REQUEST_BODY", "the body is larger than " + MAX_BODY_BYTES + " bytes");
        }
        if (bytes.length == 0) {
            return MissingNode.getInstance();
        }
        try {
            return mapper.readTree(bytes);
        } catch (IOException e) {
            throw new ApiError(
                    400,
                    "INVALID_REQUEST_BODY",
                    "the body is not JSON: "
                            + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }

    void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = mapper.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    void sendEmpty(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    void sendError(HttpExchange exchange, int status, String code, String message) throws IOException {
        send(exchange, status, mapper.createObjectNode().put("code", code).put("message", message));
    }

    static String path(HttpExchange exchange) {
        return exchange.getRequestURI().getRawPath();
    }

    static String query(HttpExchange exchange) {
        String query = exchange.getRequestURI().getRawQuery();
        return query == null ? "" : query;
    }
}
