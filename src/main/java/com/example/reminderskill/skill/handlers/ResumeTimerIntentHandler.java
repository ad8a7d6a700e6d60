package com.example.reminderskill.skill.handlers;

import com.example.reminderskill.alerts.AlexaApiAccess;
import com.example.reminderskill.alerts.timers.Timer;
import com.example.reminderskill.alerts.timers.TimerClient;
import com.example.reminderskill.skill.conversation.IntentNames;
import com.example.reminderskill.skill.conversation.Speech;
import java.time.Clock;

/** "Resume the timer". */
final class ResumeTimerIntentHandler extends TimerActionHandler {

    ResumeTimerIntentHandler(TimerClient timers, Clock clock) {
        super(IntentNames.RESUME_TIMER, timers, clock);
    }

    @Override
    String act(AlexaApiAccess access, Timer timer, String name, Speech speech) {
        timers.resume(access, timer.id());
        return speech.say("timer.resumed", name, left(timer, speech));
    }
}
