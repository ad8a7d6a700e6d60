package com.example.reminderskill.skill.handlers;

import static com.example.reminderskill.skill.conversation.RequestParts.intentName;
import static com.example.reminderskill.skill.conversation.RequestParts.resolvedSlot;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.example.reminderskill.alerts.AlexaApiAccess;
import com.example.reminderskill.alerts.timers.Timer;
import com.example.reminderskill.alerts.timers.TimerClient;
import com.example.reminderskill.skill.conversation.RequestParts;
import com.example.reminderskill.skill.conversation.PendingTimer;
import com.example.reminderskill.skill.conversation.ReminderPermission;
import com.example.reminderskill.skill.conversation.SlotNames;
import com.example.reminderskill.skill.conversation.Speech;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Pause, resume, cancel and "how much time is left": the timer named by its label, else the
 * active one that ends soonest; with no such timer, the skill says so and what is running. Without
 * the timers permission it asks for it by voice, and the answer finishes the action.
 */
abstract class TimerActionHandler implements RequestHandler {

    private final String intent;
    final TimerClient timers;
    final Clock clock;

    TimerActionHandler(String intent, TimerClient timers, Clock clock) {
        this.intent = intent;
        this.timers = timers;
        this.clock = clock;
    }

    /** What to do with the timer, and what to say. */
    abstract String act(AlexaApiAccess access, Timer timer, String name, Speech speech);

    /** The intent this handler answers. */
    final String intent() {
        return intent;
    }

    @Override
    public final boolean canHandle(HandlerInput input) {
        return input.matches(intentName(intent));
    }

    @Override
    public final Optional<Response> handle(HandlerInput input) {
        Optional<String> label = resolvedSlot(RequestParts.intent(input), SlotNames.TIMER_LABEL);
        if (!ReminderPermission.isGranted(input, ReminderPermission.TIMERS_SCOPE)) {
            return new PendingAction(intent, label).askFor(input);
        }
        return perform(input, label);
    }

    /**
     * Acts on the timer labelled {@code label}, else on the one that ends soonest. When no timer
     * has that label, says so and what is running instead, rather than "no timers".
     */
    final Optional<Response> perform(HandlerInput input, Optional<String> label) {
        Speech speech = Speech.of(input);
        AlexaApiAccess access = RequestParts.apiAccess(input);
        Instant now = clock.instant();
        List<Timer> active = timers.active(access);
        Optional<Timer> target = active.stream()
                .filter(timer -> label.map(timer::isNamed).orElse(true))
                .min(Comparator.comparing(timer -> timer.remaining(now)));
        String answer;
        if (target.isPresent()) {
            answer = act(access, target.get(), SpokenTimer.name(target.get(), speech), speech);
        } else if (label.isPresent() && !active.isEmpty()) {
            answer = speech.say("timer.noSuch", PendingTimer.name(label.map(value -> value.toLowerCase(Locale.ROOT)), speech))
                    + " " + SpokenTimer.status(active, now, speech);
        } else {
            answer = speech.say("timer.none");
        }
        return input.getResponseBuilder().withSpeech(answer).withShouldEndSession(true).build();
    }

    /** What is left, in whole seconds, as people say it. */
    String left(Timer timer, Speech speech) {
        return SpokenTimer.left(timer, clock.instant(), speech);
    }
}
