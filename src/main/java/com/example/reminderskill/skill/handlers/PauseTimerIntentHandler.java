package com.example.reminderskill.skill.handlers;

import com.example.reminderskill.alerts.AlexaApiAccess;
import com.example.reminderskill.alerts.timers.Timer;
import com.example.reminderskill.alerts.timers.TimerClient;
import com.example.reminderskill.skill.conversation.IntentNames;
import com.example.reminderskill.skill.conversation.Speech;
import java.time.Clock;

/** "Pause the pasta timer". */
final class PauseTimerIntentHandler extends TimerActionHandler {

    PauseTimerIntentHandler(TimerClient timers, Clock clock) {
        super(IntentNames.PAUSE_TIMER, timers, clock);
    }

    @Override
    String act(AlexaApiAccess access, Timer timer, String name, Speech speech) {
        timers.pause(access, timer.id());
        return speech.say("timer.paused", name, left(timer, speech));
    }
}
