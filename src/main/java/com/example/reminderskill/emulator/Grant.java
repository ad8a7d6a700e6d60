package com.example.reminderskill.emulator;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

/**
 * What one minted token allows: a skill acting for a user, in or out of session, with the
 * permission scopes the user granted, until it expires.
 */
record Grant(
        String skillId,
        String userId,
        boolean inSession,
        Set<String> permissions,
        Instant expiresAt,
        ZoneId deviceTimeZone) {

    Grant {
        permissions = Set.copyOf(permissions);
    }

    boolean allows(String scope) {
        return permissions.contains(scope);
    }
}
