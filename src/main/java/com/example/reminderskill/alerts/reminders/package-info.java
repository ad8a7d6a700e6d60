/**
 * The Reminders API wrapper ({@link ReminderClient}) around the ASK SDK's service client: local
 * validation of triggers, RRULEs and spoken content with the service's own error codes, then the
 * call, with typed results.
 */
package com.example.reminderskill.alerts.reminders;
