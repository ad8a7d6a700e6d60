package com.example.reminderskill.skill.handlers;

import static com.example.reminderskill.skill.conversation.RequestParts.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.example.reminderskill.alerts.reminders.Reminder;
import com.example.reminderskill.alerts.reminders.ReminderClient;
import com.example.reminderskill.lazy.Once;
import com.example.reminderskill.skill.conversation.IntentNames;
import com.example.reminderskill.skill.conversation.ReminderPermission;
import com.example.reminderskill.skill.conversation.RequestParts;
import com.example.reminderskill.skill.conversation.SlotNames;
import com.example.reminderskill.skill.conversation.Speech;
import com.example.reminderskill.skill.conversation.SpokenSchedule;
import com.example.reminderskill.skill.conversation.SpokenText;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * "What are my reminders": the active ones, in the order the service lists them (the order
 * "delete the second one" uses), each with its text and when it rings; five at most, then how
 * many more. "Do I have any reminders tomorrow" reads only those that ring that day, each still
 * named by its place in the whole list. Without the reminders permission it asks for it by voice,
 * and the answer reads them.
 */
final class ListRemindersIntentHandler implements RequestHandler {

    static final int READ_AT_MOST = 5;

    private final ReminderClient reminders;
    private final DeviceTimeZones zones;
    private final SpokenReminder spoken;
    private final Clock clock;

    ListRemindersIntentHandler(ReminderClient reminders, DeviceTimeZones zones, SpokenReminder spoken, Clock clock) {
        this.reminders = reminders;
        this.zones = zones;
        this.spoken = spoken;
        this.clock = clock;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName(IntentNames.LIST_REMINDERS));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Optional<LocalDate> day =
                RequestParts.slot(RequestParts.intent(input), SlotNames.DATE).flatMap(Slots::date);
        if (!ReminderPermission.isGranted(input)) {
            // The day travels in the token, so that the answer after "yes" reads that day's reminders.
            return new PendingAction(IntentNames.LIST_REMINDERS, day.map(LocalDate::toString)).askFor(input);
        }
        return read(input, day);
    }

    /** Reads the reminders, all of them or those that ring on {@code day}; the permission is granted by now. */
    Optional<Response> read(HandlerInput input, Optional<LocalDate> day) {
        Speech speech = Speech.of(input);
        List<Reminder> active = SpokenReminder.active(reminders, RequestParts.apiAccess(input));
        Supplier<Optional<ZoneId>> deviceZone = new Once<>(() -> zones.of(input));
        // Positions in the whole list, which "delete the second one" counts in, whatever the day.
        List<Integer> positions = IntStream.rangeClosed(1, active.size())
                .filter(position -> day.isEmpty() || spoken.ringsOn(active.get(position - 1), day.get(), deviceZone))
                .boxed()
                .toList();
        Optional<String> spokenDay = day.map(value -> SpokenSchedule.day(value, deviceZone.get(), speech, clock));
        if (positions.isEmpty()) {
            String none =
                    spokenDay.map(value -> speech.say("list.day.none", value)).orElseGet(() -> speech.say("list.none"));
            return input.getResponseBuilder()
                    .withSpeech(none)
                    .withReprompt(speech.say("list.next"))
                    .build();
        }
        String locale = RequestParts.locale(input);
        StringBuilder answer = new StringBuilder(spokenDay
                .map(value -> speech.say("list.day.count", positions.size(), value))
                .orElseGet(() -> speech.say("list.count", positions.size())));
        for (int position : positions.subList(0, Math.min(positions.size(), READ_AT_MOST))) {
            Reminder reminder = active.get(position - 1);
            answer.append(' ')
                    .append(speech.say(
                            "list.item",
                            speech.say("list.position", position),
                            SpokenText.of(SpokenReminder.text(reminder, locale), locale),
                            spoken.when(reminder, deviceZone, speech)));
        }
        if (positions.size() > READ_AT_MOST) {
            answer.append(' ').append(speech.say("list.more", positions.size() - READ_AT_MOST));
        }
        answer.append(' ').append(speech.say("list.next"));
        return input.getResponseBuilder()
                .withSpeech(answer.toString())
                .withReprompt(speech.say("list.next"))
                .build();
    }
}
