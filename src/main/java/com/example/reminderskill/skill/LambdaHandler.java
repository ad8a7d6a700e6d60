package com.example.reminderskill.skill;

import com.amazon.ask.SkillStreamHandler;

/**
 * The AWS Lambda entry point ({@code com.example.reminderskill.skill.LambdaHandler::handleRequest}).
 * It serves only the skill named by the {@code SKILL_ID} environment variable.
 */
public final class LambdaHandler extends SkillStreamHandler {

    public LambdaHandler() {
        super(ReminderSkill.create(SkillSettings.fromEnvironment()));
    }
}
