package com.example.reminderskill.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentConfirmationStatus;
import com.amazon.ask.model.Response;
import com.example.reminderskill.skill.conversation.Speech;
import java.util.Optional;

/**
 * The one place that reads the user's answer to Alexa's confirmation of an intent: "no", "yes",
 * or not asked yet. A handler checks {@link #refused} first, before any Alexa API call, since
 * what the user refused needs nothing from the APIs.
 */
final class Confirmation {

    private Confirmation() {}

    /** The answer to "no", saying {@code keptKey} and ending the session; empty for "yes" or not asked yet. */
    static Optional<Response> refused(HandlerInput input, Intent intent, String keptKey) {
        if (intent.getConfirmationStatus() != IntentConfirmationStatus.DENIED) {
            return Optional.empty();
        }
        return input.getResponseBuilder()
                .withSpeech(Speech.of(input).say(keptKey))
                .withShouldEndSession(true)
                .build();
    }

    /** Whether the user said "yes" to the intent. */
    static boolean confirmed(Intent intent) {
        return intent.getConfirmationStatus() == IntentConfirmationStatus.CONFIRMED;
    }

    /** Asks {@code question}; Alexa's dialog brings the answer back as this intent's confirmation. */
    static Optional<Response> ask(HandlerInput input, Intent intent, String question) {
        return input.getResponseBuilder()
                .withSpeech(question)
                .withReprompt(question)
                .addConfirmIntentDirective(intent)
                .build();
    }

    /**
     * Asks {@code question} about the reminder or timer in {@code pendingToken}, which the session
     * keeps so that a plain "yes" (AMAZON.YesIntent) confirms it as well as the dialog's own answer.
     */
    static Optional<Response> ask(HandlerInput input, Intent intent, String question, String pendingToken) {
        PendingAnswer.remember(input, pendingToken);
        return ask(input, intent, question);
    }
}
