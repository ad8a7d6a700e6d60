package com.example.reminderskill.skill.handlers;

import static com.example.reminderskill.skill.conversation.RequestParts.resolvedSlot;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.example.reminderskill.alerts.AlexaApiAccess;
import com.example.reminderskill.alerts.timers.Timer;
import com.example.reminderskill.alerts.timers.TimerClient;
import com.example.reminderskill.skill.conversation.PendingTimer;
import com.example.reminderskill.skill.conversation.ReminderPermission;
import com.example.reminderskill.skill.conversation.RequestParts;
import com.example.reminderskill.skill.conversation.SlotNames;
import com.example.reminderskill.skill.conversation.Speech;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What pause, resume, cancel and "how much time is left" share: the timer named by its label, else
 * the active one that ends soonest; with no such timer, the skill says so and what is running.
 * Without the timers permission it asks for it by voice, and the answer finishes the action
 * ({@link PermissionResponseHandler}). Each action's handler gives only what it does to the timer.
 */
final class TimerActionFlow {

    /** What an action does to the timer it was given, and what it says. */
    @FunctionalInterface
    interface TimerAction {
        String act(ChosenTimer chosen);
    }

    /** The timer an action applies to, with what the action needs to act on it and to say so. */
    record ChosenTimer(
            TimerClient timers, AlexaApiAccess access, Timer timer, String name, String left, Speech speech) {}

    private final TimerClient timers;
    private final Clock clock;

    TimerActionFlow(TimerClient timers, Clock clock) {
        this.timers = timers;
        this.clock = clock;
    }

    /** The turn of the action's own intent: asks for the permission first if it is missing. */
    Optional<Response> handle(HandlerInput input, String intent, TimerAction action) {
        Optional<String> label = resolvedSlot(RequestParts.intent(input), SlotNames.TIMER_LABEL);
        if (!ReminderPermission.isGranted(input, ReminderPermission.TIMERS_SCOPE)) {
            return new PendingAction(intent, label).askFor(input);
        }
        return perform(input, label, action);
    }

    /**
     * Acts on the timer labelled {@code label}, else on the one that ends soonest. When no timer
     * has that label, says so and what is running instead, rather than "no timers".
     */
    Optional<Response> perform(HandlerInput input, Optional<String> label, TimerAction action) {
        Speech speech = Speech.of(input);
        AlexaApiAccess access = RequestParts.apiAccess(input);
        Instant now = clock.instant();
        List<Timer> active = timers.active(access);
        Optional<Timer> target = active.stream()
                .filter(timer -> label.map(timer::isNamed).orElse(true))
                .min(Comparator.comparing(timer -> timer.remaining(now)));
        String answer;
        if (target.isPresent()) {
            Timer timer = target.get();
            answer = action.act(new ChosenTimer(
                    timers,
                    access,
                    timer,
                    SpokenTimer.name(timer, speech),
                    SpokenTimer.left(timer, now, speech),
                    speech));
        } else if (label.isPresent() && !active.isEmpty()) {
            answer = speech.say(
                            "timer.noSuch",
                            PendingTimer.name(label.map(value -> value.toLowerCase(Locale.ROOT)), speech))
                    + " " + SpokenTimer.status(active, now, speech);
        } else {
            answer = speech.say("timer.none");
        }
        return input.getResponseBuilder()
                .withSpeech(answer)
                .withShouldEndSession(true)
                .build();
    }
}
