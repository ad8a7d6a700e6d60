package com.example.reminderskill.skill.handlers;

import static com.example.reminderskill.skill.conversation.RequestParts.intentName;
import static com.example.reminderskill.skill.conversation.RequestParts.slot;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.services.reminderManagement.ReminderRequest;
import com.amazon.ask.model.services.reminderManagement.Trigger;
import com.example.reminderskill.alerts.AlexaApiAccess;
import com.example.reminderskill.alerts.reminders.Reminder;
import com.example.reminderskill.alerts.reminders.ReminderClient;
import com.example.reminderskill.skill.conversation.IntentNames;
import com.example.reminderskill.skill.conversation.PendingReminder;
import com.example.reminderskill.skill.conversation.ReminderPermission;
import com.example.reminderskill.skill.conversation.ReminderSchedule;
import com.example.reminderskill.skill.conversation.Repeat;
import com.example.reminderskill.skill.conversation.RequestParts;
import com.example.reminderskill.skill.conversation.SlotNames;
import com.example.reminderskill.skill.conversation.Speech;
import com.example.reminderskill.skill.conversation.SpokenSchedule;
import com.example.reminderskill.skill.conversation.SpokenText;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * "Move the first reminder to 8 AM", "change my reminder to walk the dog to tomorrow at 7 PM",
 * "move my reminder about walking the dog to Friday", "change the text of the second reminder to
 * walk the cat". A repeating reminder keeps how it repeats and gets the new time of day; a one-time
 * reminder whose text changes keeps its ring time, and one moved to a new day keeps its time of
 * day. Every change is confirmed first.
 */
final class ChangeReminderIntentHandler implements RequestHandler {

    private final ReminderClient reminders;
    private final ReminderMemory memory;
    private final DeviceTimeZones zones;
    private final SpokenReminder spoken;
    private final Clock clock;

    ChangeReminderIntentHandler(
            ReminderClient reminders,
            ReminderMemory memory,
            DeviceTimeZones zones,
            SpokenReminder spoken,
            Clock clock) {
        this.reminders = reminders;
        this.memory = memory;
        this.zones = zones;
        this.spoken = spoken;
        this.clock = clock;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName(IntentNames.CHANGE_REMINDER));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Intent intent = RequestParts.intent(input);
        Speech speech = Speech.of(input);
        String locale = RequestParts.locale(input);
        if (!ReminderPermission.isGranted(input)) {
            return new PendingAction(IntentNames.CHANGE_REMINDER, Optional.empty()).askFor(input);
        }
        Optional<Response> refused = Confirmation.refused(input, intent, "change.kept");
        if (refused.isPresent()) {
            return refused;
        }
        Optional<String> position = slot(intent, SlotNames.POSITION);
        Optional<String> which = slot(intent, SlotNames.REMINDER_TEXT);
        if (position.isEmpty() && which.isEmpty()) {
            return Slots.askFor(input, intent, SlotNames.POSITION, speech.say("change.which"));
        }
        Optional<String> newText = slot(intent, SlotNames.NEW_TEXT);
        Optional<LocalTime> newTime = slot(intent, SlotNames.TIME).flatMap(Slots::timeOfDay);
        Optional<LocalDate> newDate = slot(intent, SlotNames.DATE).flatMap(Slots::date);
        if (newText.isEmpty() && newTime.isEmpty() && newDate.isEmpty()) {
            return Slots.askFor(input, intent, SlotNames.TIME, speech.say("change.what"));
        }
        AlexaApiAccess access = RequestParts.apiAccess(input);
        List<Reminder> active = SpokenReminder.active(reminders, access);
        Optional<Reminder> target = SpokenReminder.find(active, position, which, locale);
        if (target.isEmpty() || target.get().trigger().isEmpty()) {
            return input.getResponseBuilder()
                    .withSpeech(speech.say("reminder.notFound"))
                    .withReprompt(speech.say("list.next"))
                    .build();
        }
        String oldText = SpokenReminder.text(target.get(), locale);
        Optional<ZoneId> zone =
                SpokenReminder.zone(target.get().trigger().get()).or(() -> zones.of(input));
        if (newTime.isEmpty()
                && newDate.isPresent()
                && target.get().trigger().get().getRecurrence() != null) {
            // A repeating reminder rings on many days: moving it to one day would silently drop its repetition.
            return input.getResponseBuilder()
                    .withSpeech(speech.say("change.repeatingDate"))
                    .withReprompt(speech.say("list.next"))
                    .build();
        }
        Optional<ReminderSchedule> schedule = newSchedule(target.get(), newTime, newDate, zone);
        if (schedule.isEmpty()) {
            return input.getResponseBuilder()
                    .withSpeech(speech.say("change.unsupported"))
                    .withShouldEndSession(true)
                    .build();
        }
        PendingReminder changed = new PendingReminder(newText.orElse(oldText), schedule.get(), locale);
        String when = SpokenSchedule.say(changed.schedule(), speech, clock);
        if (!Confirmation.confirmed(intent)) {
            String question = speech.say(
                    "change.confirm", SpokenText.of(oldText, locale), SpokenText.of(changed.text(), locale), when);
            return Confirmation.ask(input, intent, question);
        }
        String alertToken = target.get().alertToken();
        ReminderRequest update = changed.toRequest(clock.instant());
        reminders.update(access, alertToken, update, zone);
        memory.written(RequestParts.userId(input), alertToken, update.getAlertInfo(), update.getTrigger());
        return input.getResponseBuilder()
                .withSpeech(speech.say("change.done", SpokenText.of(changed.text(), locale), when))
                .withShouldEndSession(true)
                .build();
    }

    /** The schedule after the change; empty for a repeating reminder this skill cannot re-time. */
    private Optional<ReminderSchedule> newSchedule(
            Reminder reminder, Optional<LocalTime> newTime, Optional<LocalDate> newDate, Optional<ZoneId> zone) {
        Trigger trigger = reminder.trigger().orElseThrow();
        LocalDateTime now = zones.now(zone);
        if (trigger.getRecurrence() != null) {
            List<String> rules = trigger.getRecurrence().getRecurrenceRules();
            Optional<Repeat> repeat =
                    rules == null || rules.size() != 1 ? Optional.empty() : Repeat.fromRule(rules.get(0));
            return repeat.map(current ->
                    new ReminderSchedule.Every(newTime.map(current::atTime).orElse(current), now, zone));
        }
        if (newTime.isEmpty()) {
            // A new day alone keeps the time of day it rings at, on the reminder's own clock.
            return spoken.ringTime(reminder, zone)
                    .map(rings -> new ReminderSchedule.At(
                            newDate.map(rings.toLocalTime()::atDate).orElse(rings), zone));
        }
        LocalDate day = newDate.orElse(
                now.toLocalTime().isBefore(newTime.get())
                        ? now.toLocalDate()
                        : now.toLocalDate().plusDays(1));
        return Optional.of(new ReminderSchedule.At(day.atTime(newTime.get()), zone));
    }
}
