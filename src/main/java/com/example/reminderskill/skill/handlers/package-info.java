/**
 * The request handlers, one class per intent or request type, listed in priority order in
 * {@link ReminderHandlers}, and the parts only they use: the create flow, confirmation, the
 * device's time zone, what the skill remembers per user and the out-of-session operations. Each
 * handler decides, calls a wrapper, and renders speech; the catch-all {@link ErrorHandler}
 * answers every failure politely.
 */
package com.example.reminderskill.skill.handlers;
