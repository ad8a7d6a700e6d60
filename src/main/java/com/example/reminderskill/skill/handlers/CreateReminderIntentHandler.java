package com.example.reminderskill.skill.handlers;

import static com.example.reminderskill.skill.conversation.RequestParts.intentName;
import static com.example.reminderskill.skill.handlers.ReminderConversation.ask;
import static com.example.reminderskill.skill.handlers.ReminderConversation.slot;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.example.reminderskill.skill.conversation.PendingReminder;
import com.example.reminderskill.skill.conversation.ReminderSchedule;
import com.example.reminderskill.skill.conversation.RequestParts;
import com.example.reminderskill.skill.conversation.SlotNames;
import com.example.reminderskill.skill.conversation.Speech;
import java.util.Optional;

/**
 * What every create intent does: ask for the reminder's text, let the intent turn its slots
 * into a schedule (or ask for what is missing), then hand over to the shared conversation.
 */
abstract class CreateReminderIntentHandler implements RequestHandler {

    /** Either the schedule the slots name, or the question that asks for what is missing. */
    sealed interface Slots permits Slots.Scheduled, Slots.Question {
        record Scheduled(ReminderSchedule schedule) implements Slots {
        }

        record Question(Optional<Response> response) implements Slots {
        }
    }

    private final String intent;
    private final ReminderConversation conversation;

    CreateReminderIntentHandler(String intent, ReminderConversation conversation) {
        this.intent = intent;
        this.conversation = conversation;
    }

    /** Reads the intent's schedule slots. */
    abstract Slots schedule(HandlerInput input, Intent intent, Speech speech);

    @Override
    public final boolean canHandle(HandlerInput input) {
        return input.matches(intentName(intent));
    }

    @Override
    public final Optional<Response> handle(HandlerInput input) {
        IntentRequest request = (IntentRequest) input.getRequestEnvelope().getRequest();
        Intent current = request.getIntent();
        Speech speech = Speech.of(input);
        Optional<String> text = slot(current, SlotNames.REMINDER_TEXT);
        if (text.isEmpty()) {
            return ask(input, current, SlotNames.REMINDER_TEXT, speech.say("reminder.elicit.text"));
        }
        Slots slots = schedule(input, current, speech);
        if (slots instanceof Slots.Question question) {
            return question.response();
        }
        ReminderSchedule schedule = ((Slots.Scheduled) slots).schedule();
        return conversation.confirmThenCreate(input, current, new PendingReminder(text.get(), schedule, RequestParts.locale(input)));
    }

    static Slots question(HandlerInput input, Intent intent, String slot, String question) {
        return new Slots.Question(ask(input, intent, slot, question));
    }
}
