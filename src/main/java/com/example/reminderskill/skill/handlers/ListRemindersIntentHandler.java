package com.example.reminderskill.skill.handlers;

import static com.example.reminderskill.skill.RequestParts.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.example.reminderskill.alerts.reminders.Reminder;
import com.example.reminderskill.alerts.reminders.ReminderClient;
import com.example.reminderskill.skill.IntentNames;
import com.example.reminderskill.skill.ReminderPermission;
import com.example.reminderskill.skill.RequestParts;
import com.example.reminderskill.skill.Speech;
import com.example.reminderskill.skill.SpokenText;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import com.example.reminderskill.alerts.Once;

/**
 * "What are my reminders": the active ones, in the order the service lists them (the order
 * "delete the second one" uses), each with its text and when it rings; five at most, then how
 * many more. Without the reminders permission it asks for it by voice, and the answer reads them.
 */
public final class ListRemindersIntentHandler implements RequestHandler {

    static final int READ_AT_MOST = 5;

    private final ReminderClient reminders;
    private final DeviceTimeZones zones;
    private final SpokenReminder spoken;

    ListRemindersIntentHandler(ReminderClient reminders, DeviceTimeZones zones, SpokenReminder spoken) {
        this.reminders = reminders;
        this.zones = zones;
        this.spoken = spoken;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName(IntentNames.LIST_REMINDERS));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        if (!ReminderPermission.isGranted(input)) {
            return new PendingAction(IntentNames.LIST_REMINDERS, Optional.empty()).askFor(input);
        }
        return read(input);
    }

    /** Reads the reminders; the permission is granted by now. */
    Optional<Response> read(HandlerInput input) {
        Speech speech = Speech.of(input);
        List<Reminder> active = ReminderConversation.active(reminders, ReminderConversation.access(input));
        if (active.isEmpty()) {
            return input.getResponseBuilder().withSpeech(speech.say("list.none")).withReprompt(speech.say("list.next")).build();
        }
        Supplier<Optional<ZoneId>> deviceZone = new Once<>(() -> zones.of(input));
        String locale = RequestParts.locale(input);
        StringBuilder answer = new StringBuilder(speech.say("list.count", active.size()));
        for (int i = 0; i < Math.min(active.size(), READ_AT_MOST); i++) {
            Reminder reminder = active.get(i);
            answer.append(' ').append(speech.say("list.item", speech.say("list.position", i + 1),
                    SpokenText.of(SpokenReminder.text(reminder, locale), locale), spoken.when(reminder, deviceZone, speech)));
        }
        if (active.size() > READ_AT_MOST) {
            answer.append(' ').append(speech.say("list.more", active.size() - READ_AT_MOST));
        }
        answer.append(' ').append(speech.say("list.next"));
        return input.getResponseBuilder().withSpeech(answer.toString()).withReprompt(speech.say("list.next")).build();
    }
}
