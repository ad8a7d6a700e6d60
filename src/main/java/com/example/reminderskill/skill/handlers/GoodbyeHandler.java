package com.example.reminderskill.skill.handlers;

import static com.example.reminderskill.skill.conversation.RequestParts.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.example.reminderskill.skill.conversation.IntentNames;
import com.example.reminderskill.skill.conversation.Speech;
import java.util.Optional;

/** Stop, Cancel and NavigateHome all leave the skill with a goodbye. */
final class GoodbyeHandler implements RequestHandler {

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName(IntentNames.STOP)
                .or(intentName(IntentNames.CANCEL))
                .or(intentName(IntentNames.NAVIGATE_HOME)));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return input.getResponseBuilder()
                .withSpeech(Speech.of(input).say("goodbye"))
                .withShouldEndSession(true)
                .build();
    }
}
