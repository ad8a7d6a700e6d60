package com.example.reminderskill.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.interfaces.system.SystemState;
import com.example.reminderskill.alerts.AlexaApiAccess;
import com.example.reminderskill.alerts.reminders.ReminderClient;
import com.example.reminderskill.skill.PendingReminder;
import com.example.reminderskill.skill.SpokenDuration;
import com.example.reminderskill.skill.Speech;
import com.example.reminderskill.skill.Ssml;
import java.time.Clock;
import java.util.Optional;

/** Creates a confirmed reminder and says when it will ring and that it won't repeat, with a card. */
final class ReminderCreator {

    private final ReminderClient reminders;
    private final Clock clock;

    ReminderCreator(ReminderClient reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    /** @throws com.example.reminderskill.alerts.AlexaApiException answered by the error handler */
    Optional<Response> create(HandlerInput input, PendingReminder reminder) {
        SystemState system = input.getRequestEnvelope().getContext().getSystem();
        reminders.create(new AlexaApiAccess(system.getApiEndpoint(), system.getApiAccessToken()), reminder.toRequest(clock.instant()));
        Speech speech = Speech.of(input);
        String when = SpokenDuration.say(reminder.offset(), speech);
        return input.getResponseBuilder()
                .withSpeech(speech.say("reminder.created.relative", Ssml.escape(reminder.text()), when))
                .withSimpleCard(speech.say("reminder.card.title"), speech.say("reminder.card.relative", reminder.text(), when))
                .withShouldEndSession(true)
                .build();
    }
}
