package com.example.reminderskill.skill.handlers;

import static com.example.reminderskill.skill.conversation.RequestParts.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.example.reminderskill.skill.conversation.IntentNames;
import com.example.reminderskill.skill.handlers.TimerActionFlow.ChosenTimer;
import java.util.Optional;

/** "Cancel the eggs timer". */
final class CancelTimerIntentHandler implements RequestHandler {

    private final TimerActionFlow flow;

    CancelTimerIntentHandler(TimerActionFlow flow) {
        this.flow = flow;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName(IntentNames.CANCEL_TIMER));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return flow.handle(input, IntentNames.CANCEL_TIMER, CancelTimerIntentHandler::cancel);
    }

    static String cancel(ChosenTimer chosen) {
        chosen.timers().delete(chosen.access(), chosen.timer().id());
        return chosen.speech().say("timer.cancelled", chosen.name());
    }
}
