package com.example.reminderskill.messaging;

import com.example.reminderskill.retry.Retrier;
import com.example.reminderskill.retry.RetryPolicy;
import com.example.reminderskill.retry.RetryingClientBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a web app uses to reach a user's skill out of session: sends one {@link SkillMessage}
 * through the Skill Messaging API with a cached Login with Amazon token. A rejected token (403) is
 * renewed once; throttling, server errors and lost connections are retried with exponential
 * backoff and full jitter inside the policy's time budget. Thread-safe; build one and share it.
 */
public final class SkillMessageSender {

    public static final Duration MIN_EXPIRES_AFTER = Duration.ofSeconds(60);
    public static final Duration MAX_EXPIRES_AFTER = Duration.ofSeconds(86_400);
    public static final Duration DEFAULT_EXPIRES_AFTER = Duration.ofHours(1);

    /**
     * Out of session nobody waits on Alexa's 8-second deadline, so a sender can afford a longer
     * budget than the skill's; the attempt cap still keeps a command line quick when nothing listens.
     */
    public static final RetryPolicy DEFAULT_RETRY_POLICY = new RetryPolicy(
            Duration.ofSeconds(20), Duration.ofSeconds(10), Duration.ofMillis(200), Duration.ofSeconds(5), 6);

    private static final Logger LOG = LoggerFactory.getLogger(SkillMessageSender.class);
    /** An attempt shorter than this is not worth starting. */
    private static final Duration MIN_ATTEMPT = Duration.ofMillis(50);

    private static final String WHAT = "skill message";

    private final SkillMessagingEndpoints endpoints;
    private final SkillMessagingCredentials credentials;
    private final LwaTokenClient tokens;
    private final HttpClient http;
    private final Clock clock;
    private final RetryPolicy retryPolicy;
    private final Retrier retrier;

    private SkillMessageSender(Builder builder, HttpClient http) {
        this.endpoints = builder.endpoints;
        this.credentials = builder.credentials;
        this.http = http;
        this.clock = builder.clock();
        this.retryPolicy = builder.retryPolicy();
        this.retrier = builder.retrier();
        this.tokens = new LwaTokenClient(endpoints.tokenUri(), credentials, http, clock);
    }

    public static Builder builder(SkillMessagingEndpoints endpoints, SkillMessagingCredentials credentials) {
        return new Builder(endpoints, credentials);
    }

    /** Sends a message that expires after {@link #DEFAULT_EXPIRES_AFTER}. */
    public void send(String userId, SkillMessage message) {
        send(userId, message, DEFAULT_EXPIRES_AFTER);
    }

