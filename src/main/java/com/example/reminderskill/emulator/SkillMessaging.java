package com.example.reminderskill.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Login with Amazon and Skill Messaging: the token endpoint, the Send skill message endpoint, and
 * the {@code Messaging.MessageReceived} requests an accepted message becomes. A message goes to the
 * skill out of session, with an {@code apiAccessToken} for its user carrying what that user granted
 * the skill in session, and is sent again until the skill acknowledges it or it expires.
 */
final class SkillMessaging {

    static final String MESSAGE_TYPE = "Messaging.MessageReceived";
    /** The endpoint requests carry, as the Messaging interface reference shows it. */
    private static final String API_ENDPOINT = "https://api.amazonalexa.com";

    private final Clock clock;
    private final Grants grants;
    private final EventDelivery delivery;
    private final LwaTokens tokens;
    private final RateLimiter rateLimiter;
    private final FaultInjection faults;
    private final ObjectMapper mapper;
    private final AtomicLong messageIds = new AtomicLong();

    /**
     * @param credentials every skill's client credentials; a client id given to two skills is refused
     * @param rateLimiter Skill Messaging's own per-skill budget, apart from the alerts APIs'
     */
    SkillMessaging(
            Clock clock,
            Grants grants,
            EventDelivery delivery,
            Collection<SkillCredentials> credentials,
            RateLimiter rateLimiter,
            FaultInjection faults,
            ObjectMapper mapper) {
        this.clock = clock;
        this.grants = grants;
        this.delivery = delivery;
        this.tokens = new LwaTokens(clock, credentials);
        this.rateLimiter = rateLimiter;
        this.faults = faults;
        this.mapper = mapper;
    }

    /** Serves {@code POST /auth/o2/token} (also as {@code /auth/O2/token}, the SDKs' spelling) and {@code POST /v1/skillmessages/users/{userId}}, each call counted. */
    void install(HttpServer server, ApiCallCounter calls) {
        LwaHandler lwa = new LwaHandler(tokens, mapper);
        calls.count(server.createContext("/auth/o2/token", lwa), ApiCallCounter.Api.LWA);
        calls.count(server.createContext("/auth/O2/token", lwa), ApiCallCounter.Api.LWA);
        calls.count(
                server.createContext(
                        "/v1/skillmessages/",
                        new SkillMessagingHandler(this, tokens, clock, rateLimiter, faults, mapper)),
                ApiCallCounter.Api.SKILL_MESSAGING);
    }

    /** Whether the emulator knows this user as a user of this skill: a token was minted for the two. */
    boolean knows(String skillId, String userId) {
        return grants.granted(skillId, userId).isPresent();
    }

    /** Queues one accepted message for the skill; it is sent until acknowledged or {@code expiresAfter} passes. */
    void accept(String skillId, String userId, ObjectNode data, Duration expiresAfter) {
        Instant now = clock.instant();
        ObjectNode envelope = mapper.createObjectNode().put("version", "1.0");
        ObjectNode system = envelope.putObject("context").putObject("System");
        system.putObject("application").put("applicationId", skillId);
        system.putObject("user").put("userId", userId);
        system.put("apiEndpoint", API_ENDPOINT);
        putToken(envelope, skillId, userId);
        envelope.putObject("request")
                .put("type", MESSAGE_TYPE)
                .put("requestId", "amzn1.echo-api.request.emulator-" + UUID.randomUUID())
                .put("timestamp", now.truncatedTo(ChronoUnit.SECONDS).toString())
                .set("message", data.deepCopy());
        EmulatorEvent event = new EmulatorEvent(
                "message-" + messageIds.incrementAndGet(), MESSAGE_TYPE, now, skillId, userId, envelope);
        delivery.sendUntilExpired(event, clock, now.plus(expiresAfter), this::withLiveToken);
    }

    /** The envelope as it goes out now: a token that expired while the message waited is replaced by a fresh one. */
    private ObjectNode withLiveToken(ObjectNode envelope) {
        String token = envelope.at("/context/System/apiAccessToken").asText();
        boolean live = grants.find(token)
                .map(grant -> clock.instant().isBefore(grant.expiresAt()))
                .orElse(false);
        if (live) {
            return envelope;
        }
        ObjectNode fresh = envelope.deepCopy();
        putToken(
                fresh,
                fresh.at("/context/System/application/applicationId").asText(),
                fresh.at("/context/System/user/userId").asText());
        return fresh;
    }

    /** An out-of-session token for the user, with the permissions they last granted the skill in session. */
    private void putToken(ObjectNode envelope, String skillId, String userId) {
        Set<String> permissions = grants.granted(skillId, userId).orElse(Set.of());
        String token = grants.mint(skillId, userId, false, permissions, grants.deviceTimeZone(userId));
        ObjectNode system = (ObjectNode) envelope.path("context").path("System");
        ObjectNode user = (ObjectNode) system.path("user");
        if (permissions.isEmpty()) {
            user.remove("permissions");
        } else {
            user.putObject("permissions").put("consentToken", token);
        }
        system.put("apiAccessToken", token);
    }
}
