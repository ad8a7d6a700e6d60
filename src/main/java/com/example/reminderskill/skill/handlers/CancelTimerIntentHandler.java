package com.example.reminderskill.skill.handlers;

import com.example.reminderskill.alerts.AlexaApiAccess;
import com.example.reminderskill.alerts.timers.Timer;
import com.example.reminderskill.alerts.timers.TimerClient;
import com.example.reminderskill.skill.conversation.IntentNames;
import com.example.reminderskill.skill.conversation.Speech;
import java.time.Clock;

/** "Cancel the eggs timer". */
final class CancelTimerIntentHandler extends TimerActionHandler {

    CancelTimerIntentHandler(TimerClient timers, Clock clock) {
        super(IntentNames.CANCEL_TIMER, timers, clock);
    }

    @Override
    String act(AlexaApiAccess access, Timer timer, String name, Speech speech) {
        timers.delete(access, timer.id());
        return speech.say("timer.cancelled", name);
    }
}
