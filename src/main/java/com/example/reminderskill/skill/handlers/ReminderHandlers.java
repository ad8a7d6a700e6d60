package com.example.reminderskill.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.example.reminderskill.alerts.DeviceSettingsClient;
import com.example.reminderskill.alerts.reminders.ReminderClient;
import java.time.Clock;
import java.util.List;

/** The reminder conversations, built on one shared {@link ReminderConversation}. */
public final class ReminderHandlers {

    private ReminderHandlers() {
    }

    /** In priority order, for the skill builder. */
    public static List<RequestHandler> create(ReminderClient reminders, DeviceSettingsClient settings, Clock clock) {
        ReminderConversation conversation = new ReminderConversation(reminders, clock);
        DeviceTimeZones zones = new DeviceTimeZones(settings);
        SpokenReminder spoken = new SpokenReminder(clock);
        return List.of(
                new CreateRelativeReminderIntentHandler(conversation),
                new CreateAbsoluteReminderIntentHandler(conversation, zones, clock),
                new CreateRecurringReminderIntentHandler(conversation, zones, clock),
                new ListRemindersIntentHandler(reminders, zones, spoken),
                new DeleteReminderIntentHandler(reminders, zones, spoken),
                new DeleteAllRemindersIntentHandler(reminders),
                new ChangeReminderIntentHandler(reminders, zones, clock),
                new PermissionResponseHandler(conversation));
    }
}
