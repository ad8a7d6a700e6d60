package com.example.reminderskill.alerts;

import java.util.Objects;

/**
 * What one call to an Alexa API needs from the request that caused it: the
 * {@code context.System.apiEndpoint} it named and the bearer token (an in-session
 * {@code apiAccessToken} or an out-of-session token). {@link #toString()} never shows the token.
 */
public record AlexaApiAccess(String apiEndpoint, String bearerToken) {

    public AlexaApiAccess {
        Objects.requireNonNull(apiEndpoint, "apiEndpoint");
        Objects.requireNonNull(bearerToken, "bearerToken");
    }

    @Override
    public String toString() {
        return "AlexaApiAccess[apiEndpoint=" + apiEndpoint + ", bearerToken=<redacted>]";
    }
}
