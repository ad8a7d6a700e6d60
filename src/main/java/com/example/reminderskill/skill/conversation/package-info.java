/**
 * What the handlers and the skill's assembly share about a conversation: intent and slot names,
 * the parts of a request ({@link RequestParts}), speech per locale ({@link Speech}, {@link Ssml},
 * {@link SpokenText}), when a reminder rings ({@link ReminderSchedule}, {@link Repeat}), the
 * reminder or timer waiting for a yes or a permission, and the permissions themselves. It depends
 * on no other package of the skill.
 */
package com.example.reminderskill.skill.conversation;
