package com.example.reminderskill.emulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Login with Amazon as far as Skill Messaging needs it: each skill's client credentials, and the
 * client-credentials access tokens issued for them, valid for an hour of emulated time.
 */
final class LwaTokens {

    static final String SKILL_MESSAGING_SCOPE = "alexa:skill_messaging";
    static final Duration LIFETIME = Duration.ofHours(1);

    /** What an issued access token stands for: a skill, with a scope, until it expires. */
    record LwaGrant(String skillId, String scope, Instant expiresAt) {}

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, SkillCredentials> byClientId = new LinkedHashMap<>();
    private final Map<String, LwaGrant> byToken = new ConcurrentHashMap<>();

    LwaTokens(Clock clock, Collection<SkillCredentials> credentials) {
        this.clock = clock;
        for (SkillCredentials skill : credentials) {
            if (byClientId.putIfAbsent(skill.clientId(), skill) != null) {
                throw new IllegalArgumentException("client id " + skill.clientId() + " is configured for two skills");
            }
        }
    }

    /**
     * The skill whose client credentials these are.
     *
     * @return empty when no skill has this client id with this secret
     */
    Optional<String> authenticate(String clientId, String clientSecret) {
        SkillCredentials skill = byClientId.get(clientId);
        if (skill == null || !sameSecret(skill.clientSecret(), clientSecret)) {
            return Optional.empty();
        }
        return Optional.of(skill.skillId());
    }

    /** A new access token for the skill, valid for {@link #LIFETIME} from now on the emulator's clock. */
    String issue(String skillId, String scope) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = "Atc|emulator." + HexFormat.of().formatHex(bytes);
        byToken.put(token, new LwaGrant(skillId, scope, clock.instant().plus(LIFETIME)));
        return token;
    }

    Optional<LwaGrant> find(String token) {
        return Optional.ofNullable(byToken.get(token));
    }

    /** Compares in constant time, so the answer's timing tells nothing about the secret. */
    private static boolean sameSecret(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
