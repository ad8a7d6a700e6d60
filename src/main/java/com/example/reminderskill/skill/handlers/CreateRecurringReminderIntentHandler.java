package com.example.reminderskill.skill.handlers;

import static com.example.reminderskill.skill.conversation.RequestParts.intentName;
import static com.example.reminderskill.skill.conversation.RequestParts.slot;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.Response;
import com.example.reminderskill.skill.conversation.IntentNames;
import com.example.reminderskill.skill.conversation.ReminderSchedule;
import com.example.reminderskill.skill.conversation.Repeat;
import com.example.reminderskill.skill.conversation.RequestParts;
import com.example.reminderskill.skill.conversation.SlotNames;
import com.example.reminderskill.skill.conversation.Speech;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * "Remind me to walk the dog every day at 7 PM", "every Monday and Thursday at 6 PM", "every
 * weekday at 8", "on the 5th of every month at 10", "every weekend at 10", "every morning" (at 8:00),
 * "montags", "jeden Sonntagabend": a reminder that repeats, starting now.
 */
final class CreateRecurringReminderIntentHandler implements RequestHandler {

    private final ReminderCreation creation;
    private final ScheduleReader schedule;

    CreateRecurringReminderIntentHandler(ReminderCreation creation, DeviceTimeZones zones) {
        this.creation = creation;
        this.schedule = ScheduleReader.atTimeOfDay(
                zones,
                CreateRecurringReminderIntentHandler::timeWhenUnsaid,
                CreateRecurringReminderIntentHandler::repeating);
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName(IntentNames.CREATE_RECURRING_REMINDER));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return creation.handle(input, schedule);
    }

    /** Weekly on the days said, else monthly on the day of the month said, else as the frequency says; asks for what is unclear. */
    private static ScheduleReader.Read repeating(
            HandlerInput input, Intent intent, Speech speech, ScheduleReader.TimeOfDay at) {
        LocalTime time = at.time();
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        slot(intent, SlotNames.DAY_OF_WEEK)
                .flatMap(value -> Slots.dayOfWeek(value, speech.locale()))
                .ifPresent(days::add);
        slot(intent, SlotNames.SECOND_DAY_OF_WEEK)
                .flatMap(value -> Slots.dayOfWeek(value, speech.locale()))
                .ifPresent(days::add);
        Optional<String> dayOfMonth = slot(intent, SlotNames.DAY_OF_MONTH);
        Repeat repeat;
        if (!days.isEmpty()) {
            repeat = new Repeat.Weekly(days, time);
        } else if (dayOfMonth.isPresent()) {
            Optional<Integer> day = Slots.ordinal(dayOfMonth.get()).filter(value -> value >= 1 && value <= 28);
            if (day.isEmpty()) {
                return ScheduleReader.askFor(
                        input, intent, SlotNames.DAY_OF_MONTH, speech.say("reminder.elicit.dayOfMonth"));
            }
            repeat = new Repeat.Monthly(day.get(), time);
        } else {
            Optional<Repeat> spoken = frequencyId(intent)
                    .flatMap(id -> Repeat.ofFrequency(id, time, at.now().toLocalDate()));
            if (spoken.isEmpty()) {
                return ScheduleReader.askFor(
                        input, intent, SlotNames.FREQUENCY, speech.say("reminder.elicit.frequency"));
            }
            repeat = spoken.get();
        }
        return new ScheduleReader.Scheduled(new ReminderSchedule.Every(repeat, at.now(), at.zone()));
    }

    /** "Every morning" rings at the part of the day's default time (8:00), which the confirmation says. */
    private static Optional<LocalTime> timeWhenUnsaid(Intent intent) {
        return frequencyId(intent).flatMap(Repeat.PartOfDay::of).map(Repeat.PartOfDay::defaultTime);
    }

    /** The RECURRENCE_FREQUENCY id entity resolution matched (DAILY, WEEKEND, EVENING, SUNDAY_EVENING, ...). */
    private static Optional<String> frequencyId(Intent intent) {
        return RequestParts.resolvedSlotId(intent, SlotNames.FREQUENCY);
    }
}
