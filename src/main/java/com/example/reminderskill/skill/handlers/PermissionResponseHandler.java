package com.example.reminderskill.skill.handlers;

import static com.amazon.ask.request.Predicates.requestType;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.interfaces.connections.ConnectionsResponse;
import com.example.reminderskill.skill.conversation.IntentNames;
import com.example.reminderskill.skill.conversation.PendingReminder;
import com.example.reminderskill.skill.conversation.PendingTimer;
import com.example.reminderskill.skill.conversation.ReminderPermission;
import com.example.reminderskill.skill.conversation.Speech;
import com.example.reminderskill.skill.handlers.TimerActionFlow.TimerAction;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The user's answer to the voice permission request. Accepted: the confirmed reminder or timer
 * the request carried is created without asking again, and a list or timer action is finished.
 * Refused or not answered: a graceful answer and the consent card for the scope asked for.
 */
final class PermissionResponseHandler implements RequestHandler {

    /** The action of each timer intent, by name, to finish after a granted permission. */
    private static final Map<String, TimerAction> TIMER_ACTIONS = Map.of(
            IntentNames.PAUSE_TIMER, PauseTimerIntentHandler::pause,
            IntentNames.RESUME_TIMER, ResumeTimerIntentHandler::resume,
            IntentNames.CANCEL_TIMER, CancelTimerIntentHandler::cancel,
            IntentNames.TIME_LEFT, TimeLeftIntentHandler::timeLeft);

    private final ReminderCreation creation;
    private final TimerConversation timers;
    private final ListRemindersIntentHandler list;
    private final TimerActionFlow timerActionFlow;

    PermissionResponseHandler(
            ReminderCreation creation,
            TimerConversation timers,
            ListRemindersIntentHandler list,
            TimerActionFlow timerActionFlow) {
        this.creation = creation;
        this.timers = timers;
        this.list = list;
        this.timerActionFlow = timerActionFlow;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(requestType(ConnectionsResponse.class))
                && "AskFor"
                        .equals(((ConnectionsResponse)
                                        input.getRequestEnvelope().getRequest())
                                .getName());
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        ConnectionsResponse response =
                (ConnectionsResponse) input.getRequestEnvelope().getRequest();
        Object status =
                response.getPayload() == null ? null : response.getPayload().get("status");
        Optional<PendingTimer> timer = PendingTimer.fromToken(response.getToken());
        if (timer.isPresent()) {
            return "ACCEPTED".equals(status)
                    ? timers.start(input, timer.get())
                    : refused(input, "permission.timers.denied", ReminderPermission.TIMERS_SCOPE);
        }
        Optional<PendingAction> action = PendingAction.fromToken(response.getToken());
        if (action.isPresent()) {
            return "ACCEPTED".equals(status)
                    ? finish(input, action.get())
                    : refused(
                            input,
                            action.get().scope().equals(ReminderPermission.TIMERS_SCOPE)
                                    ? "permission.timers.actionDenied"
                                    : "permission.actionDenied",
                            action.get().scope());
        }
        Optional<PendingReminder> pending = PendingReminder.fromToken(response.getToken());
        if ("ACCEPTED".equals(status) && pending.isPresent()) {
            return creation.create(input, pending.get());
        }
        return refused(input, "permission.denied", ReminderPermission.SCOPE);
    }

    /**
     * Finishes what waited for the permission: reads the reminders or acts on the timer; a change
     * or delete asks again what to do, as its slots and confirmation do not travel in the token.
     */
    private Optional<Response> finish(HandlerInput input, PendingAction action) {
        if (IntentNames.LIST_REMINDERS.equals(action.intent())) {
            return list.read(input, action.label().flatMap(Slots::date));
        }
        TimerAction timerAction = TIMER_ACTIONS.get(action.intent());
        if (timerAction != null) {
            return timerActionFlow.perform(input, action.label(), timerAction);
        }
        Speech speech = Speech.of(input);
        return input.getResponseBuilder()
                .withSpeech(speech.say("permission.granted"))
                .withReprompt(speech.say("list.next"))
                .build();
    }

    private static Optional<Response> refused(HandlerInput input, String speechKey, String scope) {
        return input.getResponseBuilder()
                .withSpeech(Speech.of(input).say(speechKey))
                .withAskForPermissionsConsentCard(List.of(scope))
                .withShouldEndSession(true)
                .build();
    }
}
