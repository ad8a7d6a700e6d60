package com.example.reminderskill.skill.handlers;

import static com.example.reminderskill.skill.conversation.RequestParts.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.example.reminderskill.skill.conversation.IntentNames;
import com.example.reminderskill.skill.conversation.PendingReminder;
import com.example.reminderskill.skill.conversation.PendingTimer;
import com.example.reminderskill.skill.conversation.Speech;
import java.util.Optional;

/**
 * A plain "yes" or "no" to the skill's confirmation question, when it arrives as
 * AMAZON.YesIntent / AMAZON.NoIntent rather than as the dialog's own confirmation. Without a
 * pending question, "yes" asks what to do and "no" says goodbye.
 */
final class YesNoIntentHandler implements RequestHandler {

    private final ReminderCreation reminders;
    private final TimerConversation timers;

    YesNoIntentHandler(ReminderCreation reminders, TimerConversation timers) {
        this.reminders = reminders;
        this.timers = timers;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName(IntentNames.YES).or(intentName(IntentNames.NO)));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Speech speech = Speech.of(input);
        boolean yes = input.matches(intentName(IntentNames.YES));
        Optional<String> pending = PendingAnswer.recall(input);
        Optional<PendingTimer> timer = pending.flatMap(PendingTimer::fromToken);
        Optional<PendingReminder> reminder = pending.flatMap(PendingReminder::fromToken);
        if (timer.isPresent()) {
            return yes ? timers.confirmed(input, timer.get()) : declined(input, speech.say("timer.notStarted"));
        }
        if (reminder.isPresent()) {
            return yes
                    ? reminders.confirmed(input, reminder.get())
                    : declined(input, speech.say("reminder.notCreated"));
        }
        return yes
                ? input.getResponseBuilder()
                        .withSpeech(speech.say("help.reprompt"))
                        .withReprompt(speech.say("help.reprompt"))
                        .build()
                : input.getResponseBuilder()
                        .withSpeech(speech.say("goodbye"))
                        .withShouldEndSession(true)
                        .build();
    }

    private static Optional<Response> declined(HandlerInput input, String speech) {
        PendingAnswer.forget(input);
        return input.getResponseBuilder()
                .withSpeech(speech)
                .withShouldEndSession(true)
                .build();
    }
}
