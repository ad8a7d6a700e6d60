package com.example.reminderskill.skill.handlers;

import static com.example.reminderskill.skill.RequestParts.intentName;
import static com.example.reminderskill.skill.handlers.ReminderConversation.slot;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.example.reminderskill.alerts.AlexaApiAccess;
import com.example.reminderskill.alerts.timers.Timer;
import com.example.reminderskill.alerts.timers.TimerClient;
import com.example.reminderskill.skill.Speech;
import com.example.reminderskill.skill.SpokenDuration;
import com.example.reminderskill.skill.Ssml;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * Pause, resume, cancel and "how much time is left": the timer named by its label, else the
 * active one that ends soonest; with no active timer, the skill says so.
 */
abstract class TimerActionHandler implements RequestHandler {

    static final String LABEL = "timerLabel";

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

    @Override
    public final boolean canHandle(HandlerInput input) {
        return input.matches(intentName(intent));
    }

    @Override
    public final Optional<Response> handle(HandlerInput input) {
        Speech speech = Speech.of(input);
        AlexaApiAccess access = ReminderConversation.access(input);
        Optional<String> label = slot(((IntentRequest) input.getRequestEnvelope().getRequest()).getIntent(), LABEL);
        Optional<Timer> target = timers.list(access).stream()
                .filter(Timer::isActive)
                .filter(timer -> label.isEmpty() || timer.label().filter(value -> value.equalsIgnoreCase(label.get().strip())).isPresent())
                .min((first, second) -> first.remaining(clock.instant()).compareTo(second.remaining(clock.instant())));
        if (target.isEmpty()) {
            return input.getResponseBuilder().withSpeech(speech.say("timer.none")).withShouldEndSession(true).build();
        }
        String name = target.get().label().map(value -> speech.say("timer.named", Ssml.userText(value.toLowerCase(Locale.ROOT))))
                .orElseGet(() -> speech.say("timer.unnamed"));
        return input.getResponseBuilder().withSpeech(act(access, target.get(), name, speech)).withShouldEndSession(true).build();
    }

    /** What is left, in whole seconds, as people say it. */
    String left(Timer timer, Speech speech) {
        Duration remaining = timer.remaining(clock.instant()).truncatedTo(ChronoUnit.SECONDS);
        return SpokenDuration.say(remaining, speech);
    }
}
