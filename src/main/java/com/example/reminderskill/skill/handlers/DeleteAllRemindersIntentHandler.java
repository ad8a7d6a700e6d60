package com.example.reminderskill.skill.handlers;

import static com.example.reminderskill.skill.conversation.RequestParts.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.Response;
import com.example.reminderskill.alerts.AlexaApiAccess;
import com.example.reminderskill.alerts.reminders.Reminder;
import com.example.reminderskill.alerts.reminders.ReminderClient;
import com.example.reminderskill.skill.conversation.IntentNames;
import com.example.reminderskill.skill.conversation.ReminderPermission;
import com.example.reminderskill.skill.conversation.RequestParts;
import com.example.reminderskill.skill.conversation.Speech;
import java.util.List;
import java.util.Optional;

/** "Delete all my reminders": says how many, confirms, then deletes every active one of this skill's. */
final class DeleteAllRemindersIntentHandler implements RequestHandler {

    private final ReminderClient reminders;
    private final ReminderMemory memory;

    DeleteAllRemindersIntentHandler(ReminderClient reminders, ReminderMemory memory) {
        this.reminders = reminders;
        this.memory = memory;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName(IntentNames.DELETE_ALL_REMINDERS));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Intent intent = RequestParts.intent(input);
        Speech speech = Speech.of(input);
        if (!ReminderPermission.isGranted(input)) {
            return new PendingAction(IntentNames.DELETE_ALL_REMINDERS, Optional.empty()).askFor(input);
        }
        Optional<Response> refused = Confirmation.refused(input, intent, "deleteAll.kept");
        if (refused.isPresent()) {
            return refused;
        }
        AlexaApiAccess access = RequestParts.apiAccess(input);
        List<Reminder> active = SpokenReminder.active(reminders, access);
        if (active.isEmpty()) {
            return input.getResponseBuilder()
                    .withSpeech(speech.say("deleteAll.none"))
                    .withShouldEndSession(true)
                    .build();
        }
        if (!Confirmation.confirmed(intent)) {
            return Confirmation.ask(input, intent, speech.say("deleteAll.confirm", active.size()));
        }
        String userId = RequestParts.userId(input);
        active.forEach(reminder -> {
            reminders.delete(access, reminder.alertToken());
            memory.deleted(userId, reminder.alertToken());
        });
        return input.getResponseBuilder()
                .withSpeech(speech.say("deleteAll.done", active.size()))
                .withShouldEndSession(true)
                .build();
    }
}
