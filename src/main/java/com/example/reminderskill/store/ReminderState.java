package com.example.reminderskill.store;

/** ON and COMPLETED as the Reminders API says; DELETED is kept for a while so that late events cannot bring it back. */
public enum ReminderState {
    ON,
    COMPLETED,
    DELETED
}
