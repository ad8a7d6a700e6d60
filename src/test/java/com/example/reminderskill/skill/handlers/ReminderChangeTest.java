package com.example.reminderskill.skill.handlers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.amazon.ask.model.services.reminderManagement.AlertInfo;
import com.amazon.ask.model.services.reminderManagement.PushNotificationStatus;
import com.amazon.ask.model.services.reminderManagement.Recurrence;
import com.amazon.ask.model.services.reminderManagement.RecurrenceDay;
import com.amazon.ask.model.services.reminderManagement.RecurrenceFreq;
import com.amazon.ask.model.services.reminderManagement.ReminderRequest;
import com.amazon.ask.model.services.reminderManagement.SpokenInfo;
import com.amazon.ask.model.services.reminderManagement.SpokenText;
import com.amazon.ask.model.services.reminderManagement.Status;
import com.amazon.ask.model.services.reminderManagement.Trigger;
import com.amazon.ask.model.services.reminderManagement.TriggerType;
import com.example.reminderskill.alerts.reminders.Reminder;
import com.example.reminderskill.messaging.InvalidMessageException;
import com.example.reminderskill.messaging.SkillMessage;
import com.example.reminderskill.messaging.SkillMessage.Operation;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link ReminderChange#apply}: the update body a skill message makes of a reminder as read. */
class ReminderChangeTest {

    private static final String TOKEN = "token-1";
    private static final Instant CREATED = Instant.parse("2026-11-22T10:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-22T10:20:00Z");
    private static final LocalDateTime OLD_TIME = LocalDateTime.parse("2026-11-29T09:00:00");
    private static final LocalDateTime NEW_TIME = LocalDateTime.parse("2026-12-06T15:30:00");
    private static final String LONDON = "Europe/London";
    private static final String WEEKLY_SATURDAY = "FREQ=WEEKLY;BYDAY=SA;BYHOUR=15;BYMINUTE=0";
    private static final String DAILY_AT_8 = "FREQ=DAILY;BYHOUR=8;BYMINUTE=0";

    // ---- text ----------------------------------------------------------------------------------

    @Test
    void newText_replacesTextInEveryLocale() {
        Reminder current = reminder(
                oneTime(OLD_TIME, LONDON),
                alertInfo(spoken("en-GB", "stretch", null), spoken("de-DE", "dehnen", null)),
                Optional.empty());

        ReminderRequest request =
                ReminderChange.apply(current, update().text("walk the dog").build(), NOW);

        assertThat(request.getAlertInfo().getSpokenInfo().getContent())
                .extracting(SpokenText::getLocale, SpokenText::getText, SpokenText::getSsml)
                .containsExactly(tuple("en-GB", "walk the dog", null), tuple("de-DE", "walk the dog", null));
    }

    @Test
    void newText_whenOldHadSsml_writesEscapedSsml() {
        Reminder current = reminder(
                oneTime(OLD_TIME, LONDON),
                alertInfo(spoken("en-US", "old", "<speak>old</speak>"), spoken("en-GB", "old", null)),
                Optional.empty());

        ReminderRequest request = ReminderChange.apply(
                current, update().text("Tom & Jerry <3 \"cats\"").build(), NOW);

        List<SpokenText> content = request.getAlertInfo().getSpokenInfo().getContent();
        assertThat(content.get(0).getText()).isEqualTo("Tom & Jerry <3 \"cats\"");
        assertThat(content.get(0).getSsml()).isEqualTo("<speak>Tom &amp; Jerry &lt;3 &quot;cats&quot;</speak>");
        assertThat(content.get(1).getSsml()).isNull();
    }

    @Test
    void newText_withCharactersXmlForbids_isSentWithoutThem() {
        Reminder current = reminder(
                oneTime(OLD_TIME, LONDON), alertInfo(spoken("en-US", "old", "<speak>old</speak>")), Optional.empty());

        ReminderRequest request = ReminderChange.apply(
                current, update().text("feed\u0000 the\u0007 cat\uFFFF").build(), NOW);

        SpokenText content = request.getAlertInfo().getSpokenInfo().getContent().get(0);
        assertThat(content.getText()).isEqualTo("feed the cat");
        assertThat(content.getSsml()).isEqualTo("<speak>feed the cat</speak>");
    }

