package com.example.reminderskill.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Login with Amazon's client-credentials grant for Skill Messaging, with the token kept until
 * {@link #REFRESH_MARGIN} before it expires, so a busy web app asks LWA once an hour rather than
 * once a message. Thread-safe: when many threads need a token at once, one fetches it and the
 * others use it. Neither the secret nor a token appears in an exception.
 */
final class LwaTokenClient {

    static final String SCOPE = "alexa:skill_messaging";
    /** A token is renewed this long before LWA says it expires, so it never expires in flight. */
    static final Duration REFRESH_MARGIN = Duration.ofSeconds(60);
    /** Used when LWA leaves out {@code expires_in}: its documented lifetime. A shorter real one ends in a 403, which renews it. */
    private static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

    private static final String WHAT = "LWA token request";

    /** A token and when to stop using it; never printed. */
    private record CachedToken(String value, Instant renewAt) {
        @Override
        public String toString() {
            return "CachedToken[value=****, renewAt=" + renewAt + "]";
        }
    }

    private final URI tokenUri;
    private final SkillMessagingCredentials credentials;
    private final HttpClient http;
    private final Clock clock;
    /** Guarded by {@code this}. */
    private CachedToken cached;

    LwaTokenClient(URI tokenUri, SkillMessagingCredentials credentials, HttpClient http, Clock clock) {
        this.tokenUri = Objects.requireNonNull(tokenUri, "tokenUri");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.http = Objects.requireNonNull(http, "http");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A live access token: the cached one, or a new one when none is cached or it is about to expire.
     *
     * @param timeout how long a fetch may wait for LWA's answer
     * @throws SkillMessagingException with LWA's {@code error} as the code and its {@code error_description}
     */
    synchronized String accessToken(Duration timeout) {
        Instant now = clock.instant();
        if (cached != null && now.isBefore(cached.renewAt())) {
            return cached.value();
        }
        cached = null;
        cached = fetch(now, timeout);
        return cached.value();
    }

    /** Forgets the cached token, so the next call fetches a new one. */
    synchronized void invalidate() {
        cached = null;
    }

    /**
     * Forgets the cached token if it is still {@code rejected}; a token another thread already
     * renewed is kept, so many threads that saw the same 403 cause one fetch.
     */
    synchronized void invalidate(String rejected) {
        if (cached != null && cached.value().equals(rejected)) {
            cached = null;
        }
    }

    private CachedToken fetch(Instant requestedAt, Duration timeout) {
        String form = "grant_type=client_credentials"
                + "&client_id=" + URLEncoder.encode(credentials.clientId(), StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(credentials.clientSecret(), StandardCharsets.UTF_8)
                + "&scope=" + URLEncoder.encode(SCOPE, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(tokenUri)
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = MessagingHttp.exchange(http, request, WHAT);
        JsonNode body = MessagingHttp.json(response.body());
        int status = response.statusCode();
        if (status != 200) {
            throw refusal(response, body);
        }
        JsonNode token = body.path("access_token");
        if (!token.isTextual() || token.asText().isBlank()) {
            throw invalidAnswer("the answer has no access_token");
        }
        JsonNode type = body.path("token_type");
        if (!type.isMissingNode() && !type.asText().toLowerCase(Locale.ROOT).equals("bearer")) {
            throw invalidAnswer("token_type is '" + type.asText() + "', not bearer");
        }
        JsonNode expiresIn = body.path("expires_in");
        Duration lifetime = DEFAULT_LIFETIME;
        if (!expiresIn.isMissingNode()) {
            if (!expiresIn.canConvertToLong() || expiresIn.asLong() <= 0) {
                throw invalidAnswer("expires_in is not a positive number of seconds");
            }
            lifetime = Duration.ofSeconds(expiresIn.asLong());
        }
        return new CachedToken(token.asText(), requestedAt.plus(lifetime).minus(REFRESH_MARGIN));
    }

    private SkillMessagingException refusal(HttpResponse<String> response, JsonNode body) {
        int status = response.statusCode();
        String code =
                body.path("error").isTextual() && !body.path("error").asText().isBlank()
                        ? body.path("error").asText()
                        : MessagingHttp.statusCode(status);
        String description = body.path("error_description").isTextual()
                ? body.path("error_description").asText()
                : MessagingHttp.excerpt(response.body());
        String detail = MessagingHttp.redact(WHAT + " refused: " + description, credentials.clientSecret());
        return MessagingHttp.refusal(response, code, detail, clock);
    }

    private static SkillMessagingException invalidAnswer(String what) {
        return SkillMessagingException.builder(200, SkillMessagingException.INVALID_TOKEN_RESPONSE, WHAT + ": " + what)
                .build();
    }
}
