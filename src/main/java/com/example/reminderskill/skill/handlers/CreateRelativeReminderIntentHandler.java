package com.example.reminderskill.skill.handlers;

import static com.example.reminderskill.skill.handlers.ReminderConversation.slot;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Intent;
import com.example.reminderskill.skill.IntentNames;
import com.example.reminderskill.skill.ReminderSchedule;
import com.example.reminderskill.skill.Speech;

/** "Remind me to walk the dog in twenty minutes". */
public final class CreateRelativeReminderIntentHandler extends CreateReminderIntentHandler {

    static final String DURATION = "duration";

    CreateRelativeReminderIntentHandler(ReminderConversation conversation) {
        super(IntentNames.CREATE_RELATIVE_REMINDER, conversation);
    }

    @Override
    Slots schedule(HandlerInput input, Intent intent, Speech speech) {
        return slot(intent, DURATION).flatMap(ReminderConversation::duration)
                .<Slots>map(offset -> new Slots.Scheduled(new ReminderSchedule.In(offset)))
                .orElseGet(() -> question(input, intent, DURATION, speech.say("reminder.elicit.duration")));
    }

}
