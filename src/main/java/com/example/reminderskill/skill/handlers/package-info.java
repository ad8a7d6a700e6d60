/**
 * The request handlers, one class per intent or request type, listed in priority order in
 * {@link ReminderHandlers}: each decides, calls a wrapper, and renders speech. The catch-all
 * {@link ErrorHandler} answers every failure politely.
 */
package com.example.reminderskill.skill.handlers;
