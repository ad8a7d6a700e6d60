package com.example.reminderskill.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.services.reminderManagement.ReminderRequest;
import com.example.reminderskill.alerts.AlexaApiAccess;
import com.example.reminderskill.alerts.AlexaApiException;
import com.example.reminderskill.alerts.reminders.ReminderClient;
import com.example.reminderskill.alerts.reminders.ReminderReceipt;
import com.example.reminderskill.skill.conversation.PendingReminder;
import com.example.reminderskill.skill.conversation.ReminderPermission;
import com.example.reminderskill.skill.conversation.ReminderSchedule;
import com.example.reminderskill.skill.conversation.RequestParts;
import com.example.reminderskill.skill.conversation.SlotNames;
import com.example.reminderskill.skill.conversation.Speech;
import com.example.reminderskill.skill.conversation.SpokenSchedule;
import com.example.reminderskill.skill.conversation.SpokenText;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The create flow every create intent shares, as the reminders overview requires: ask for the
 * reminder's text, let the intent's {@link ScheduleReader} read when it rings (or ask for what is
 * missing), confirm explicitly saying when the reminder rings and whether it repeats; if the user
 * has not allowed reminders, ask by voice with the confirmed reminder in the request's token; then
 * create, and answer with speech and a card.
 */
final class ReminderCreation {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderCreation.class);

    private final ReminderClient reminders;
    private final ReminderMemory memory;
    private final Clock clock;

    ReminderCreation(ReminderClient reminders, ReminderMemory memory, Clock clock) {
        this.reminders = reminders;
        this.memory = memory;
        this.clock = clock;
    }

    /** Answers a create intent whose schedule {@code schedule} reads from its slots. */
    Optional<Response> handle(HandlerInput input, ScheduleReader schedule) {
        Intent intent = RequestParts.intent(input);
        Optional<Response> refused = Confirmation.refused(input, intent, "reminder.notCreated");
        if (refused.isPresent()) {
            return refused;
        }
        Speech speech = Speech.of(input);
        Optional<String> text = RequestParts.slot(intent, SlotNames.REMINDER_TEXT);
        if (text.isEmpty()) {
            return Slots.askFor(input, intent, SlotNames.REMINDER_TEXT, speech.say("reminder.elicit.text"));
        }
        ScheduleReader.Read read = schedule.read(input, intent, speech);
        if (read instanceof ScheduleReader.Question question) {
            return question.response();
        }
        PendingReminder reminder = new PendingReminder(
                text.get(), ((ScheduleReader.Scheduled) read).schedule(), RequestParts.locale(input));
        if (!Confirmation.confirmed(intent)) {
            String question = speech.say(
                    "reminder.confirm", SpokenText.of(reminder.text(), reminder.locale()), when(reminder, speech));
            return Confirmation.ask(input, intent, question, reminder.toToken());
        }
        return confirmed(input, reminder);
    }

    /** The user said yes: ask for the permission if it is missing, else create. */
    Optional<Response> confirmed(HandlerInput input, PendingReminder reminder) {
        PendingAnswer.forget(input);
        if (!ReminderPermission.isGranted(input)) {
            return input.getResponseBuilder()
                    .addDirective(ReminderPermission.askFor(reminder.toToken()))
                    .withShouldEndSession(true)
                    .build();
        }
        return create(input, reminder);
    }

    /**
     * Creates the reminder. When the wrapper cannot tell whether it was created, the answer says
     * it may be set and how to check, never "try again": that could make a second one.
     *
     * @throws AlexaApiException any other failure, answered by the error handler
     */
    Optional<Response> create(HandlerInput input, PendingReminder reminder) {
        AlexaApiAccess access = RequestParts.apiAccess(input);
        Optional<ZoneId> zone = zoneOf(reminder.schedule());
        ReminderRequest request = reminder.toRequest(clock.instant());
        Speech speech = Speech.of(input);
        ReminderReceipt receipt;
        try {
            receipt = reminders.create(access, request, zone);
        } catch (AlexaApiException e) {
            if (!e.outcomeUnknown()) {
                throw e;
            }
            // Its Reminders.ReminderCreated event, if it landed, records it; a list turn shows it.
            LOG.warn("create reminder: outcome unknown ({}); told the user how to check", e.code());
            return input.getResponseBuilder()
                    .withSpeech(speech.say("reminder.maybeCreated"))
                    .withShouldEndSession(true)
                    .build();
        }
        memory.created(RequestParts.userId(input), receipt.alertToken(), request.getAlertInfo(), request.getTrigger());
        String when = when(reminder, speech);
        String created = reminder.schedule() instanceof ReminderSchedule.Every
                ? "reminder.created.recurring"
                : "reminder.created";
        return input.getResponseBuilder()
                .withSpeech(speech.say(created, SpokenText.of(reminder.text(), reminder.locale()), when))
                .withSimpleCard(speech.say("reminder.card.title"), speech.say("reminder.card", reminder.text(), when))
                .withShouldEndSession(true)
                .build();
    }

    private static Optional<ZoneId> zoneOf(ReminderSchedule schedule) {
        if (schedule instanceof ReminderSchedule.At at) {
            return at.zone();
        }
        return schedule instanceof ReminderSchedule.Every every ? every.zone() : Optional.empty();
    }

    private String when(PendingReminder reminder, Speech speech) {
        return SpokenSchedule.say(reminder.schedule(), speech, clock);
    }
}