    /**
     * Sends one message to the skill for one user; it returns once Skill Messaging accepted it (202).
     *
     * @param expiresAfter how long Alexa keeps trying to deliver it: whole seconds, 60 to 86400
     * @throws IllegalArgumentException before any call, for a blank user id or an expiry out of bounds
     * @throws SkillMessagingException when LWA or Skill Messaging refuses, or the retries run out
     */
    public void send(String userId, SkillMessage message, Duration expiresAfter) {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(expiresAfter, "expiresAfter");
        if (userId.isBlank()) {
            throw new IllegalArgumentException("userId must not be blank");
        }
        if (expiresAfter.getNano() != 0
                || expiresAfter.compareTo(MIN_EXPIRES_AFTER) < 0
                || expiresAfter.compareTo(MAX_EXPIRES_AFTER) > 0) {
            throw new IllegalArgumentException(
                    "expiresAfter must be whole seconds from " + MIN_EXPIRES_AFTER.toSeconds() + " to "
                            + MAX_EXPIRES_AFTER.toSeconds() + " (expiresAfterSeconds), not " + describe(expiresAfter));
        }
        ObjectNode body = MessagingHttp.MAPPER.createObjectNode();
        body.set("data", message.toData());
        body.put("expiresAfterSeconds", expiresAfter.toSeconds());
        String json;
        try {
            json = MessagingHttp.MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        sendWithRetries(endpoints.messageUri(userId), json);
    }

    private void sendWithRetries(URI uri, String body) {
        // Each attempt's calls share what is left of the whole budget, so they need its deadline, not only the
        // attempt's timeout.
        Instant deadline = clock.instant().plus(retryPolicy.totalBudget());
        TokenRenewal renewal = new TokenRenewal();
        retrier.call(WHAT, (timeout, earlierMayHaveTakenEffect) -> {
            attempt(uri, body, deadline, renewal);
            return Boolean.TRUE;
        });
    }

    /** Whether this send already renewed a rejected token: it does so once. */
    private static final class TokenRenewal {
        private boolean done;
    }

    /** One attempt: a token, the call, and after a first 403 a new token and the call again. */
    private void attempt(URI uri, String body, Instant deadline, TokenRenewal renewal) {
        String token = tokens.accessToken(attemptTimeout(deadline));
        HttpResponse<String> response = post(uri, body, token, attemptTimeout(deadline));
        if (response.statusCode() == 403 && !renewal.done && remaining(deadline).compareTo(MIN_ATTEMPT) >= 0) {
            renewal.done = true;
            LOG.debug("{}: the LWA token was refused (403); fetching a new one", WHAT);
            tokens.invalidate(token);
            token = tokens.accessToken(attemptTimeout(deadline));
            response = post(uri, body, token, attemptTimeout(deadline));
        }
        if (response.statusCode() / 100 != 2) {
            throw refusal(response, token);
        }
    }

    private HttpResponse<String> post(URI uri, String body, String token, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return MessagingHttp.exchange(http, request, WHAT);
    }

    /** Skill Messaging's error: {@code {"code", "message"}}, where the code is usually the status as a number. */
    private SkillMessagingException refusal(HttpResponse<String> response, String token) {
        int status = response.statusCode();
        JsonNode body = MessagingHttp.json(response.body());
        JsonNode code = body.path("code");
        String named = code.isTextual()
                        && !code.asText().isBlank()
                        && !code.asText().chars().allMatch(Character::isDigit)
                ? code.asText()
                : MessagingHttp.statusCode(status);
        String message = body.path("message").isTextual()
                ? body.path("message").asText()
                : MessagingHttp.excerpt(response.body());
        return MessagingHttp.refusal(
                response, named, MessagingHttp.redact(message, token, credentials.clientSecret()), clock);
    }

    private Duration attemptTimeout(Instant deadline) {
        Duration remaining = remaining(deadline);
        Duration timeout =
                remaining.compareTo(retryPolicy.attemptTimeout()) < 0 ? remaining : retryPolicy.attemptTimeout();
        return timeout.compareTo(MIN_ATTEMPT) < 0 ? MIN_ATTEMPT : timeout;
    }

    private Duration remaining(Instant deadline) {
        Duration remaining = Duration.between(clock.instant(), deadline);
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }

    private static String describe(Duration duration) {
        return duration.getNano() == 0 ? duration.toSeconds() + " s" : duration.toString();
    }

    /** Configures a sender; everything but the endpoints and the credentials has a production default. */
    public static final class Builder extends RetryingClientBuilder<Builder> {
        private final SkillMessagingEndpoints endpoints;
        private final SkillMessagingCredentials credentials;
        private HttpClient http;

        private Builder(SkillMessagingEndpoints endpoints, SkillMessagingCredentials credentials) {
            super(DEFAULT_RETRY_POLICY);
            this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
            this.credentials = Objects.requireNonNull(credentials, "credentials");
        }

        /** The HTTP client to share; by default one with a 5-second connect timeout that follows no redirect. */
        public Builder httpClient(HttpClient value) {
            this.http = Objects.requireNonNull(value, "httpClient");
            return this;
        }

        public SkillMessageSender build() {
            // No redirects: the secret and the token go to the configured hosts and nowhere else.
            return new SkillMessageSender(
                    this,
                    http != null
                            ? http
                            : HttpClient.newBuilder()
                                    .connectTimeout(Duration.ofSeconds(5))
                                    .followRedirects(HttpClient.Redirect.NEVER)
                                    .build());
        }
    }
}
