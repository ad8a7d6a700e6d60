package com.example.reminderskill.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.example.reminderskill.alerts.DeviceSettingsClient;
import com.example.reminderskill.alerts.reminders.ReminderClient;
import com.example.reminderskill.alerts.timers.TimerClient;
import com.example.reminderskill.store.SkillStore;
import java.time.Clock;
import java.util.List;

/**
 * Every request handler of the skill, in priority order (the first that can handle a request
 * does): the one place to read or change that order. What handlers share is built here once: the
 * create flow, the timer conversation, the device's time zones and the skill's memory of reminders.
 */
public final class ReminderHandlers {

    private ReminderHandlers() {}

    /** In priority order, for the skill builder. */
    public static List<RequestHandler> create(
            ReminderClient reminders,
            TimerClient timers,
            DeviceSettingsClient settings,
            SkillStore store,
            Clock clock) {
        ReminderMemory memory = new ReminderMemory(store, clock);
        ReminderCreation creation = new ReminderCreation(reminders, memory, clock);
        TimerConversation timerConversation = new TimerConversation(timers, memory, clock);
        DeviceTimeZones zones = new DeviceTimeZones(settings, store, clock);
        SpokenReminder spoken = new SpokenReminder(clock);
        ListRemindersIntentHandler list = new ListRemindersIntentHandler(reminders, zones, spoken, clock);
        TimerActionFlow timerActions = new TimerActionFlow(timers, clock);
        return List.of(
                new LaunchRequestHandler(),
                new CreateRelativeReminderIntentHandler(creation, zones),
                new CreateAbsoluteReminderIntentHandler(creation, zones),
                new CreateRecurringReminderIntentHandler(creation, zones),
                list,
                new DeleteReminderIntentHandler(reminders, memory, zones, spoken),
                new DeleteAllRemindersIntentHandler(reminders, memory),
                new ChangeReminderIntentHandler(reminders, memory, zones, spoken, clock),
                new StartTimerIntentHandler(timerConversation),
                new PermissionResponseHandler(creation, timerConversation, list, timerActions),
                new YesNoIntentHandler(creation, timerConversation),
                new ReminderEventHandler(memory),
                new MessageReceivedHandler(new OutOfSessionReminders(reminders, memory, clock)),
                new SkillDisabledHandler(memory),
                new PauseTimerIntentHandler(timerActions),
                new ResumeTimerIntentHandler(timerActions),
                new CancelTimerIntentHandler(timerActions),
                new TimeLeftIntentHandler(timerActions),
                new HelpIntentHandler(),
                new GoodbyeHandler(),
                new SkillEventHandler(),
                new SessionEndedRequestHandler(),
                new FallbackIntentHandler(),
                new UnhandledRequestHandler());
    }
}
