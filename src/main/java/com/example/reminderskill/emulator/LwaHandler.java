package com.example.reminderskill.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Login with Amazon token endpoint, {@code POST /auth/o2/token}, for the client-credentials
 * grant that Skill Messaging uses: a form of {@code grant_type=client_credentials}, {@code client_id},
 * {@code client_secret} and {@code scope=alexa:skill_messaging} gives
 * {@code {"access_token","token_type":"bearer","expires_in":3600,"scope"}}. Errors are OAuth 2.0's
 * {@code {"error","error_description"}}: 400 {@code invalid_request}, {@code unsupported_grant_type}
 * or {@code invalid_scope}, 401 {@code invalid_client}. Neither the secret nor a token is ever logged.
 */
final class LwaHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(LwaHandler.class);
    /** A token request is a few hundred bytes. */
    private static final int MAX_BODY_BYTES = 8 * 1024;

    private static final String FORM = "application/x-www-form-urlencoded";

    private final LwaTokens tokens;
    private final ObjectMapper mapper;

    LwaHandler(LwaTokens tokens, ObjectMapper mapper) {
        this.tokens = tokens;
        this.mapper = mapper;
    }

    /** An OAuth 2.0 error answer. */
    private static final class LwaError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final int status;
        private final String error;

        LwaError(int status, String error, String description) {
            super(description, null, false, false);
            this.status = status;
            this.error = error;
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            send(exchange, 200, issue(exchange));
        } catch (LwaError e) {
            send(
                    exchange,
                    e.status,
                    mapper.createObjectNode().put("error", e.error).put("error_description", e.getMessage()));
        } catch (RuntimeException e) {
            // The exception names no form field: the form (and its secret) stays out of the log.
            LOG.error(
                    "LWA token endpoint failed on {} {}: {}",
                    exchange.getRequestMethod(),
                    HttpJson.path(exchange),
                    e.getClass().getName());
            send(
                    exchange,
                    500,
                    mapper.createObjectNode()
                            .put("error", "server_error")
                            .put("error_description", "Internal server error."));
        } finally {
            exchange.close();
        }
    }

    private ObjectNode issue(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("POST")) {
            throw new LwaError(
                    405, "invalid_request", "The token endpoint takes POST, not " + exchange.getRequestMethod() + ".");
        }
        String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"))
                .toLowerCase(Locale.ROOT);
        if (!contentType.startsWith(FORM)) {
            throw new LwaError(400, "invalid_request", "Content-Type must be " + FORM + ".");
        }
        Map<String, String> form = readForm(exchange);
        String grantType = required(form, "grant_type");
        if (!grantType.equals("client_credentials")) {
            throw new LwaError(400, "unsupported_grant_type", "grant_type must be client_credentials.");
        }
        String clientId = required(form, "client_id");
        String clientSecret = required(form, "client_secret");
        String scope = required(form, "scope");
        String skillId = tokens.authenticate(clientId, clientSecret)
                .orElseThrow(() -> new LwaError(
                        401,
                        "invalid_client",
                        "Client authentication failed: unknown client_id or wrong client_secret."));
        if (!scope.equals(LwaTokens.SKILL_MESSAGING_SCOPE)) {
            throw new LwaError(400, "invalid_scope", "scope must be " + LwaTokens.SKILL_MESSAGING_SCOPE + ".");
        }
        return mapper.createObjectNode()
                .put("access_token", tokens.issue(skillId, scope))
                .put("token_type", "bearer")
                .put("expires_in", LwaTokens.LIFETIME.toSeconds())
                .put("scope", scope);
    }

    /** The form's fields, each once; a repeated or undecodable field is an invalid request. */
    private static Map<String, String> readForm(HttpExchange exchange) throws IOException {
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw new LwaError(400, "invalid_request", "The body is larger than " + MAX_BODY_BYTES + " bytes.");
        }
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : new String(bytes, StandardCharsets.UTF_8).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (form.putIfAbsent(name, value) != null) {
                throw new LwaError(400, "invalid_request", "Parameter " + name + " is repeated.");
            }
        }
        return form;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new LwaError(400, "invalid_request", "The body is not a valid " + FORM + " form.");
        }
    }

    private static String required(Map<String, String> form, String name) {
        String value = form.get(name);
        if (value == null || value.isBlank()) {
            throw new LwaError(400, "invalid_request", "The request is missing the required parameter " + name + ".");
        }
        return value;
    }

    private void send(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        byte[] bytes = mapper.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("Pragma", "no-cache");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
