package com.example.reminderskill.emulator;

/**
 * The skill the {@code emulator} command configures so Skill Messaging works with no setup. Its
 * secret is a public placeholder for local runs, never a credential of a real skill.
 */
public final class LocalSkill {

    public static final String SKILL_ID = "amzn1.ask.skill.local";
    public static final String CLIENT_ID = "amzn1.application-oa2-client.local";
    public static final String CLIENT_SECRET = "local-secret";

    private LocalSkill() {}
}
