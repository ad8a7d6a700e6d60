package com.example.reminderskill.skill.conversation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A duration as people say it: "1 hour and 30 minutes", "20 Minuten", "in 2 weeks", "in einer Woche". */
public final class SpokenDuration {

    private static final int DAYS_PER_WEEK = 7;

    private SpokenDuration() {}

    /** How long something runs, in hours, minutes and seconds: "1 hour and 30 minutes", as a timer's length. */
    public static String say(Duration duration, Speech speech) {
        return join(parts(duration.toHours(), duration, "duration.", speech), "duration.", speech);
    }

    /**
     * How long until something happens, after "in": whole weeks ("2 weeks") or else days, then hours,
     * minutes and seconds, in the form "in" needs (German takes the dative: "einer Woche", "2 Tagen").
     */
    public static String ahead(Duration duration, Speech speech) {
        List<String> parts = new ArrayList<>();
        long days = duration.toDays();
        if (days > 0 && days % DAYS_PER_WEEK == 0) {
            parts.add(speech.say("duration.in.weeks", days / DAYS_PER_WEEK));
        } else if (days > 0) {
            parts.add(speech.say("duration.in.days", days));
        }
        parts.addAll(parts(duration.toHoursPart(), duration, "duration.in.", speech));
        return join(parts, "duration.in.", speech);
    }

    private static List<String> parts(long hours, Duration duration, String keys, Speech speech) {
        List<String> parts = new ArrayList<>();
        if (hours > 0) {
            parts.add(speech.say(keys + "hours", hours));
        }
        if (duration.toMinutesPart() > 0) {
            parts.add(speech.say(keys + "minutes", duration.toMinutesPart()));
        }
        if (duration.toSecondsPart() > 0) {
            parts.add(speech.say(keys + "seconds", duration.toSecondsPart()));
        }
        return parts;
    }

    /** The parts as one phrase; none at all is "0 seconds". */
    private static String join(List<String> parts, String keys, Speech speech) {
        if (parts.isEmpty()) {
            return speech.say(keys + "seconds", 0);
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return speech.say(
                "duration.and", String.join(" ", parts.subList(0, parts.size() - 1)), parts.get(parts.size() - 1));
    }
}
