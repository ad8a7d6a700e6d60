package com.example.reminderskill.skill.handlers;

import static com.example.reminderskill.skill.conversation.RequestParts.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.example.reminderskill.skill.conversation.IntentNames;
import com.example.reminderskill.skill.handlers.TimerActionFlow.ChosenTimer;
import java.util.Optional;

/** "How much time is left on the pasta timer". */
final class TimeLeftIntentHandler implements RequestHandler {

    private final TimerActionFlow flow;

    TimeLeftIntentHandler(TimerActionFlow flow) {
        this.flow = flow;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName(IntentNames.TIME_LEFT));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return flow.handle(input, IntentNames.TIME_LEFT, TimeLeftIntentHandler::timeLeft);
    }

    static String timeLeft(ChosenTimer chosen) {
        return chosen.speech().say("timer.left", chosen.name(), chosen.left());
    }
}
