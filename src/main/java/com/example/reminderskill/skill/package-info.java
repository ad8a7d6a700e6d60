/**
 * The skill as Alexa calls it, and nothing else: the one assembly point ({@link ReminderSkill}
 * on {@link SkillSettings}), the Lambda entry point with its SnapStart priming, and what wraps
 * every handler at assembly ({@link ResponseLimits}). The handlers live in {@code skill.handlers},
 * what they share in {@code skill.conversation}; neither depends on this package.
 */
package com.example.reminderskill.skill;
