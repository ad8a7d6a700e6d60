package com.example.reminderskill.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.interfaces.connections.ConnectionsResponse;
import com.example.reminderskill.skill.conversation.IntentNames;
import com.example.reminderskill.skill.conversation.PendingTimer;
import com.example.reminderskill.skill.conversation.ReminderPermission;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A list, change, delete or timer action that waits for a permission: it travels in the voice
 * permission request's token, so that the answer can finish it (or send the consent card for its
 * own scope). The label is a timer's label, or the day a list was asked for (2026-11-27).
 */
record PendingAction(String intent, Optional<String> label) {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> TIMER_INTENTS = Set.of(
            IntentNames.START_TIMER,
            IntentNames.PAUSE_TIMER,
            IntentNames.RESUME_TIMER,
            IntentNames.CANCEL_TIMER,
            IntentNames.TIME_LEFT);

    PendingAction {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(label, "label");
    }

    /** The scope the action needs: timers for the timer intents, reminders for the rest. */
    String scope() {
        return TIMER_INTENTS.contains(intent) ? ReminderPermission.TIMERS_SCOPE : ReminderPermission.SCOPE;
    }

    /** Asks by voice for the action's scope; Alexa speaks the question itself, so the skill says nothing, least of all about a card. */
    Optional<Response> askFor(HandlerInput input) {
        return input.getResponseBuilder()
                .addDirective(ReminderPermission.askFor(scope(), toToken()))
                .withShouldEndSession(true)
                .build();
    }

    String toToken() {
        ObjectNode token = MAPPER.createObjectNode().put("kind", "action").put("intent", intent);
        label.ifPresent(value -> token.put("label", value));
        return token.toString();
    }

    /** The action a permission request carried; empty for any other token. */
    static Optional<PendingAction> fromToken(String token) {
        try {
            JsonNode json = token == null ? null : MAPPER.readTree(token);
            if (json == null
                    || !"action".equals(json.path("kind").asText())
                    || !json.path("intent").isTextual()) {
                return Optional.empty();
            }
            return Optional.of(new PendingAction(
                    json.get("intent").asText(),
                    Optional.ofNullable(json.get("label")).map(JsonNode::asText)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The scope the request was about: timers for a timer intent or a timer's permission answer, else reminders. */
    static String scopeOf(HandlerInput input) {
        Request request = input.getRequestEnvelope().getRequest();
        if (request instanceof IntentRequest intentRequest && intentRequest.getIntent() != null) {
            return new PendingAction(String.valueOf(intentRequest.getIntent().getName()), Optional.empty()).scope();
        }
        if (request instanceof ConnectionsResponse answer) {
            boolean timer = PendingTimer.fromToken(answer.getToken()).isPresent()
                    || fromToken(answer.getToken())
                            .map(PendingAction::scope)
                            .filter(ReminderPermission.TIMERS_SCOPE::equals)
                            .isPresent();
            return timer ? ReminderPermission.TIMERS_SCOPE : ReminderPermission.SCOPE;
        }
        return ReminderPermission.SCOPE;
    }
}
