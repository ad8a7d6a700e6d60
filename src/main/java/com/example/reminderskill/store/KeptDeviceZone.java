package com.example.reminderskill.store;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A device's time zone as the Settings API last told it, kept until {@code expiresAt} so that a
 * turn need not ask again (a user who changes the zone waits at most that long for it to count).
 */
public record KeptDeviceZone(String userId, String deviceId, ZoneId zone, Instant expiresAt) {

    public KeptDeviceZone {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** Whether it still counts at {@code now} (up to and including its expiry). */
    public boolean isLiveAt(Instant now) {
        return !expiresAt.isBefore(now);
    }
}
