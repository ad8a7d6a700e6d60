/**
 * The skill as Alexa calls it: assembly ({@link ReminderSkill}, {@link SkillSettings}), the Lambda
 * entry point and SnapStart priming, speech per locale ({@link Speech}, {@link Ssml},
 * {@link SpokenText}), intent and slot names, and what the skill remembers per user.
 */
package com.example.reminderskill.skill;
