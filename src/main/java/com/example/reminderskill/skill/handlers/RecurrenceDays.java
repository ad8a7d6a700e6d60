package com.example.reminderskill.skill.handlers;

import com.amazon.ask.model.services.reminderManagement.Recurrence;
import com.example.reminderskill.alerts.AlertsSerializer;
import com.example.reminderskill.alerts.AlexaApiException;
import com.example.reminderskill.alerts.reminders.RecurrencePattern;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/** Whether a reminder's recurrence rings on a given day, expanded by the same {@link RecurrencePattern} the emulator and the validator use. */
final class RecurrenceDays {

    /** Writes the recurrence as the API would, so that the pattern reads its rules, start and end (or the deprecated freq/byDay) in one place. */
    private static final AlertsSerializer JSON = new AlertsSerializer();

    private RecurrenceDays() {}

    /**
     * Whether an occurrence falls on {@code day}. Rules are written for the wall clock of the
     * reminder's zone, so the day needs no zone of its own; a recurrence the pattern cannot read
     * rings on no day, as it would be refused when created.
     *
     * @param scheduledTime the trigger's scheduled time, the start when the recurrence names none
     */
    static boolean occursOn(Recurrence recurrence, Optional<LocalDateTime> scheduledTime, LocalDate day) {
        LocalDateTime dayStart = day.atStartOfDay();
        try {
            return RecurrencePattern.fromJson(JSON.toTree(recurrence), () -> scheduledTime.orElse(dayStart))
                    .nextAfter(dayStart.minusSeconds(1))
                    .filter(next -> next.toLocalDate().equals(day))
                    .isPresent();
        } catch (AlexaApiException e) {
            return false;
        }
    }
}
