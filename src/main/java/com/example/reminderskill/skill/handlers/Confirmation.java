package com.example.reminderskill.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentConfirmationStatus;
import com.amazon.ask.model.Response;
import com.example.reminderskill.skill.conversation.Speech;
import java.util.Optional;

/** The user's answer to Alexa's confirmation question, checked before any Alexa API call. */
final class Confirmation {

    private Confirmation() {
    }

    /**
     * The answer to "no", which ends the session; empty for "yes" or not asked yet. Checked first,
     * since a change or delete the user refused needs nothing from the Reminders API.
     */
    static Optional<Response> refused(HandlerInput input, Intent intent, String keptKey) {
        if (intent.getConfirmationStatus() != IntentConfirmationStatus.DENIED) {
            return Optional.empty();
        }
        return input.getResponseBuilder().withSpeech(Speech.of(input).say(keptKey)).withShouldEndSession(true).build();
    }
}
