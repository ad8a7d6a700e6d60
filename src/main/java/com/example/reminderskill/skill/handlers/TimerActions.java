package com.example.reminderskill.skill.handlers;

import com.example.reminderskill.alerts.AlexaApiAccess;
import com.example.reminderskill.alerts.timers.Timer;
import com.example.reminderskill.alerts.timers.TimerClient;
import com.example.reminderskill.skill.IntentNames;
import com.example.reminderskill.skill.Speech;
import java.time.Clock;
import java.util.List;

/** The four timer actions, each one intent. */
final class TimerActions {

    private TimerActions() {
    }

    static List<TimerActionHandler> create(TimerClient timers, Clock clock) {
        return List.of(new PauseTimer(timers, clock), new ResumeTimer(timers, clock), new CancelTimer(timers, clock), new TimeLeft(timers, clock));
    }

    /** "Pause the pasta timer". */
    static final class PauseTimer extends TimerActionHandler {
        PauseTimer(TimerClient timers, Clock clock) {
            super(IntentNames.PAUSE_TIMER, timers, clock);
        }

        @Override
        String act(AlexaApiAccess access, Timer timer, String name, Speech speech) {
            timers.pause(access, timer.id());
            return speech.say("timer.paused", name, left(timer, speech));
        }
    }

    /** "Resume the timer". */
    static final class ResumeTimer extends TimerActionHandler {
        ResumeTimer(TimerClient timers, Clock clock) {
            super(IntentNames.RESUME_TIMER, timers, clock);
        }

        @Override
        String act(AlexaApiAccess access, Timer timer, String name, Speech speech) {
            timers.resume(access, timer.id());
            return speech.say("timer.resumed", name, left(timer, speech));
        }
    }

    /** "Cancel the eggs timer". */
    static final class CancelTimer extends TimerActionHandler {
        CancelTimer(TimerClient timers, Clock clock) {
            super(IntentNames.CANCEL_TIMER, timers, clock);
        }

        @Override
        String act(AlexaApiAccess access, Timer timer, String name, Speech speech) {
            timers.delete(access, timer.id());
            return speech.say("timer.cancelled", name);
        }
    }

    /** "How much time is left". */
    static final class TimeLeft extends TimerActionHandler {
        TimeLeft(TimerClient timers, Clock clock) {
            super(IntentNames.TIME_LEFT, timers, clock);
        }

        @Override
        String act(AlexaApiAccess access, Timer timer, String name, Speech speech) {
            return speech.say("timer.left", name, left(timer, speech));
        }
    }
}
