package com.example.reminderskill.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.example.reminderskill.alerts.DeviceSettingsClient;
import com.example.reminderskill.alerts.reminders.ReminderClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import com.example.reminderskill.alerts.timers.TimerClient;

/** The reminder and timer conversations, built on their shared conversations. */
public final class ReminderHandlers {

    private ReminderHandlers() {
    }

    /** In priority order, for the skill builder. */
    public static List<RequestHandler> create(ReminderClient reminders, TimerClient timers, DeviceSettingsClient settings, Clock clock) {
        ReminderConversation conversation = new ReminderConversation(reminders, clock);
        TimerConversation timerConversation = new TimerConversation(timers);
        DeviceTimeZones zones = new DeviceTimeZones(settings);
        SpokenReminder spoken = new SpokenReminder(clock);
        List<RequestHandler> handlers = new ArrayList<>(List.of(
                new CreateRelativeReminderIntentHandler(conversation),
                new CreateAbsoluteReminderIntentHandler(conversation, zones, clock),
                new CreateRecurringReminderIntentHandler(conversation, zones, clock),
                new ListRemindersIntentHandler(reminders, zones, spoken),
                new DeleteReminderIntentHandler(reminders, zones, spoken),
                new DeleteAllRemindersIntentHandler(reminders),
                new ChangeReminderIntentHandler(reminders, zones, spoken, clock),
                new StartTimerIntentHandler(timerConversation),
                new PermissionResponseHandler(conversation, timerConversation),
                new YesNoIntentHandler(conversation, timerConversation)));
        handlers.addAll(TimerActions.create(timers, clock));
        return List.copyOf(handlers);
    }
}
