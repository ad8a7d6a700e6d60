package com.example.reminderskill.skill.handlers;

import static com.amazon.ask.request.Predicates.requestType;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.example.reminderskill.skill.conversation.Speech;
import java.util.Optional;

/**
 * {@code AMAZON.FallbackIntent}, and any intent no other handler knows (registered after them all):
 * say what the skill can do and listen again.
 */
final class FallbackIntentHandler implements RequestHandler {

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(requestType(IntentRequest.class));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Speech speech = Speech.of(input);
        return input.getResponseBuilder()
                .withSpeech(speech.say("fallback"))
                .withReprompt(speech.say("fallback.reprompt"))
                .build();
    }
}
