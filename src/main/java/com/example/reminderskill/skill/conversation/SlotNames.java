package com.example.reminderskill.skill.conversation;

/** The slots of the interaction models in {@code skill-package/interactionModels/custom/}, as the handlers read them. */
public final class SlotNames {

    /** What the reminder says (REMINDER_TEXT); also names the reminder to change or delete. */
    public static final String REMINDER_TEXT = "reminderText";
    /** AMAZON.DURATION: in how long a reminder rings, how long a timer runs. */
    public static final String DURATION = "duration";
    /** AMAZON.DATE: the day a reminder rings, is moved to, or the list is for. */
    public static final String DATE = "date";
    /** AMAZON.TIME: the time of day. */
    public static final String TIME = "time";
    /** RECURRENCE_FREQUENCY: how often a reminder repeats. */
    public static final String FREQUENCY = "frequency";

    public static final String DAY_OF_WEEK = "dayOfWeek";
    public static final String SECOND_DAY_OF_WEEK = "secondDayOfWeek";
    public static final String DAY_OF_MONTH = "dayOfMonth";
    /** AMAZON.Ordinal: "the second reminder". */
    public static final String POSITION = "position";
    /** The reminder's new text in a change. */
    public static final String NEW_TEXT = "newText";
    /** TIMER_LABEL: "pasta" in "the pasta timer". */
    public static final String TIMER_LABEL = "timerLabel";

    private SlotNames() {}
}
