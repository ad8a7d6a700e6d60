package com.example.reminderskill.skill.handlers;

import static com.amazon.ask.request.Predicates.requestType;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.interfaces.connections.ConnectionsResponse;
import com.example.reminderskill.skill.PendingReminder;
import com.example.reminderskill.skill.PendingTimer;
import com.example.reminderskill.skill.ReminderPermission;
import com.example.reminderskill.skill.Speech;
import java.util.List;
import java.util.Optional;

/**
 * The user's answer to the voice permission request. Accepted: the confirmed reminder or timer
 * the request carried is created without asking again. Refused or not answered: a graceful answer
 * and the consent card in the Alexa app as the fallback.
 */
public final class PermissionResponseHandler implements RequestHandler {

    private final ReminderConversation conversation;
    private final TimerConversation timers;

    PermissionResponseHandler(ReminderConversation conversation, TimerConversation timers) {
        this.conversation = conversation;
        this.timers = timers;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(requestType(ConnectionsResponse.class))
                && "AskFor".equals(((ConnectionsResponse) input.getRequestEnvelope().getRequest()).getName());
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        ConnectionsResponse response = (ConnectionsResponse) input.getRequestEnvelope().getRequest();
        Object status = response.getPayload() == null ? null : response.getPayload().get("status");
        Optional<PendingTimer> timer = PendingTimer.fromToken(response.getToken());
        if (timer.isPresent()) {
            return "ACCEPTED".equals(status) ? timers.start(input, timer.get())
                    : refused(input, "permission.timers.denied", ReminderPermission.TIMERS_SCOPE);
        }
        Optional<PendingReminder> pending = PendingReminder.fromToken(response.getToken());
        if ("ACCEPTED".equals(status) && pending.isPresent()) {
            return conversation.create(input, pending.get());
        }
        return refused(input, "permission.denied", ReminderPermission.SCOPE);
    }

    private static Optional<Response> refused(HandlerInput input, String speechKey, String scope) {
        return input.getResponseBuilder()
                .withSpeech(Speech.of(input).say(speechKey))
                .withAskForPermissionsConsentCard(List.of(scope))
                .withShouldEndSession(true)
                .build();
    }
}
