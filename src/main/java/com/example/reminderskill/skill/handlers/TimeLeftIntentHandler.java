package com.example.reminderskill.skill.handlers;

import com.example.reminderskill.alerts.AlexaApiAccess;
import com.example.reminderskill.alerts.timers.Timer;
import com.example.reminderskill.alerts.timers.TimerClient;
import com.example.reminderskill.skill.conversation.IntentNames;
import com.example.reminderskill.skill.conversation.Speech;
import java.time.Clock;

/** "How much time is left on the pasta timer". */
final class TimeLeftIntentHandler extends TimerActionHandler {

    TimeLeftIntentHandler(TimerClient timers, Clock clock) {
        super(IntentNames.TIME_LEFT, timers, clock);
    }

    @Override
    String act(AlexaApiAccess access, Timer timer, String name, Speech speech) {
        return speech.say("timer.left", name, left(timer, speech));
    }
}
