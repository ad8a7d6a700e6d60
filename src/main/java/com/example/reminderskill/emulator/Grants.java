package com.example.reminderskill.emulator;

import com.example.reminderskill.alerts.ErrorCode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The bearer tokens the emulator minted, and the checks every API call makes on its token. */
final class Grants {

    /** A device's zone when none was given: UTC by its tz database name, as the Settings API names every zone. */
    static final ZoneId DEFAULT_DEVICE_ZONE = ZoneId.of("UTC");

    static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> byToken = new ConcurrentHashMap<>();
    /** The device time zone each user's last in-session token named: a property of the device, not of a token. */
    private final Map<String, ZoneId> deviceTimeZones = new ConcurrentHashMap<>();
    /** Per skill and user, the permissions of the last in-session token (of the first token, before any session). */
    private final Map<List<String>, Set<String>> grantedBySkillUser = new ConcurrentHashMap<>();

    Grants(Clock clock) {
        this.clock = clock;
    }

    String mint(String skillId, String userId, boolean inSession, Set<String> permissions, ZoneId deviceTimeZone) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = "Atza|emulator." + HexFormat.of().formatHex(bytes);
        if (inSession) {
            deviceTimeZones.put(userId, deviceTimeZone);
            grantedBySkillUser.put(List.of(skillId, userId), Set.copyOf(permissions));
        } else {
            grantedBySkillUser.putIfAbsent(List.of(skillId, userId), Set.copyOf(permissions));
        }
        byToken.put(
                token,
                new Grant(
                        skillId, userId, inSession, permissions, clock.instant().plus(TOKEN_LIFETIME), deviceTimeZone));
        return token;
    }

    /** The user's device time zone as last seen in session; UTC before any session. */
    ZoneId deviceTimeZone(String userId) {
        return deviceTimeZones.getOrDefault(userId, DEFAULT_DEVICE_ZONE);
    }

    /**
     * What the user granted the skill, as their last in-session token carried it (their first
     * token, before any session); empty when no token was ever minted for this skill and user
     * (the emulator does not know them as its user).
     */
    Optional<Set<String>> granted(String skillId, String userId) {
        return Optional.ofNullable(grantedBySkillUser.get(List.of(skillId, userId)));
    }

    Optional<Grant> find(String token) {
        return Optional.ofNullable(byToken.get(token));
    }

    /**
     * The grant behind an {@code Authorization} header, checked for expiry and the scope.
     *
     * @throws ApiError 401 with MISSING_BEARER_TOKEN, INVALID_BEARER_TOKEN, EXPIRED_BEARER_TOKEN or UNAUTHORIZED
     */
    Grant authorize(Optional<String> authorization, String scope) {
        Grant grant = authenticate(authorization);
        if (!grant.allows(scope)) {
            throw new ApiError(
                    401,
                    ErrorCode.UNAUTHORIZED,
                    "Token is valid but does not have appropriate permissions: " + scope + " not granted.");
        }
        return grant;
    }

    /**
     * The grant behind an {@code Authorization} header, checked for expiry but not for a scope.
     *
     * @throws ApiError 401 with MISSING_BEARER_TOKEN, INVALID_BEARER_TOKEN or EXPIRED_BEARER_TOKEN
     */
    Grant authenticate(Optional<String> authorization) {
        String header = authorization.map(String::strip).orElse("");
        if (header.isEmpty()) {
            throw new ApiError(401, ErrorCode.MISSING_BEARER_TOKEN, "Missing access token.");
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ApiError(
                    401, ErrorCode.INVALID_BEARER_TOKEN, "Invalid / wrong access token: expected 'Bearer <token>'.");
        }
        Grant grant = find(header.substring(7).strip())
                .orElseThrow(() -> new ApiError(401, ErrorCode.INVALID_BEARER_TOKEN, "Invalid / wrong access token."));
        if (!clock.instant().isBefore(grant.expiresAt())) {
            throw new ApiError(401, ErrorCode.EXPIRED_BEARER_TOKEN, "Access token expired.");
        }
        return grant;
    }
}
