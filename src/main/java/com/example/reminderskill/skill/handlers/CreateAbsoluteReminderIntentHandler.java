package com.example.reminderskill.skill.handlers;

import static com.example.reminderskill.skill.handlers.ReminderConversation.slot;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Intent;
import com.example.reminderskill.skill.conversation.IntentNames;
import com.example.reminderskill.skill.conversation.ReminderSchedule;
import com.example.reminderskill.skill.conversation.SlotNames;
import com.example.reminderskill.skill.conversation.Speech;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * "Remind me to call mom tomorrow at 7 PM", "remind me at 6 to stretch": a one-time reminder
 * at a time on the device's clock. Without a day, it is today if that time is still ahead,
 * else tomorrow. The device's zone comes from the Settings API; when that fails the reminder
 * goes without a zone and Alexa uses the device's own.
 */
final class CreateAbsoluteReminderIntentHandler extends TimedReminderIntentHandler {

    CreateAbsoluteReminderIntentHandler(ReminderConversation conversation, DeviceTimeZones zones, Clock clock) {
        super(IntentNames.CREATE_ABSOLUTE_REMINDER, conversation, zones, clock);
    }

    @Override
    Slots schedule(HandlerInput input, Intent intent, Speech speech, LocalTime time, Optional<ZoneId> zone, LocalDateTime now) {
        Optional<String> dateSlot = slot(intent, SlotNames.DATE);
        LocalDate day;
        if (dateSlot.isPresent()) {
            Optional<LocalDate> date = ReminderConversation.date(dateSlot.get()).filter(candidate -> candidate.atTime(time).isAfter(now));
            if (date.isEmpty()) {
                return question(input, intent, SlotNames.DATE, speech.say("reminder.elicit.date"));
            }
            day = date.get();
        } else {
            day = now.toLocalTime().isBefore(time) ? now.toLocalDate() : now.toLocalDate().plusDays(1);
        }
        return new Slots.Scheduled(new ReminderSchedule.At(day.atTime(time), zone));
    }

}
