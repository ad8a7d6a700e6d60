package com.example.reminderskill.skill;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** When a reminder rings, as people say it: "in 20 minutes", "tomorrow at 7:00 PM", "am Montag, 23. November um 19:00 Uhr". */
public final class SpokenSchedule {

    private SpokenSchedule() {
    }

    public static String say(ReminderSchedule schedule, Speech speech, Clock clock) {
        if (schedule instanceof ReminderSchedule.In in) {
            return speech.say("schedule.in", SpokenDuration.say(in.offset(), speech));
        }
        ReminderSchedule.At at = (ReminderSchedule.At) schedule;
        ZoneId zone = at.zone().orElse(ZoneOffset.UTC);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        String time = DateTimeFormatter.ofPattern(speech.say("schedule.timePattern"), speech.locale()).format(at.time());
        LocalDate day = at.time().toLocalDate();
        if (day.equals(today)) {
            return speech.say("schedule.today", time);
        }
        if (day.equals(today.plusDays(1))) {
            return speech.say("schedule.tomorrow", time);
        }
        String date = DateTimeFormatter.ofPattern(speech.say("schedule.datePattern"), speech.locale()).format(day);
        return speech.say("schedule.on", date, time);
    }
}