    @Test
    void newText_withoutOldContent_writesOneEnUsText() {
        Reminder current = reminder(oneTime(OLD_TIME, LONDON), null, Optional.empty());

        ReminderRequest request =
                ReminderChange.apply(current, update().text("stretch").build(), NOW);

        assertThat(request.getAlertInfo().getSpokenInfo().getContent())
                .extracting(SpokenText::getLocale, SpokenText::getText)
                .containsExactly(tuple("en-US", "stretch"));
    }

    @Test
    void noText_keepsAlertInfoAsRead() {
        AlertInfo old = alertInfo(spoken("en-GB", "stretch", "<speak>stretch</speak>"));
        Reminder current = reminder(oneTime(OLD_TIME, LONDON), old, Optional.empty());

        ReminderRequest request =
                ReminderChange.apply(current, update().scheduledTime(NEW_TIME).build(), NOW);

        assertThat(request.getAlertInfo()).isEqualTo(old);
    }

    // ---- one-time absolute ---------------------------------------------------------------------

    @Test
    void oneTime_newScheduledTime_keepsZone() {
        Reminder current = reminder(oneTime(OLD_TIME, LONDON), defaultAlertInfo(), Optional.empty());

        Trigger trigger = ReminderChange.apply(
                        current, update().scheduledTime(NEW_TIME).build(), NOW)
                .getTrigger();

        assertThat(trigger.getType()).isEqualTo(TriggerType.SCHEDULED_ABSOLUTE);
        assertThat(trigger.getScheduledTime()).isEqualTo(NEW_TIME);
        assertThat(trigger.getTimeZoneId()).isEqualTo(LONDON);
        assertThat(trigger.getRecurrence()).isNull();
        assertThat(trigger.getOffsetInSeconds()).isNull();
    }

    @Test
    void oneTime_newScheduledTimeWithZone_takesMessageZone() {
        Reminder current = reminder(oneTime(OLD_TIME, LONDON), defaultAlertInfo(), Optional.empty());

        Trigger trigger = ReminderChange.apply(
                        current,
                        update().scheduledTime(NEW_TIME)
                                .timeZone(ZoneId.of("America/New_York"))
                                .build(),
                        NOW)
                .getTrigger();

        assertThat(trigger.getScheduledTime()).isEqualTo(NEW_TIME);
        assertThat(trigger.getTimeZoneId()).isEqualTo("America/New_York");
    }

    @Test
    void oneTime_withoutZone_staysWithoutZone() {
        Reminder current = reminder(oneTime(OLD_TIME, null), defaultAlertInfo(), Optional.empty());

        Trigger trigger = ReminderChange.apply(
                        current, update().scheduledTime(NEW_TIME).build(), NOW)
                .getTrigger();

        assertThat(trigger.getScheduledTime()).isEqualTo(NEW_TIME);
        assertThat(trigger.getTimeZoneId()).isNull();
    }

    @Test
    void oneTime_textOnly_keepsTrigger() {
        Trigger old = oneTime(OLD_TIME, LONDON);
        Reminder current = reminder(old, defaultAlertInfo(), Optional.empty());

        Trigger trigger =
                ReminderChange.apply(current, update().text("new").build(), NOW).getTrigger();

        assertThat(trigger).isEqualTo(old);
    }

    // ---- repeating -----------------------------------------------------------------------------

