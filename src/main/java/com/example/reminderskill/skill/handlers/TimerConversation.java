package com.example.reminderskill.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.example.reminderskill.alerts.AlexaApiException;
import com.example.reminderskill.alerts.timers.Timer;
import com.example.reminderskill.alerts.timers.TimerClient;
import com.example.reminderskill.skill.conversation.PendingTimer;
import com.example.reminderskill.skill.conversation.ReminderPermission;
import com.example.reminderskill.skill.conversation.RequestParts;
import com.example.reminderskill.skill.conversation.Speech;
import com.example.reminderskill.skill.conversation.SpokenDuration;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts a confirmed timer and says so, unless one with its label is already running. */
final class TimerConversation {

    private static final Logger LOG = LoggerFactory.getLogger(TimerConversation.class);

    private final TimerClient timers;
    private final ReminderMemory memory;
    private final Clock clock;

    TimerConversation(TimerClient timers, ReminderMemory memory, Clock clock) {
        this.timers = timers;
        this.memory = memory;
        this.clock = clock;
    }

    /**
     * When a running or paused timer already has the new timer's label, what the user can do
     * instead: the Timers API refuses a second timer with the same label, and two would be
     * confusing anyway.
     */
    Optional<Response> alreadyRunning(HandlerInput input, PendingTimer timer) {
        if (timer.label().isEmpty()) {
            return Optional.empty();
        }
        Speech speech = Speech.of(input);
        return timers.active(RequestParts.apiAccess(input)).stream()
                .filter(running -> running.isNamed(timer.label().get()))
                .findFirst()
                .flatMap(running -> input.getResponseBuilder()
                        .withSpeech(speech.say(
                                "timer.duplicate",
                                SpokenTimer.name(running, speech),
                                SpokenTimer.left(running, clock.instant(), speech)))
                        .withReprompt(speech.say("list.next"))
                        .build());
    }

    /** The user said yes: ask for the timers permission if it is missing, else start. */
    Optional<Response> confirmed(HandlerInput input, PendingTimer timer) {
        PendingAnswer.forget(input);
        if (!ReminderPermission.isGranted(input, ReminderPermission.TIMERS_SCOPE)) {
            return input.getResponseBuilder()
                    .addDirective(ReminderPermission.askFor(ReminderPermission.TIMERS_SCOPE, timer.toToken()))
                    .withShouldEndSession(true)
                    .build();
        }
        return start(input, timer);
    }

    /**
     * Starts the timer; when the wrapper cannot tell whether it started, says it may be running
     * and how to check, never "try again", which could start a second one.
     *
     * @throws AlexaApiException any other failure, answered by the error handler
     */
    Optional<Response> start(HandlerInput input, PendingTimer timer) {
        // Checked again here: without the permission nothing could be checked before confirming.
        Optional<Response> duplicate = alreadyRunning(input, timer);
        if (duplicate.isPresent()) {
            return duplicate;
        }
        Speech speech = Speech.of(input);
        Timer started;
        try {
            started = timers.create(RequestParts.apiAccess(input), timer.toRequest(speech));
        } catch (AlexaApiException e) {
            if (!e.outcomeUnknown()) {
                throw e;
            }
            LOG.warn("create timer: outcome unknown ({}); told the user how to check", e.code());
            return input.getResponseBuilder()
                    .withSpeech(speech.say("timer.maybeStarted", timer.name(speech)))
                    .withShouldEndSession(true)
                    .build();
        }
        memory.timerStarted(RequestParts.userId(input), started);
        return input.getResponseBuilder()
                .withSpeech(
                        speech.say("timer.started", timer.name(speech), SpokenDuration.say(timer.duration(), speech)))
                .withShouldEndSession(true)
                .build();
    }
}
