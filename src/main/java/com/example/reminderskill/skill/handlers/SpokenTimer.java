package com.example.reminderskill.skill.handlers;

import com.example.reminderskill.alerts.timers.Timer;
import com.example.reminderskill.skill.conversation.PendingTimer;
import com.example.reminderskill.skill.conversation.Speech;
import com.example.reminderskill.skill.conversation.SpokenDuration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A running or paused timer as speech names it: "pasta timer", "4 minutes" left, "Your pasta timer has 4 minutes left." */
final class SpokenTimer {

    private SpokenTimer() {}

    /** "pasta timer"; labels are read in lower case, as the user said them. */
    static String name(Timer timer, Speech speech) {
        return PendingTimer.name(timer.label().map(value -> value.toLowerCase(Locale.ROOT)), speech);
    }

    /** What is left at {@code now}, in whole seconds, as people say it. */
    static String left(Timer timer, Instant now, Speech speech) {
        return SpokenDuration.say(timer.remaining(now).truncatedTo(ChronoUnit.SECONDS), speech);
    }

    /** One sentence per timer: how long each has left, and which are paused. */
    static String status(List<Timer> timers, Instant now, Speech speech) {
        return timers.stream()
                .map(timer -> speech.say(
                        "PAUSED".equals(timer.status()) ? "timer.status.paused" : "timer.status",
                        name(timer, speech),
                        left(timer, now, speech)))
                .collect(Collectors.joining(" "));
    }
}
