package com.example.reminderskill.skill.handlers;

import static com.example.reminderskill.skill.handlers.ReminderConversation.slot;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Intent;
import com.example.reminderskill.skill.conversation.SlotNames;
import com.example.reminderskill.skill.conversation.Speech;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/** Create intents that name a time of day: the time is asked for when missing, and "now" is read on the device's clock. */
abstract class TimedReminderIntentHandler extends CreateReminderIntentHandler {

    private final DeviceTimeZones zones;
    private final Clock clock;

    TimedReminderIntentHandler(String intent, ReminderConversation conversation, DeviceTimeZones zones, Clock clock) {
        super(intent, conversation);
        this.zones = zones;
        this.clock = clock;
    }

    /**
     * @param zone the device's zone, empty when the Settings API did not tell
     * @param now  the current minute on the device's clock (UTC without a zone)
     */
    abstract Slots schedule(HandlerInput input, Intent intent, Speech speech, LocalTime time, Optional<ZoneId> zone, LocalDateTime now);

    /** The time an intent means when no time of day was said ("every morning"); empty asks for it. */
    Optional<LocalTime> timeWhenUnsaid(Intent intent) {
        return Optional.empty();
    }

    @Override
    final Slots schedule(HandlerInput input, Intent intent, Speech speech) {
        Optional<LocalTime> time = slot(intent, SlotNames.TIME).flatMap(ReminderConversation::timeOfDay).or(() -> timeWhenUnsaid(intent));
        if (time.isEmpty()) {
            return question(input, intent, SlotNames.TIME, speech.say("reminder.elicit.time"));
        }
        Optional<ZoneId> zone = zones.of(input);
        LocalDateTime now = ReminderConversation.deviceNow(clock, zone);
        return schedule(input, intent, speech, time.get(), zone, now);
    }

}
