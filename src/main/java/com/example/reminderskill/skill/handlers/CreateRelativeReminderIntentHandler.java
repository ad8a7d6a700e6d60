package com.example.reminderskill.skill.handlers;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentConfirmationStatus;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.example.reminderskill.alerts.reminders.ReminderClient;
import java.time.Clock;
import com.amazon.ask.model.Slot;
import com.example.reminderskill.skill.IntentNames;
import com.example.reminderskill.skill.PendingReminder;
import com.example.reminderskill.skill.ReminderPermission;
import com.example.reminderskill.skill.SpokenDuration;
import com.example.reminderskill.skill.Speech;
import com.example.reminderskill.skill.Ssml;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * "Remind me to walk the dog in twenty minutes": asks for what is missing, confirms explicitly
 * (saying when it rings), asks for the reminders permission by voice when it is missing, then creates.
 */
public final class CreateRelativeReminderIntentHandler implements RequestHandler {

    static final String TEXT = "reminderText";
    static final String DURATION = "duration";

    private final ReminderCreator creator;

    CreateRelativeReminderIntentHandler(ReminderCreator creator) {
        this.creator = creator;
    }

    /** The handler as the skill uses it, creating reminders with {@code reminders}. */
    public static CreateRelativeReminderIntentHandler create(ReminderClient reminders, Clock clock) {
        return new CreateRelativeReminderIntentHandler(new ReminderCreator(reminders, clock));
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
        PendingReminder reminder = new PendingReminder(text.get(), offset.get(), request.getLocale());
        IntentConfirmationStatus confirmation = intent.getConfirmationStatus();
        if (confirmation == IntentConfirmationStatus.DENIED) {
            return input.getResponseBuilder().withSpeech(speech.say("reminder.notCreated")).withShouldEndSession(true).build();
        }
        if (confirmation != IntentConfirmationStatus.CONFIRMED) {
            String question = speech.say("reminder.confirm.relative", Ssml.escape(reminder.text()), SpokenDuration.say(reminder.offset(), speech));
            return input.getResponseBuilder().withSpeech(question).withReprompt(question).addConfirmIntentDirective(intent).build();
        }
        if (!ReminderPermission.isGranted(input)) {
            // Confirmed already: after the user allows reminders, the token brings the reminder back and it is created.
            return input.getResponseBuilder().addDirective(ReminderPermission.askFor(reminder.toToken())).withShouldEndSession(true).build();
        }
        return creator.create(input, reminder);
    }

    private static Optional<Response> ask(HandlerInput input, Intent intent, String slot, String question) {
        return input.getResponseBuilder().withSpeech(question).withReprompt(question).addElicitSlotDirective(slot, intent).build();
    }

    private static Optional<String> slot(Intent intent, String name) {
        return Optional.ofNullable(intent.getSlots()).map(slots -> slots.get(name)).map(Slot::getValue).filter(value -> !value.isBlank());
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
