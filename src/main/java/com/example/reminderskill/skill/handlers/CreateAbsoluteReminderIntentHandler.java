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
import java.time.LocalDate;
import java.util.Optional;

/**
 * "Remind me to call mom tomorrow at 7 PM", "remind me at 6 to stretch": a one-time reminder
 * at a time on the device's clock. Without a day, it is today if that time is still ahead,
 * else tomorrow. The device's zone comes from the Settings API; when that fails the reminder
 * goes without a zone and Alexa uses the device's own.
 */
final class CreateAbsoluteReminderIntentHandler implements RequestHandler {

    private final ReminderCreation creation;
    private final ScheduleReader schedule;

    CreateAbsoluteReminderIntentHandler(ReminderCreation creation, DeviceTimeZones zones) {
        this.creation = creation;
        this.schedule = ScheduleReader.atTimeOfDay(
                zones, intent -> Optional.empty(), CreateAbsoluteReminderIntentHandler::onDay);
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName(IntentNames.CREATE_ABSOLUTE_REMINDER));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return creation.handle(input, schedule);
    }

    /** The time on the day the date slot names, which must be ahead; without one, the next time that time comes. */
    private static ScheduleReader.Read onDay(
            HandlerInput input, Intent intent, Speech speech, ScheduleReader.TimeOfDay at) {
        Optional<String> dateSlot = slot(intent, SlotNames.DATE);
        LocalDate day;
        if (dateSlot.isPresent()) {
            Optional<LocalDate> date = Slots.date(dateSlot.get())
                    .filter(candidate -> candidate.atTime(at.time()).isAfter(at.now()));
            if (date.isEmpty()) {
                return ScheduleReader.askFor(input, intent, SlotNames.DATE, speech.say("reminder.elicit.date"));
            }
            day = date.get();
        } else {
            day = at.now().toLocalTime().isBefore(at.time())
                    ? at.now().toLocalDate()
                    : at.now().toLocalDate().plusDays(1);
        }
        return new ScheduleReader.Scheduled(new ReminderSchedule.At(day.atTime(at.time()), at.zone()));
    }
}
