package com.example.reminderskill.emulator;

import java.util.Objects;

/**
 * One skill's Login with Amazon client credentials, as the developer console's Permissions page
 * shows them. {@link #toString()} leaves the secret out, so the record never carries it into a log.
 */
record SkillCredentials(String skillId, String clientId, String clientSecret) {

    SkillCredentials {
        requireText(skillId, "skillId");
        requireText(clientId, "clientId");
        requireText(clientSecret, "clientSecret");
    }

    @Override
    public String toString() {
        return "SkillCredentials[skillId=" + skillId + ", clientId=" + clientId + ", clientSecret=****]";
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
