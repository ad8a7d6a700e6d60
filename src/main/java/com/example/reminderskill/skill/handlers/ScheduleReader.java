package com.example.reminderskill.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.Response;
import com.example.reminderskill.skill.conversation.ReminderSchedule;
import com.example.reminderskill.skill.conversation.RequestParts;
import com.example.reminderskill.skill.conversation.SlotNames;
import com.example.reminderskill.skill.conversation.Speech;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;

/** Reads when a reminder rings from a create intent's slots: each create handler holds one and hands it to {@link ReminderCreation}. */
@FunctionalInterface
interface ScheduleReader {

    Read read(HandlerInput input, Intent intent, Speech speech);

    /** What the slots gave: the schedule, or the question that asks for the slot that is missing. */
    sealed interface Read permits Scheduled, Question {}

    record Scheduled(ReminderSchedule schedule) implements Read {}

    record Question(Optional<Response> response) implements Read {}

    /** Asks for {@code slot} again, instead of a schedule. */
    static Read askFor(HandlerInput input, Intent intent, String slot, String question) {
        return new Question(Slots.askFor(input, intent, slot, question));
    }

    /**
     * A time of day the user named, read on the device's clock.
     *
     * @param zone the device's zone, empty when the Settings API did not tell
     * @param now  the current minute on the device's clock (UTC without a zone)
     */
    record TimeOfDay(LocalTime time, Optional<ZoneId> zone, LocalDateTime now) {}

    /** Reads a schedule at a time of day the user named. */
    @FunctionalInterface
    interface AtTimeOfDay {
        Read read(HandlerInput input, Intent intent, Speech speech, TimeOfDay at);
    }

    /**
     * For intents that name a time of day ("at 7 PM", "every morning"): the time slot, else the
     * time {@code unsaid} says the intent means; asks for the time when neither gives one, else
     * hands it to {@code schedule} with the device's zone and current minute.
     */
    static ScheduleReader atTimeOfDay(
            DeviceTimeZones zones, Function<Intent, Optional<LocalTime>> unsaid, AtTimeOfDay schedule) {
        return (input, intent, speech) -> {
            Optional<LocalTime> time = RequestParts.slot(intent, SlotNames.TIME)
                    .flatMap(Slots::timeOfDay)
                    .or(() -> unsaid.apply(intent));
            if (time.isEmpty()) {
                return askFor(input, intent, SlotNames.TIME, speech.say("reminder.elicit.time"));
            }
            Optional<ZoneId> zone = zones.of(input);
            return schedule.read(input, intent, speech, new TimeOfDay(time.get(), zone, zones.now(zone)));
        };
    }
}
