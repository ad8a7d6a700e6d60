package com.example.reminderskill.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * What the token client and the sender share: one HTTP exchange with transport failures as
 * {@link SkillMessagingException}, reading error bodies and {@code Retry-After}, and keeping
 * secrets out of every text that comes back from a server.
 */
final class MessagingHttp {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_EXCERPT = 200;
    private static final String REDACTED = "****";

    private MessagingHttp() {}

    /**
     * Sends one request; the answer, whatever its status.
     *
     * @throws SkillMessagingException status 0 when no answer came: retryable, except when interrupted
     */
    static HttpResponse<String> exchange(HttpClient http, HttpRequest request, String what) {
        String host = request.uri().getHost()
                + (request.uri().getPort() < 0 ? "" : ":" + request.uri().getPort());
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw transport(
                    SkillMessagingException.CONNECTION_FAILED,
                    what + ": could not connect to " + host + describe(e),
                    e);
        } catch (HttpTimeoutException e) {
            String timeout = request.timeout()
                    .map(value -> " within " + value.toMillis() + " ms")
                    .orElse("");
            throw transport(SkillMessagingException.REQUEST_TIMEOUT, what + ": no answer from " + host + timeout, e);
        } catch (IOException e) {
            throw transport(
                    SkillMessagingException.CONNECTION_FAILED,
                    what + ": connection to " + host + " failed" + describe(e),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SkillMessagingException.builder(
                            0, SkillMessagingException.INTERRUPTED, what + ": interrupted while calling " + host)
                    .build();
        }
    }

    /** The body as JSON; missing when it is empty or not JSON. */
    static JsonNode json(String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    /** The start of a body that is not the expected JSON, on one line. */
    static String excerpt(String body) {
        String line = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        if (line.isEmpty()) {
            return "no body";
        }
        return line.length() <= MAX_EXCERPT ? line : line.substring(0, MAX_EXCERPT) + "...";
    }

    /** The text with every occurrence of the secrets replaced, for a server that echoes what it was sent. */
    static String redact(String text, String... secrets) {
        String redacted = text;
        for (String secret : secrets) {
            if (secret != null && !secret.isEmpty()) {
                redacted = redacted.replace(secret, REDACTED);
            }
        }
        return redacted;
    }

    /** Whether the same request may succeed later: throttling and server errors. */
    private static boolean retryable(int status) {
        return status == 429 || status >= 500;
    }

    /** {@code Retry-After} as delta-seconds or an HTTP date; absent when missing or unreadable. */
    static Optional<Duration> retryAfter(HttpResponse<?> response, Clock clock) {
        return response.headers().firstValue("Retry-After").map(String::strip).flatMap(value -> {
            try {
                long seconds = Long.parseLong(value);
                return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
            } catch (NumberFormatException notSeconds) {
                try {
                    Duration until = Duration.between(
                            clock.instant(),
                            ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                                    .toInstant());
                    return Optional.of(until.isNegative() ? Duration.ZERO : until);
                } catch (DateTimeException notADate) {
                    return Optional.empty();
                }
            }
        });
    }

    /** A refusal by status and code, retryable as its status says, with the wait the answer asked for. */
    static SkillMessagingException refusal(HttpResponse<String> response, String code, String detail, Clock clock) {
        return SkillMessagingException.builder(response.statusCode(), code, detail)
                .retryable(retryable(response.statusCode()))
                .retryAfter(retryAfter(response, clock).orElse(null))
                .build();
    }

    /** A code for a status whose body names none. */
    static String statusCode(int status) {
        return switch (status) {
            case 400 -> "INVALID_REQUEST";
            case 401 -> "UNAUTHORIZED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 429 -> "TOO_MANY_REQUESTS";
            case 500 -> "INTERNAL_SERVER_ERROR";
            case 502 -> "BAD_GATEWAY";
            case 503 -> "SERVICE_UNAVAILABLE";
            case 504 -> "GATEWAY_TIMEOUT";
            default -> "HTTP_" + status;
        };
    }

    private static SkillMessagingException transport(String code, String detail, Exception cause) {
        return SkillMessagingException.builder(0, code, detail)
                .retryable(true)
                .cause(cause)
                .build();
    }

    private static String describe(Exception e) {
        return " (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
    }
}
