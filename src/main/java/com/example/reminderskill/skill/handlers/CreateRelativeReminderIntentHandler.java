package com.example.reminderskill.skill.handlers;

import static com.example.reminderskill.skill.conversation.RequestParts.intentName;
import static com.example.reminderskill.skill.conversation.RequestParts.slot;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.Response;
import com.example.reminderskill.skill.conversation.IntentNames;
import com.example.reminderskill.skill.conversation.ReminderSchedule;
import com.example.reminderskill.skill.conversation.SlotNames;
import com.example.reminderskill.skill.conversation.Speech;
import java.time.ZoneId;
import java.util.Optional;

/**
 * "Remind me to walk the dog in twenty minutes", "in a week", "in three months". Weeks, days,
 * hours, minutes and seconds make a relative reminder (an offset in seconds). Months and years
 * have no fixed number of seconds, and someone who says "in three months" means the same time of
 * day on that day three months on, in their own zone: so those make a reminder at that wall-clock
 * time, which the confirmation names, rather than a refusal or an average month's length.
 */
final class CreateRelativeReminderIntentHandler implements RequestHandler {

    private final ReminderCreation creation;
    private final DeviceTimeZones zones;

    CreateRelativeReminderIntentHandler(ReminderCreation creation, DeviceTimeZones zones) {
        this.creation = creation;
        this.zones = zones;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName(IntentNames.CREATE_RELATIVE_REMINDER));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return creation.handle(input, this::afterDuration);
    }

    /** When the duration slot's time has passed; asks for the duration when it names none. */
    private ScheduleReader.Read afterDuration(HandlerInput input, Intent intent, Speech speech) {
        Optional<ReminderSchedule> schedule = slot(intent, SlotNames.DURATION)
                .flatMap(AlexaDuration::parse)
                .flatMap(duration -> after(input, duration));
        return schedule.<ScheduleReader.Read>map(ScheduleReader.Scheduled::new)
                .orElseGet(() -> ScheduleReader.askFor(
                        input, intent, SlotNames.DURATION, speech.say("reminder.elicit.duration")));
    }

    private Optional<ReminderSchedule> after(HandlerInput input, AlexaDuration duration) {
        if (!duration.hasMonths()) {
            return duration.exact().map(ReminderSchedule.In::new);
        }
        Optional<ZoneId> zone = zones.of(input);
        return duration.after(zones.now(zone)).map(time -> new ReminderSchedule.At(time, zone));
    }
}
