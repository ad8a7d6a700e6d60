package com.example.reminderskill.skill.handlers;

import static com.example.reminderskill.skill.conversation.RequestParts.intentName;
import static com.example.reminderskill.skill.conversation.RequestParts.resolvedSlot;
import static com.example.reminderskill.skill.conversation.RequestParts.slot;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentConfirmationStatus;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.SlotConfirmationStatus;
import com.example.reminderskill.alerts.timers.TimerRequestValidator;
import com.example.reminderskill.skill.conversation.IntentNames;
import com.example.reminderskill.skill.conversation.PendingTimer;
import com.example.reminderskill.skill.conversation.ReminderPermission;
import com.example.reminderskill.skill.conversation.RequestParts;
import com.example.reminderskill.skill.conversation.SlotNames;
import com.example.reminderskill.skill.conversation.Speech;
import com.example.reminderskill.skill.conversation.SpokenDuration;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * "Start a ten minute pasta timer": asks for the duration when missing or longer than the Timers
 * API allows, says so when a timer with that label already runs, confirms explicitly as the timers
 * overview asks, asks for the timers permission by voice when missing, then starts it.
 */
final class StartTimerIntentHandler implements RequestHandler {

    private final TimerConversation conversation;

    StartTimerIntentHandler(TimerConversation conversation) {
        this.conversation = conversation;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName(IntentNames.START_TIMER));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Intent intent = RequestParts.intent(input);
        Optional<Response> refused = Confirmation.refused(input, intent, "timer.notStarted");
        if (refused.isPresent()) {
            return refused;
        }
        Speech speech = Speech.of(input);
        Optional<Duration> duration = slot(intent, SlotNames.DURATION).flatMap(Slots::exactDuration);
        if (duration.isEmpty()) {
            return Slots.askFor(input, intent, SlotNames.DURATION, speech.say("timer.elicit.duration"));
        }
        if (duration.get().compareTo(TimerRequestValidator.MAX_DURATION) > 0) {
            // Said before confirming: the Timers API refuses it, and a new duration is what the user can give.
            return Slots.askFor(
                    input,
                    withoutDuration(intent),
                    SlotNames.DURATION,
                    speech.say("timer.tooLong", SpokenDuration.say(TimerRequestValidator.MAX_DURATION, speech)));
        }
        PendingTimer timer = new PendingTimer(
                duration.get(), resolvedSlot(intent, SlotNames.TIMER_LABEL), RequestParts.locale(input));
        if (!Confirmation.confirmed(intent)) {
            // Without the permission the timers cannot be listed yet; the start after the permission checks then.
            Optional<Response> duplicate = ReminderPermission.isGranted(input, ReminderPermission.TIMERS_SCOPE)
                    ? conversation.alreadyRunning(input, timer)
                    : Optional.empty();
            if (duplicate.isPresent()) {
                return duplicate;
            }
            String question =
                    speech.say("timer.confirm", timer.name(speech), SpokenDuration.say(timer.duration(), speech));
            return Confirmation.ask(input, intent, question, timer.toToken());
        }
        return conversation.confirmed(input, timer);
    }

    /** The intent with its duration emptied and its confirmation undone, so the new duration is confirmed afresh. */
    private static Intent withoutDuration(Intent intent) {
        Map<String, Slot> slots =
                new HashMap<>(Optional.ofNullable(intent.getSlots()).orElse(Map.of()));
        slots.put(
                SlotNames.DURATION,
                Slot.builder()
                        .withName(SlotNames.DURATION)
                        .withConfirmationStatus(SlotConfirmationStatus.NONE)
                        .build());
        return Intent.builder()
                .withName(intent.getName())
                .withSlots(slots)
                .withConfirmationStatus(IntentConfirmationStatus.NONE)
                .build();
    }
}
