package com.example.reminderskill.skill.conversation;

/** The intents of the interaction models in {@code skill-package/interactionModels/custom/}. */
public final class IntentNames {

    public static final String CREATE_RELATIVE_REMINDER = "CreateRelativeReminderIntent";
    public static final String CREATE_ABSOLUTE_REMINDER = "CreateAbsoluteReminderIntent";
    public static final String CREATE_RECURRING_REMINDER = "CreateRecurringReminderIntent";
    public static final String LIST_REMINDERS = "ListRemindersIntent";
    public static final String DELETE_REMINDER = "DeleteReminderIntent";
    public static final String DELETE_ALL_REMINDERS = "DeleteAllRemindersIntent";
    public static final String CHANGE_REMINDER = "ChangeReminderIntent";
    public static final String START_TIMER = "StartTimerIntent";
    public static final String PAUSE_TIMER = "PauseTimerIntent";
    public static final String RESUME_TIMER = "ResumeTimerIntent";
    public static final String CANCEL_TIMER = "CancelTimerIntent";
    public static final String TIME_LEFT = "TimeLeftIntent";

    public static final String HELP = "AMAZON.HelpIntent";
    public static final String STOP = "AMAZON.StopIntent";
    public static final String CANCEL = "AMAZON.CancelIntent";
    public static final String FALLBACK = "AMAZON.FallbackIntent";
    public static final String YES = "AMAZON.YesIntent";
    public static final String NO = "AMAZON.NoIntent";
    public static final String NAVIGATE_HOME = "AMAZON.NavigateHomeIntent";

    private IntentNames() {}
}