    @Test
    void repeating_newScheduledTime_becomesStartAndKeepsRules() {
        Recurrence recurrence = Recurrence.builder()
                .withStartDateTime(OLD_TIME)
                .withEndDateTime(LocalDateTime.parse("2027-06-01T00:00:00"))
                .withRecurrenceRules(List.of(WEEKLY_SATURDAY))
                .build();
        Reminder current = reminder(repeating(recurrence, LONDON), defaultAlertInfo(), Optional.empty());

        Trigger trigger = ReminderChange.apply(
                        current, update().scheduledTime(NEW_TIME).build(), NOW)
                .getTrigger();

        assertThat(trigger.getType()).isEqualTo(TriggerType.SCHEDULED_ABSOLUTE);
        assertThat(trigger.getScheduledTime()).isNull();
        assertThat(trigger.getTimeZoneId()).isEqualTo(LONDON);
        assertThat(trigger.getRecurrence().getStartDateTime()).isEqualTo(NEW_TIME);
        assertThat(trigger.getRecurrence().getEndDateTime()).isEqualTo(LocalDateTime.parse("2027-06-01T00:00:00"));
        assertThat(trigger.getRecurrence().getRecurrenceRules()).containsExactly(WEEKLY_SATURDAY);
    }

    @Test
    void repeating_newScheduledTime_keepsDeprecatedFreqByDayAndInterval() {
        Recurrence recurrence = Recurrence.builder()
                .withStartDateTime(OLD_TIME)
                .withFreq(RecurrenceFreq.WEEKLY)
                .withByDay(List.of(RecurrenceDay.MO, RecurrenceDay.WE))
                .withInterval(2)
                .build();
        Reminder current = reminder(repeating(recurrence, LONDON), defaultAlertInfo(), Optional.empty());

        Trigger trigger = ReminderChange.apply(
                        current, update().scheduledTime(NEW_TIME).build(), NOW)
                .getTrigger();

        Recurrence changed = trigger.getRecurrence();
        assertThat(changed.getStartDateTime()).isEqualTo(NEW_TIME);
        assertThat(changed.getFreq()).isEqualTo(RecurrenceFreq.WEEKLY);
        assertThat(changed.getByDay()).containsExactly(RecurrenceDay.MO, RecurrenceDay.WE);
        assertThat(changed.getInterval()).isEqualTo(2);
    }

    @Test
    void repeating_newScheduledTimeWithZone_takesMessageZone() {
        Recurrence recurrence = Recurrence.builder()
                .withStartDateTime(OLD_TIME)
                .withRecurrenceRules(List.of(DAILY_AT_8))
                .build();
        Reminder current = reminder(repeating(recurrence, LONDON), defaultAlertInfo(), Optional.empty());

        Trigger trigger = ReminderChange.apply(
                        current,
                        update().scheduledTime(NEW_TIME)
                                .timeZone(ZoneId.of("Asia/Tokyo"))
                                .build(),
                        NOW)
                .getTrigger();

        assertThat(trigger.getTimeZoneId()).isEqualTo("Asia/Tokyo");
        assertThat(trigger.getRecurrence().getStartDateTime()).isEqualTo(NEW_TIME);
        assertThat(trigger.getRecurrence().getRecurrenceRules()).containsExactly(DAILY_AT_8);
    }

    @Test
    void repeating_textOnly_keepsRecurrenceAndZone() {
        Recurrence recurrence = Recurrence.builder()
                .withStartDateTime(OLD_TIME)
                .withRecurrenceRules(List.of(DAILY_AT_8))
                .build();
        Reminder current = reminder(repeating(recurrence, LONDON), defaultAlertInfo(), Optional.empty());

        Trigger trigger =
                ReminderChange.apply(current, update().text("new").build(), NOW).getTrigger();

        assertThat(trigger.getRecurrence()).isEqualTo(recurrence);
        assertThat(trigger.getTimeZoneId()).isEqualTo(LONDON);
        assertThat(trigger.getScheduledTime()).isNull();
    }

    // ---- recurrenceRules -----------------------------------------------------------------------

