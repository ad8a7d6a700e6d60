package com.example.reminderskill.alerts;

import com.amazon.ask.model.services.Pair;
import com.amazon.ask.model.services.ServiceException;
import com.example.reminderskill.http.ApiTransportException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Turns what the SDK's service clients throw into {@link AlexaApiException}. */
final class ServiceErrors {

    private final AlertsSerializer serializer;

    public ServiceErrors(AlertsSerializer serializer) {
        this.serializer = serializer;
    }

    /** The typed error for a failed SDK call: an HTTP error answer, or no answer at all. */
    public AlexaApiException translate(ServiceException e) {
        if (e.getCause() instanceof ApiTransportException transport) {
            return AlexaApiException.builder(0, transport.kind().name(), transport.getMessage())
                    .retryable(true)
                    .mayStillLand(transport.maybeSent())
                    .cause(e)
                    .build();
        }
        int status = e.getStatusCode();
        JsonNode body = bodyOf(e.getBody());
        String serviceCode = body.path("code").asText("");
        String code = serviceCode.isBlank() ? ErrorCode.forStatus(status).name() : serviceCode;
        String message = body.path("message").asText("");
        return AlexaApiException.builder(
                        status, code, message.isBlank() ? "HTTP " + status + " without a message" : message)
                .retryable(isRetryable(status))
                .outcomeUnknown(status >= 500)
                .retryAfter(retryAfter(e.getHeaders()).orElse(null))
                .cause(e)
                .build();
    }

    /** A success answer whose body could not be read: the call may well have taken effect. */
    public AlexaApiException unreadableAnswer(RuntimeException e) {
        return AlexaApiException.builder(
                        0,
                        ErrorCode.INVALID_RESPONSE.name(),
                        "the service's answer could not be read: " + e.getMessage())
                .outcomeUnknown(true)
                .cause(e)
                .build();
    }

    /** 429 (throttled), 500 and 503 are worth sending again; 504 (device offline) is not. */
    static boolean isRetryable(int status) {
        return status == 429 || status == 500 || status == 503;
    }

    private JsonNode bodyOf(Object body) {
        if (body instanceof String text) {
            // Statuses the SDK does not list reach us as raw text.
            try {
                JsonNode parsed = serializer.deserialize(text, JsonNode.class);
                if (parsed != null && parsed.isObject()) {
                    return parsed;
                }
            } catch (RuntimeException notJson) {
                // fall through to the excerpt
            }
            return serializer.toTree(
                    java.util.Map.of("message", "answer is not JSON: " + AlertsSerializer.excerpt(text)));
        }
        return body == null ? serializer.toTree(java.util.Map.of()) : serializer.toTree(body);
    }

    private static Optional<Duration> retryAfter(List<Pair<String, String>> headers) {
        if (headers == null) {
            return Optional.empty();
        }
        return headers.stream()
                .filter(header -> "retry-after".equalsIgnoreCase(header.getName()))
                .map(Pair::getValue)
                .flatMap(value -> {
                    try {
                        return Optional.of(Duration.ofSeconds(Long.parseLong(value.trim()))).stream();
                    } catch (NumberFormatException httpDate) {
                        return Optional.<Duration>empty().stream();
                    }
                })
                .findFirst();
    }
}
