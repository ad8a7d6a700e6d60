package com.example.reminderskill.skill.handlers;

import static com.example.reminderskill.skill.handlers.ReminderConversation.slot;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.slu.entityresolution.Resolution;
import com.amazon.ask.model.slu.entityresolution.StatusCode;
import com.example.reminderskill.skill.conversation.IntentNames;
import com.example.reminderskill.skill.conversation.ReminderSchedule;
import com.example.reminderskill.skill.conversation.Repeat;
import com.example.reminderskill.skill.conversation.SlotNames;
import com.example.reminderskill.skill.conversation.Speech;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "Remind me to walk the dog every day at 7 PM", "every Monday and Thursday at 6 PM", "every
 * weekday at 8", "on the 5th of every month at 10", "every weekend at 10", "every morning" (at 8:00),
 * "montags", "jeden Sonntagabend": a reminder that repeats, starting now.
 */
final class CreateRecurringReminderIntentHandler extends TimedReminderIntentHandler {

    CreateRecurringReminderIntentHandler(ReminderConversation conversation, DeviceTimeZones zones, Clock clock) {
        super(IntentNames.CREATE_RECURRING_REMINDER, conversation, zones, clock);
    }

    @Override
    Slots schedule(HandlerInput input, Intent intent, Speech speech, LocalTime time, Optional<ZoneId> zone, LocalDateTime now) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        slot(intent, SlotNames.DAY_OF_WEEK).flatMap(value -> dayOfWeek(value, speech.locale())).ifPresent(days::add);
        slot(intent, SlotNames.SECOND_DAY_OF_WEEK).flatMap(value -> dayOfWeek(value, speech.locale())).ifPresent(days::add);
        Optional<String> dayOfMonth = slot(intent, SlotNames.DAY_OF_MONTH);
        Repeat repeat;
        if (!days.isEmpty()) {
            repeat = new Repeat.Weekly(days, time);
        } else if (dayOfMonth.isPresent()) {
            Optional<Integer> day = ReminderConversation.ordinal(dayOfMonth.get()).filter(value -> value >= 1 && value <= 28);
            if (day.isEmpty()) {
                return question(input, intent, SlotNames.DAY_OF_MONTH, speech.say("reminder.elicit.dayOfMonth"));
            }
            repeat = new Repeat.Monthly(day.get(), time);
        } else {
            Optional<Repeat> spoken = frequencyId(intent).flatMap(id -> Repeat.ofFrequency(id, time, now.toLocalDate()));
            if (spoken.isEmpty()) {
                return question(input, intent, SlotNames.FREQUENCY, speech.say("reminder.elicit.frequency"));
            }
            repeat = spoken.get();
        }
        return new Slots.Scheduled(new ReminderSchedule.Every(repeat, now, zone));
    }

    /** "Every morning" rings at the part of the day's default time (8:00), which the confirmation says. */
    @Override
    Optional<LocalTime> timeWhenUnsaid(Intent intent) {
        return frequencyId(intent).flatMap(Repeat.PartOfDay::of).map(Repeat.PartOfDay::defaultTime);
    }

    /** The RECURRENCE_FREQUENCY id entity resolution matched (DAILY, WEEKEND, EVENING, SUNDAY_EVENING, ...). */
    private static Optional<String> frequencyId(Intent intent) {
        return Optional.ofNullable(intent.getSlots()).map(slots -> slots.get(SlotNames.FREQUENCY)).map(Slot::getResolutions)
                .map(resolutions -> resolutions.getResolutionsPerAuthority())
                .flatMap(authorities -> authorities.stream()
                        .filter(authority -> authority.getStatus() != null && authority.getStatus().getCode() == StatusCode.ER_SUCCESS_MATCH)
                        .map(Resolution::getValues)
                        .filter(values -> values != null && !values.isEmpty())
                        .map(values -> values.get(0).getValue().getId())
                        .findFirst());
    }

    /** AMAZON.DayOfWeek gives the spoken name ("monday", "Montag"); English names are accepted in every locale. */
    static Optional<DayOfWeek> dayOfWeek(String value, Locale locale) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.getDisplayName(TextStyle.FULL, locale).equalsIgnoreCase(value.strip())
                    || day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(value.strip())) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

}