    static Stream<Arguments> newRules() {
        Trigger oneTime = oneTime(OLD_TIME, LONDON);
        Trigger repeating = repeating(
                Recurrence.builder()
                        .withStartDateTime(OLD_TIME.minusDays(3))
                        .withFreq(RecurrenceFreq.DAILY)
                        .build(),
                LONDON);
        return Stream.of(
                Arguments.of("one-time, with scheduledTime", oneTime, Optional.of(NEW_TIME), NEW_TIME),
                Arguments.of("one-time, from its old scheduledTime", oneTime, Optional.empty(), OLD_TIME),
                Arguments.of("repeating, with scheduledTime", repeating, Optional.of(NEW_TIME), NEW_TIME),
                Arguments.of("repeating, from its old start", repeating, Optional.empty(), OLD_TIME.minusDays(3)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("newRules")
    void recurrenceRules_makeItRepeatByThem(
            String situation, Trigger old, Optional<LocalDateTime> time, LocalDateTime expectedStart) {
        SkillMessage.Builder message = update().recurrenceRules(List.of(WEEKLY_SATURDAY, DAILY_AT_8));
        time.ifPresent(message::scheduledTime);

        Trigger trigger = ReminderChange.apply(
                        reminder(old, defaultAlertInfo(), Optional.empty()), message.build(), NOW)
                .getTrigger();

        assertThat(trigger.getType()).isEqualTo(TriggerType.SCHEDULED_ABSOLUTE);
        assertThat(trigger.getScheduledTime()).isNull();
        assertThat(trigger.getTimeZoneId()).isEqualTo(LONDON);
        assertThat(trigger.getRecurrence().getStartDateTime()).isEqualTo(expectedStart);
        assertThat(trigger.getRecurrence().getRecurrenceRules()).containsExactly(WEEKLY_SATURDAY, DAILY_AT_8);
        assertThat(trigger.getRecurrence().getFreqAsString()).isNull();
        assertThat(trigger.getRecurrence().getByDay()).isNullOrEmpty();
    }

    @Test
    void recurrenceRules_withScheduledTimeAndZone_takeMessageZone() {
        Reminder current = reminder(oneTime(OLD_TIME, LONDON), defaultAlertInfo(), Optional.empty());

        Trigger trigger = ReminderChange.apply(
                        current,
                        update().recurrenceRules(List.of(DAILY_AT_8))
                                .scheduledTime(NEW_TIME)
                                .timeZone(ZoneId.of("Europe/Paris"))
                                .build(),
                        NOW)
                .getTrigger();

        assertThat(trigger.getTimeZoneId()).isEqualTo("Europe/Paris");
        assertThat(trigger.getRecurrence().getStartDateTime()).isEqualTo(NEW_TIME);
    }

    @Test
    void recurrenceRules_keepTheOldEnd() {
        LocalDateTime end = LocalDateTime.parse("2027-06-01T00:00:00");
        Recurrence recurrence = Recurrence.builder()
                .withStartDateTime(OLD_TIME)
                .withEndDateTime(end)
                .withRecurrenceRules(List.of(DAILY_AT_8))
                .build();
        Reminder current = reminder(repeating(recurrence, LONDON), defaultAlertInfo(), Optional.empty());

        Trigger trigger = ReminderChange.apply(
                        current,
                        update().recurrenceRules(List.of(WEEKLY_SATURDAY)).build(),
                        NOW)
                .getTrigger();

        assertThat(trigger.getRecurrence().getEndDateTime()).isEqualTo(end);
        assertThat(trigger.getRecurrence().getRecurrenceRules()).containsExactly(WEEKLY_SATURDAY);
    }

    @Test
    void recurrenceRules_onARelativeReminder_needScheduledTime() {
        Reminder current = reminder(relative(3600), defaultAlertInfo(), Optional.empty());
        SkillMessage message = update().recurrenceRules(List.of(DAILY_AT_8)).build();

        assertThatThrownBy(() -> ReminderChange.apply(current, message, NOW))
                .isInstanceOfSatisfying(
                        InvalidMessageException.class,
                        e -> assertThat(e.code()).isEqualTo(InvalidMessageException.INVALID_MESSAGE))
                .hasMessageContaining("scheduledTime");
    }

    @Test
    void emptyRecurrenceRules_onAReminderThatDoesNotRepeat_changeNothing() {
        Trigger oneTime = oneTime(OLD_TIME, LONDON);
        Reminder current = reminder(oneTime, defaultAlertInfo(), Optional.empty());

        ReminderRequest request = ReminderChange.apply(
                current, update().recurrenceRules(List.of()).text("x").build(), NOW);

        assertThat(request.getTrigger()).isEqualTo(oneTime);
        assertThat(request.getAlertInfo().getSpokenInfo().getContent().get(0).getText())
                .isEqualTo("x");
    }

    @Test
    void emptyRecurrenceRules_withScheduledTime_makeItOneTime() {
        Recurrence recurrence = Recurrence.builder()
                .withStartDateTime(OLD_TIME)
                .withRecurrenceRules(List.of(DAILY_AT_8))
                .build();
        Reminder current = reminder(repeating(recurrence, LONDON), defaultAlertInfo(), Optional.empty());

        Trigger trigger = ReminderChange.apply(
                        current,
                        update().recurrenceRules(List.of())
                                .scheduledTime(NEW_TIME)
                                .build(),
                        NOW)
                .getTrigger();

        assertThat(trigger.getType()).isEqualTo(TriggerType.SCHEDULED_ABSOLUTE);
        assertThat(trigger.getScheduledTime()).isEqualTo(NEW_TIME);
        assertThat(trigger.getTimeZoneId()).isEqualTo(LONDON);
        assertThat(trigger.getRecurrence()).isNull();
    }

    @Test
    void emptyRecurrenceRules_withoutScheduledTime_areRefused() {
        Recurrence recurrence = Recurrence.builder()
                .withStartDateTime(OLD_TIME)
                .withRecurrenceRules(List.of(DAILY_AT_8))
                .build();
        Reminder current = reminder(repeating(recurrence, LONDON), defaultAlertInfo(), Optional.empty());
        SkillMessage message = update().recurrenceRules(List.of()).text("new").build();

        assertThatThrownBy(() -> ReminderChange.apply(current, message, NOW))
                .isInstanceOfSatisfying(
                        InvalidMessageException.class,
                        e -> assertThat(e.code()).isEqualTo(InvalidMessageException.INVALID_MESSAGE))
                .hasMessageContaining("scheduledTime");
    }

    // ---- relative ------------------------------------------------------------------------------

    static Stream<Arguments> timeLeft() {
        return Stream.of(
                Arguments.of("half gone", 3600, CREATED.plusSeconds(1800), 1800),
                Arguments.of("just created", 3600, CREATED, 3600),
                Arguments.of("due now", 3600, CREATED.plusSeconds(3600), 0),
                Arguments.of("already past", 600, CREATED.plusSeconds(3600), 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("timeLeft")
    void relative_timeUnchanged_offsetBecomesTimeLeft(String situation, int offset, Instant now, int expectedOffset) {
        Reminder current = reminder(relative(offset), defaultAlertInfo(), Optional.empty());

        Trigger trigger =
                ReminderChange.apply(current, update().text("new").build(), now).getTrigger();

        assertThat(trigger.getType()).isEqualTo(TriggerType.SCHEDULED_RELATIVE);
        assertThat(trigger.getOffsetInSeconds()).isEqualTo(expectedOffset);
        assertThat(trigger.getScheduledTime()).isNull();
        assertThat(trigger.getRecurrence()).isNull();
    }

    @Test
    void relative_withoutCreatedTime_keepsTrigger() {
        Trigger old = relative(3600);
        Reminder current = new Reminder(
                TOKEN,
                Status.ON,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(old),
                Optional.of(defaultAlertInfo()),
                Optional.empty());

        assertThat(ReminderChange.apply(current, update().text("new").build(), NOW)
                        .getTrigger())
                .isEqualTo(old);
    }

    @Test
    void relative_newScheduledTime_becomesAbsolute() {
        Reminder current = reminder(relative(3600), defaultAlertInfo(), Optional.empty());

        Trigger trigger = ReminderChange.apply(
                        current,
                        update().scheduledTime(NEW_TIME)
                                .timeZone(ZoneId.of(LONDON))
                                .build(),
                        NOW)
                .getTrigger();

        assertThat(trigger.getType()).isEqualTo(TriggerType.SCHEDULED_ABSOLUTE);
        assertThat(trigger.getScheduledTime()).isEqualTo(NEW_TIME);
        assertThat(trigger.getTimeZoneId()).isEqualTo(LONDON);
        assertThat(trigger.getOffsetInSeconds()).isNull();
    }

    // ---- request time, push notification, missing trigger ---------------------------------------

    @Test
    void requestTime_isNowInUtc() {
        Reminder current = reminder(oneTime(OLD_TIME, LONDON), defaultAlertInfo(), Optional.empty());

        ReminderRequest request =
                ReminderChange.apply(current, update().text("new").build(), NOW);

        assertThat(request.getRequestTime()).isEqualTo(OffsetDateTime.of(2026, 11, 22, 10, 20, 0, 0, ZoneOffset.UTC));
        assertThat(request.getRequestTime().getOffset()).isEqualTo(ZoneOffset.UTC);
    }

    static Stream<Arguments> pushNotifications() {
        return Stream.of(
                Arguments.of(Optional.of(PushNotificationStatus.DISABLED), PushNotificationStatus.DISABLED),
                Arguments.of(Optional.of(PushNotificationStatus.ENABLED), PushNotificationStatus.ENABLED),
                Arguments.of(Optional.empty(), PushNotificationStatus.ENABLED));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("pushNotifications")
    void pushNotification_isKeptOrEnabled(Optional<PushNotificationStatus> old, PushNotificationStatus expected) {
        Reminder current = reminder(oneTime(OLD_TIME, LONDON), defaultAlertInfo(), old);

        ReminderRequest request =
                ReminderChange.apply(current, update().text("new").build(), NOW);

        assertThat(request.getPushNotification().getStatus()).isEqualTo(expected);
    }

    @Test
    void reminderWithoutTrigger_isRefused() {
        Reminder current = new Reminder(
                TOKEN,
                Status.ON,
                Optional.of(CREATED),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(defaultAlertInfo()),
                Optional.empty());

        assertThatThrownBy(
                        () -> ReminderChange.apply(current, update().text("new").build(), NOW))
                .isInstanceOfSatisfying(
                        InvalidMessageException.class,
                        e -> assertThat(e.code()).isEqualTo(InvalidMessageException.INVALID_MESSAGE));
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static SkillMessage.Builder update() {
        return SkillMessage.builder(Operation.UPDATE).alertToken(TOKEN);
    }

    private static Reminder reminder(Trigger trigger, AlertInfo alertInfo, Optional<PushNotificationStatus> push) {
        return new Reminder(
                TOKEN,
                Status.ON,
                Optional.of(CREATED),
                Optional.of(CREATED),
                Optional.of("1"),
                Optional.of(trigger),
                Optional.ofNullable(alertInfo),
                push);
    }

    private static Trigger oneTime(LocalDateTime at, String zone) {
        return Trigger.builder()
                .withType(TriggerType.SCHEDULED_ABSOLUTE)
                .withScheduledTime(at)
                .withTimeZoneId(zone)
                .build();
    }

    private static Trigger repeating(Recurrence recurrence, String zone) {
        return Trigger.builder()
                .withType(TriggerType.SCHEDULED_ABSOLUTE)
                .withTimeZoneId(zone)
                .withRecurrence(recurrence)
                .build();
    }

    private static Trigger relative(int offsetInSeconds) {
        return Trigger.builder()
                .withType(TriggerType.SCHEDULED_RELATIVE)
                .withOffsetInSeconds(offsetInSeconds)
                .build();
    }

    private static AlertInfo defaultAlertInfo() {
        return alertInfo(spoken("en-US", "stretch", null));
    }

    private static AlertInfo alertInfo(SpokenText... content) {
        return AlertInfo.builder()
                .withSpokenInfo(
                        SpokenInfo.builder().withContent(List.of(content)).build())
                .build();
    }

    private static SpokenText spoken(String locale, String text, String ssml) {
        return SpokenText.builder()
                .withLocale(locale)
                .withText(text)
                .withSsml(ssml)
                .build();
    }
}
