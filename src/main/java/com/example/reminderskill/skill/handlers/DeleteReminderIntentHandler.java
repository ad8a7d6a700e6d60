package com.example.reminderskill.skill.handlers;

import static com.example.reminderskill.skill.conversation.RequestParts.intentName;
import static com.example.reminderskill.skill.conversation.RequestParts.slot;

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
import com.example.reminderskill.skill.conversation.SlotNames;
import com.example.reminderskill.skill.conversation.Speech;
import com.example.reminderskill.skill.conversation.SpokenText;
import java.util.List;
import java.util.Optional;

/**
 * "Delete the second reminder", "delete my reminder to walk the dog": finds it in the order the
 * list reads them (or by its text), confirms, then deletes.
 */
final class DeleteReminderIntentHandler implements RequestHandler {

    private final ReminderClient reminders;
    private final ReminderMemory memory;
    private final DeviceTimeZones zones;
    private final SpokenReminder spoken;

    DeleteReminderIntentHandler(
            ReminderClient reminders, ReminderMemory memory, DeviceTimeZones zones, SpokenReminder spoken) {
        this.reminders = reminders;
        this.memory = memory;
        this.zones = zones;
        this.spoken = spoken;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName(IntentNames.DELETE_REMINDER));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Intent intent = RequestParts.intent(input);
        Speech speech = Speech.of(input);
        if (!ReminderPermission.isGranted(input)) {
            return new PendingAction(IntentNames.DELETE_REMINDER, Optional.empty()).askFor(input);
        }
        Optional<Response> refused = Confirmation.refused(input, intent, "delete.kept");
        if (refused.isPresent()) {
            return refused;
        }
        Optional<String> position = slot(intent, SlotNames.POSITION);
        Optional<String> text = slot(intent, SlotNames.REMINDER_TEXT);
        if (position.isEmpty() && text.isEmpty()) {
            return Slots.askFor(input, intent, SlotNames.POSITION, speech.say("delete.which"));
        }
        AlexaApiAccess access = RequestParts.apiAccess(input);
        List<Reminder> active = SpokenReminder.active(reminders, access);
        Optional<Reminder> target = SpokenReminder.find(active, position, text, RequestParts.locale(input));
        if (target.isEmpty()) {
            return input.getResponseBuilder()
                    .withSpeech(speech.say("reminder.notFound"))
                    .withReprompt(speech.say("list.next"))
                    .build();
        }
        String what = SpokenText.of(
                SpokenReminder.text(target.get(), RequestParts.locale(input)), RequestParts.locale(input));
        if (!Confirmation.confirmed(intent)) {
            return Confirmation.ask(
                    input,
                    intent,
                    speech.say("delete.confirm", what, spoken.when(target.get(), () -> zones.of(input), speech)));
        }
        reminders.delete(access, target.get().alertToken());
        memory.deleted(RequestParts.userId(input), target.get().alertToken());
        return input.getResponseBuilder()
                .withSpeech(speech.say("delete.done", what))
                .withShouldEndSession(true)
                .build();
    }
}
