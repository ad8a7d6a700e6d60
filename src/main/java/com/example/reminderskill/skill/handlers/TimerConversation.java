package com.example.reminderskill.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.example.reminderskill.alerts.timers.Timer;
import com.example.reminderskill.alerts.timers.TimerClient;
import com.example.reminderskill.skill.ReminderMemory;
import com.example.reminderskill.skill.PendingTimer;
import com.example.reminderskill.skill.ReminderPermission;
import com.example.reminderskill.skill.RequestParts;
import com.example.reminderskill.skill.Speech;
import com.example.reminderskill.skill.SpokenDuration;
import java.util.Optional;

/** Starts a confirmed timer and says so. */
final class TimerConversation {

    private final TimerClient timers;
    private final ReminderMemory memory;

    TimerConversation(TimerClient timers, ReminderMemory memory) {
        this.timers = timers;
        this.memory = memory;
    }

    /** The user said yes: ask for the timers permission if it is missing, else start. */
    Optional<Response> confirmed(HandlerInput input, PendingTimer timer) {
        PendingAnswer.forget(input);
        if (!ReminderPermission.isGranted(input, ReminderPermission.TIMERS_SCOPE)) {
            return input.getResponseBuilder()
                    .addDirective(ReminderPermission.askFor(ReminderPermission.TIMERS_SCOPE, timer.toToken()))
                    .withShouldEndSession(true)
                    .build();
        }
        return start(input, timer);
    }

    /** @throws com.example.reminderskill.alerts.AlexaApiException answered by the error handler */
    Optional<Response> start(HandlerInput input, PendingTimer timer) {
        Speech speech = Speech.of(input);
        Timer started = timers.create(ReminderConversation.access(input), timer.toRequest(speech));
        memory.timerStarted(RequestParts.userId(input), started);
        return input.getResponseBuilder()
                .withSpeech(speech.say("timer.started", timer.name(speech), SpokenDuration.say(timer.duration(), speech)))
                .withShouldEndSession(true)
                .build();
    }
}
