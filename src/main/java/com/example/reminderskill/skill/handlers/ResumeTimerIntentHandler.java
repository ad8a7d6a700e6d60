package com.example.reminderskill.skill.handlers;

import static com.example.reminderskill.skill.conversation.RequestParts.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.example.reminderskill.skill.conversation.IntentNames;
import com.example.reminderskill.skill.handlers.TimerActionFlow.ChosenTimer;
import java.util.Optional;

/** "Resume the timer". */
final class ResumeTimerIntentHandler implements RequestHandler {

    private final TimerActionFlow flow;

    ResumeTimerIntentHandler(TimerActionFlow flow) {
        this.flow = flow;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName(IntentNames.RESUME_TIMER));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return flow.handle(input, IntentNames.RESUME_TIMER, ResumeTimerIntentHandler::resume);
    }

    static String resume(ChosenTimer chosen) {
        chosen.timers().resume(chosen.access(), chosen.timer().id());
        return chosen.speech().say("timer.resumed", chosen.name(), chosen.left());
    }
}
