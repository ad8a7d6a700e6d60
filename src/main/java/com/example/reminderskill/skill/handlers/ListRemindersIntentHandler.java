package com.example.reminderskill.skill.handlers;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.services.reminderManagement.SpokenText;
import com.amazon.ask.model.services.reminderManagement.Status;
import com.amazon.ask.model.services.reminderManagement.Trigger;
import com.example.reminderskill.alerts.reminders.Reminder;
import com.example.reminderskill.alerts.reminders.ReminderClient;
import com.example.reminderskill.skill.IntentNames;
import com.example.reminderskill.skill.Repeat;
import com.example.reminderskill.skill.ReminderSchedule;
import com.example.reminderskill.skill.Speech;
import com.example.reminderskill.skill.SpokenSchedule;
import com.example.reminderskill.skill.Ssml;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * "What are my reminders": the active ones, in the order the service lists them (the order
 * "delete the second one" uses), each with its text and when it rings; five at most, then how
 * many more.
 */
public final class ListRemindersIntentHandler implements RequestHandler {

    static final int READ_AT_MOST = 5;

    private final ReminderClient reminders;
    private final DeviceTimeZones zones;
    private final Clock clock;

    ListRemindersIntentHandler(ReminderClient reminders, DeviceTimeZones zones, Clock clock) {
        this.reminders = reminders;
        this.zones = zones;
        this.clock = clock;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName(IntentNames.LIST_REMINDERS));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Speech speech = Speech.of(input);
        List<Reminder> active = reminders.list(ReminderConversation.access(input)).stream()
                .filter(reminder -> reminder.status() == Status.ON)
                .toList();
        if (active.isEmpty()) {
            return input.getResponseBuilder().withSpeech(speech.say("list.none")).withReprompt(speech.say("list.next")).build();
        }
        Optional<ZoneId> deviceZone = zones.of(input);
        String locale = input.getRequestEnvelope().getRequest().getLocale();
        StringBuilder answer = new StringBuilder(speech.say("list.count", active.size()));
        for (int i = 0; i < Math.min(active.size(), READ_AT_MOST); i++) {
            Reminder reminder = active.get(i);
            answer.append(' ').append(speech.say("list.item", speech.say("list.position", i + 1),
                    Ssml.escape(text(reminder, locale)), when(reminder, deviceZone, speech)));
        }
        if (active.size() > READ_AT_MOST) {
            answer.append(' ').append(speech.say("list.more", active.size() - READ_AT_MOST));
        }
        answer.append(' ').append(speech.say("list.next"));
        return input.getResponseBuilder().withSpeech(answer.toString()).withReprompt(speech.say("list.next")).build();
    }

    /** The text in the user's locale, else the first there is. */
    private static String text(Reminder reminder, String locale) {
        List<SpokenText> content = reminder.alertInfo()
                .map(info -> info.getSpokenInfo() == null ? List.<SpokenText>of() : info.getSpokenInfo().getContent())
                .orElse(List.of());
        return content.stream().filter(item -> locale.equals(item.getLocale())).findFirst()
                .or(() -> content.stream().findFirst())
                .map(SpokenText::getText)
                .orElse("");
    }

    private String when(Reminder reminder, Optional<ZoneId> deviceZone, Speech speech) {
        Optional<Trigger> trigger = reminder.trigger();
        if (trigger.isEmpty()) {
            return speech.say("repeat.other");
        }
        Optional<ZoneId> zone = zone(trigger.get()).or(() -> deviceZone);
        if (trigger.get().getRecurrence() != null) {
            List<String> rules = trigger.get().getRecurrence().getRecurrenceRules();
            return rules == null || rules.size() != 1 ? speech.say("repeat.other")
                    : Repeat.fromRule(rules.get(0)).map(repeat -> SpokenSchedule.repeat(repeat, speech)).orElse(speech.say("repeat.other"));
        }
        LocalDateTime at;
        if ("SCHEDULED_RELATIVE".equals(trigger.get().getTypeAsString()) && trigger.get().getOffsetInSeconds() != null) {
            Instant rings = reminder.createdTime().orElse(clock.instant()).plusSeconds(trigger.get().getOffsetInSeconds());
            at = LocalDateTime.ofInstant(rings, zone.orElse(ZoneOffset.UTC));
        } else if (trigger.get().getScheduledTime() != null) {
            at = trigger.get().getScheduledTime();
        } else {
            return speech.say("repeat.other");
        }
        return SpokenSchedule.say(new ReminderSchedule.At(at, zone), speech, clock);
    }

    private static Optional<ZoneId> zone(Trigger trigger) {
        try {
            return Optional.ofNullable(trigger.getTimeZoneId()).map(ZoneId::of);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
