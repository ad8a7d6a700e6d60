package com.example.reminderskill.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The reminder or timer a confirmation question is about, kept in the session until the user answers. */
final class PendingAnswer {

    private static final String ATTRIBUTE = "pendingConfirmation";

    private PendingAnswer() {}

    static void remember(HandlerInput input, String token) {
        if (input.getRequestEnvelope().getSession() == null) {
            // Out of session there is nowhere to keep it: a plain "yes" then finds nothing pending and asks again.
            return;
        }
        Map<String, Object> attributes =
                new HashMap<>(input.getAttributesManager().getSessionAttributes());
        attributes.put(ATTRIBUTE, token);
        input.getAttributesManager().setSessionAttributes(attributes);
    }

    static Optional<String> recall(HandlerInput input) {
        if (input.getRequestEnvelope().getSession() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(
                        input.getAttributesManager().getSessionAttributes().get(ATTRIBUTE))
                .map(String::valueOf);
    }

    static void forget(HandlerInput input) {
        if (input.getRequestEnvelope().getSession() != null) {
            Map<String, Object> attributes =
                    new HashMap<>(input.getAttributesManager().getSessionAttributes());
            attributes.remove(ATTRIBUTE);
            input.getAttributesManager().setSessionAttributes(attributes);
        }
    }
}
