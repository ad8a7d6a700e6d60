package com.example.reminderskill.skill.handlers;

import static com.example.reminderskill.skill.handlers.ReminderConversation.slot;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Intent;
import com.example.reminderskill.skill.IntentNames;
import com.example.reminderskill.skill.ReminderSchedule;
import com.example.reminderskill.skill.Speech;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** "Remind me to walk the dog in twenty minutes". */
public final class CreateRelativeReminderIntentHandler extends CreateReminderIntentHandler {

    static final String DURATION = "duration";

    CreateRelativeReminderIntentHandler(ReminderConversation conversation) {
        super(IntentNames.CREATE_RELATIVE_REMINDER, conversation);
    }

    @Override
    Slots schedule(HandlerInput input, Intent intent, Speech speech) {
        return slot(intent, DURATION).flatMap(CreateRelativeReminderIntentHandler::duration)
                .<Slots>map(offset -> new Slots.Scheduled(new ReminderSchedule.In(offset)))
                .orElseGet(() -> question(input, intent, DURATION, speech.say("reminder.elicit.duration")));
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
