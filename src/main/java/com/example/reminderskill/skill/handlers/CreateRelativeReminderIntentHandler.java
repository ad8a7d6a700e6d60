package com.example.reminderskill.skill.handlers;

import static com.amazon.ask.request.Predicates.intentName;
import static com.example.reminderskill.skill.handlers.ReminderConversation.ask;
import static com.example.reminderskill.skill.handlers.ReminderConversation.slot;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.example.reminderskill.skill.IntentNames;
import com.example.reminderskill.skill.PendingReminder;
import com.example.reminderskill.skill.ReminderSchedule;
import com.example.reminderskill.skill.Speech;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** "Remind me to walk the dog in twenty minutes". */
public final class CreateRelativeReminderIntentHandler implements RequestHandler {

    static final String TEXT = "reminderText";
    static final String DURATION = "duration";

    private final ReminderConversation conversation;

    CreateRelativeReminderIntentHandler(ReminderConversation conversation) {
        this.conversation = conversation;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName(IntentNames.CREATE_RELATIVE_REMINDER));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        IntentRequest request = (IntentRequest) input.getRequestEnvelope().getRequest();
        Intent intent = request.getIntent();
        Speech speech = Speech.of(input);
        Optional<String> text = slot(intent, TEXT);
        if (text.isEmpty()) {
            return ask(input, intent, TEXT, speech.say("reminder.elicit.text"));
        }
        Optional<Duration> offset = slot(intent, DURATION).flatMap(CreateRelativeReminderIntentHandler::duration);
        if (offset.isEmpty()) {
            return ask(input, intent, DURATION, speech.say("reminder.elicit.duration"));
        }
        return conversation.confirmThenCreate(input, intent, new PendingReminder(text.get(), new ReminderSchedule.In(offset.get()), request.getLocale()));
    }

    /** AMAZON.DURATION gives ISO 8601 such as PT20M; a duration the service cannot take is asked again. */
    private static Optional<Duration> duration(String value) {
        try {
            Duration duration = Duration.parse(value);
            return duration.isNegative() || duration.isZero() || duration.getSeconds() > Integer.MAX_VALUE ? Optional.empty() : Optional.of(duration);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
