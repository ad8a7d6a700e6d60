package com.example.reminderskill.skill.handlers;

import static com.example.reminderskill.skill.handlers.ReminderConversation.slot;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Intent;
import com.example.reminderskill.skill.conversation.IntentNames;
import com.example.reminderskill.skill.conversation.ReminderSchedule;
import com.example.reminderskill.skill.conversation.SlotNames;
import com.example.reminderskill.skill.conversation.Speech;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

/**
 * "Remind me to walk the dog in twenty minutes", "in a week", "in three months". Weeks, days,
 * hours, minutes and seconds make a relative reminder (an offset in seconds). Months and years
 * have no fixed number of seconds, and someone who says "in three months" means the same time of
 * day on that day three months on, in their own zone: so those make a reminder at that wall-clock
 * time, which the confirmation names, rather than a refusal or an average month's length.
 */
final class CreateRelativeReminderIntentHandler extends CreateReminderIntentHandler {

    private final DeviceTimeZones zones;
    private final Clock clock;

    CreateRelativeReminderIntentHandler(ReminderConversation conversation, DeviceTimeZones zones, Clock clock) {
        super(IntentNames.CREATE_RELATIVE_REMINDER, conversation);
        this.zones = zones;
        this.clock = clock;
    }

    @Override
    Slots schedule(HandlerInput input, Intent intent, Speech speech) {
        Optional<ReminderSchedule> schedule = slot(intent, SlotNames.DURATION).flatMap(AlexaDuration::parse).flatMap(duration -> schedule(input, duration));
        return schedule.<Slots>map(Slots.Scheduled::new)
                .orElseGet(() -> question(input, intent, SlotNames.DURATION, speech.say("reminder.elicit.duration")));
    }

    private Optional<ReminderSchedule> schedule(HandlerInput input, AlexaDuration duration) {
        if (!duration.hasMonths()) {
            return duration.exact().map(ReminderSchedule.In::new);
        }
        Optional<ZoneId> zone = zones.of(input);
        return duration.after(ReminderConversation.deviceNow(clock, zone)).map(time -> new ReminderSchedule.At(time, zone));
    }
}
