package com.example.reminderskill.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentConfirmationStatus;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.slu.entityresolution.Resolutions;
import com.amazon.ask.model.slu.entityresolution.StatusCode;
import com.amazon.ask.model.slu.entityresolution.Value;
import com.amazon.ask.model.slu.entityresolution.ValueWrapper;
import com.amazon.ask.model.interfaces.system.SystemState;
import com.example.reminderskill.alerts.AlexaApiAccess;
import com.example.reminderskill.alerts.AlexaApiException;
import com.example.reminderskill.alerts.reminders.ReminderClient;
import com.example.reminderskill.alerts.reminders.ReminderReceipt;
import com.amazon.ask.model.services.reminderManagement.ReminderRequest;
import com.example.reminderskill.skill.ReminderMemory;
import com.example.reminderskill.skill.PendingReminder;
import com.example.reminderskill.skill.ReminderPermission;
import com.example.reminderskill.skill.ReminderSchedule;
import com.example.reminderskill.skill.Repeat;
import com.example.reminderskill.skill.RequestParts;
import com.example.reminderskill.skill.Speech;
import com.example.reminderskill.skill.SpokenSchedule;
import com.example.reminderskill.skill.Ssml;
import com.example.reminderskill.skill.SpokenText;
import com.amazon.ask.model.services.reminderManagement.Status;
import com.example.reminderskill.alerts.reminders.Reminder;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The part every create intent shares, as the reminders overview requires: confirm explicitly
 * saying when the reminder rings and that it won't repeat; if the user has not allowed
 * reminders, ask by voice with the confirmed reminder in the request's token; then create,
 * and answer with speech and a card.
 */
