package com.example.reminderskill.skill;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A duration as people say it: "1 hour and 30 minutes", "20 Minuten". */
public final class SpokenDuration {

    private SpokenDuration() {
    }

    public static String say(Duration duration, Speech speech) {
        List<String> parts = new ArrayList<>();
        if (duration.toHours() > 0) {
            parts.add(speech.say("duration.hours", duration.toHours()));
        }
        if (duration.toMinutesPart() > 0) {
            parts.add(speech.say("duration.minutes", duration.toMinutesPart()));
        }
        if (duration.toSecondsPart() > 0 || parts.isEmpty()) {
            parts.add(speech.say("duration.seconds", duration.toSecondsPart()));
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return speech.say("duration.and", String.join(" ", parts.subList(0, parts.size() - 1)), parts.get(parts.size() - 1));
    }
}
