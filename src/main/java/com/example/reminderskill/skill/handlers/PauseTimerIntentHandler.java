package com.example.reminderskill.skill.handlers;

import static com.example.reminderskill.skill.conversation.RequestParts.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.example.reminderskill.skill.conversation.IntentNames;
import com.example.reminderskill.skill.handlers.TimerActionFlow.ChosenTimer;
import java.util.Optional;

/** "Pause the pasta timer". */
final class PauseTimerIntentHandler implements RequestHandler {

    private final TimerActionFlow flow;

    PauseTimerIntentHandler(TimerActionFlow flow) {
        this.flow = flow;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName(IntentNames.PAUSE_TIMER));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return flow.handle(input, IntentNames.PAUSE_TIMER, PauseTimerIntentHandler::pause);
    }

    static String pause(ChosenTimer chosen) {
        chosen.timers().pause(chosen.access(), chosen.timer().id());
        return chosen.speech().say("timer.paused", chosen.name(), chosen.left());
    }
}