final class ReminderConversation {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderConversation.class);
    /**
     * The longest slot value taken. Nobody says more in one turn, and a pending reminder is kept in
     * the session and in a permission token: a longer one would push the response past Alexa's 24 KB.
     */
    static final int MAX_SLOT_LENGTH = 10_000;

    private final ReminderClient reminders;
    private final ReminderMemory memory;
    private final Clock clock;

    ReminderConversation(ReminderClient reminders, ReminderMemory memory, Clock clock) {
        this.reminders = reminders;
        this.memory = memory;
        this.clock = clock;
    }

    Optional<Response> confirmThenCreate(HandlerInput input, Intent intent, PendingReminder reminder) {
        Speech speech = Speech.of(input);
        IntentConfirmationStatus confirmation = intent.getConfirmationStatus();
        if (confirmation == IntentConfirmationStatus.DENIED) {
            return input.getResponseBuilder().withSpeech(speech.say("reminder.notCreated")).withShouldEndSession(true).build();
        }
        if (confirmation != IntentConfirmationStatus.CONFIRMED) {
            String question = speech.say("reminder.confirm", SpokenText.of(reminder.text(), reminder.locale()), when(reminder, speech));
            // Remembered so that a plain "yes" (AMAZON.YesIntent) confirms it as well as the dialog's own confirmation.
            PendingAnswer.remember(input, reminder.toToken());
            return input.getResponseBuilder().withSpeech(question).withReprompt(question).addConfirmIntentDirective(intent).build();
        }
        return confirmed(input, reminder);
    }

    /** The user said yes: ask for the permission if it is missing, else create. */
    Optional<Response> confirmed(HandlerInput input, PendingReminder reminder) {
        PendingAnswer.forget(input);
        if (!ReminderPermission.isGranted(input)) {
            return input.getResponseBuilder().addDirective(ReminderPermission.askFor(reminder.toToken())).withShouldEndSession(true).build();
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
        AlexaApiAccess access = access(input);
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
            return input.getResponseBuilder().withSpeech(speech.say("reminder.maybeCreated")).withShouldEndSession(true).build();
        }
        memory.created(RequestParts.userId(input), receipt.alertToken(), request.getAlertInfo(), request.getTrigger());
        String when = when(reminder, speech);
        String created = reminder.schedule() instanceof ReminderSchedule.Every ? "reminder.created.recurring" : "reminder.created";
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

    static AlexaApiAccess access(HandlerInput input) {
        Optional<SystemState> system = RequestParts.system(input);
        // A request without an endpoint or token gets the typed refusal (untrusted endpoint, invalid token), not a crash.
        return new AlexaApiAccess(system.map(SystemState::getApiEndpoint).orElse(""), system.map(SystemState::getApiAccessToken).orElse(""));
    }

    static Optional<Response> ask(HandlerInput input, Intent intent, String slot, String question) {
        return input.getResponseBuilder().withSpeech(question).withReprompt(question).addElicitSlotDirective(slot, intent).build();
    }

    /**
     * AMAZON.TIME: "19:00"; for "tomorrow morning" Alexa sends MO, AF, EV or NI, which take the
     * part of the day's usual hour (8:00, 15:00, 19:00, 21:00), as recurring schedules do: the
     * confirmation says the time, so the user can still change it.
     */
    static Optional<LocalTime> timeOfDay(String value) {
        try {
            return Optional.of(LocalTime.parse(value));
        } catch (DateTimeException e) {
            return Repeat.PartOfDay.ofAmazonTime(value).map(Repeat.PartOfDay::defaultTime);
        }
    }

    /** AMAZON.DATE: a full date such as 2026-11-23; weeks, months and seasons give nothing. */
    static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * AMAZON.DURATION as an exact length: PT20M, P1D, P2W; empty for months and years, which have
     * no fixed length, and for what is not positive or does not fit the APIs (seconds in an int).
     */
    static Optional<Duration> duration(String value) {
        return AlexaDuration.parse(value).flatMap(AlexaDuration::exact);
    }

    /** The current minute on the device's clock, in {@code zone}; UTC when the Settings API did not tell the zone. */
    static LocalDateTime deviceNow(Clock clock, Optional<ZoneId> zone) {
        return LocalDateTime.now(clock.withZone(zone.orElse(ZoneOffset.UTC))).truncatedTo(ChronoUnit.MINUTES);
    }

    /** AMAZON.Ordinal gives "2" for "the second"; some devices say "2nd". */
    static Optional<Integer> ordinal(String value) {
        String digits = value.replaceAll("[^0-9]", "");
        return digits.isEmpty() || digits.length() > 4 ? Optional.empty() : Optional.of(Integer.parseInt(digits));
    }

    /** The user's active reminders of this skill, in the order the service lists them (the order the list reads). */
    static List<Reminder> active(ReminderClient reminders, AlexaApiAccess access) {
        return reminders.list(access).stream().filter(reminder -> reminder.status() == Status.ON).toList();
    }

    /**
     * A slot's value, cleaned of what XML forbids; empty when nothing usable is left or it is
     * longer than {@link #MAX_SLOT_LENGTH}, so that it is asked for again.
     */
    static Optional<String> slot(Intent intent, String name) {
        return Optional.ofNullable(intent.getSlots()).map(slots -> slots.get(name)).map(Slot::getValue)
                .filter(value -> value.length() <= MAX_SLOT_LENGTH).map(Ssml::clean).filter(value -> !value.isBlank());
    }

    /**
     * A slot's value as the model names it: the value a synonym resolved to ("Nudeltimer" is
     * "Nudeln"), else what was said; cleaned and bounded as {@link #slot} is.
     */
    static Optional<String> resolvedSlot(Intent intent, String name) {
        Optional<String> resolved = Optional.ofNullable(intent.getSlots()).map(slots -> slots.get(name))
                .map(Slot::getResolutions).map(Resolutions::getResolutionsPerAuthority).stream().flatMap(List::stream)
                .filter(resolution -> resolution.getStatus() != null && resolution.getStatus().getCode() == StatusCode.ER_SUCCESS_MATCH)
                .flatMap(resolution -> Optional.ofNullable(resolution.getValues()).stream().flatMap(List::stream))
                .map(ValueWrapper::getValue).filter(Objects::nonNull).map(Value::getName).filter(Objects::nonNull)
                .map(Ssml::clean).filter(value -> !value.isBlank() && value.length() <= MAX_SLOT_LENGTH)
                .findFirst();
        return resolved.or(() -> slot(intent, name));
    }
}
