package com.example.reminderskill.alerts.reminders;

import static com.example.reminderskill.alerts.reminders.Json.present;
import static com.example.reminderskill.alerts.reminders.Json.show;

import com.example.reminderskill.alerts.AlertTimes;
import com.example.reminderskill.alerts.AlexaApiException;
import com.example.reminderskill.alerts.ErrorCode;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRulesProvider;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates a Reminders API create or update body as the service does, before any call, and
 * reports the first rule it breaks with the service's own error code (HTTP 400) and a
 * message naming the field and the rule. Works on the JSON as sent, so the wrapper, the
 * {@code validate} command and the emulator share one implementation.
 *
 * <p>{@code scheduledTime} codes: a value that is not an ISO 8601 date-time at all is
 * {@code INVALID_TRIGGER_SCHEDULED_TIME_FORMAT}; a real ISO 8601 date-time in a form the API
 * does not take (an offset or {@code Z}, a one-digit hour, other fraction digits) is
 * {@code UNSUPPORTED_SCHEDULED_TIME_FORMAT}.
 */
public final class ReminderRequestValidator {

    private static final String SCHEDULED_ABSOLUTE = "SCHEDULED_ABSOLUTE";
    private static final String SCHEDULED_RELATIVE = "SCHEDULED_RELATIVE";
    private static final Set<String> PUSH_NOTIFICATION_STATUSES = Set.of("ENABLED", "DISABLED");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    /** Offsets run from -12:00 to +14:00: a wall-clock time is past everywhere once it is past at -12:00. */
    private static final ZoneOffset LATEST_OFFSET = ZoneOffset.ofHours(-12);

    private final RecurrenceValidator recurrences = new RecurrenceValidator();
    private final SpokenContentValidator spokenContent = new SpokenContentValidator();

    /**
     * @throws AlexaApiException with HTTP status 400 and the service's code when the body
     *     breaks a rule of the Reminders API
     */
    public void validate(JsonNode body, ValidationContext context) {
        if (body == null || !body.isObject()) {
            throw AlexaApiException.invalidRequest(
                    ErrorCode.INVALID_REQUEST_BODY, "the request body must be a JSON object");
        }
        checkRequestTime(body.get("requestTime"), context);
        checkTrigger(body.get("trigger"), context, SpokenContentValidator.locales(body));
        spokenContent.check(body.get("alertInfo"));
        checkPushNotification(body.get("pushNotification"));
    }

    private static void checkRequestTime(JsonNode requestTime, ValidationContext context) {
        if (!present(requestTime)) {
            if (context.requestTimeRequired()) {
                throw AlexaApiException.invalidRequest(
                        ErrorCode.INVALID_REQUEST_TIME_FORMAT,
                        "requestTime is required: an ISO 8601 date-time such as 2019-09-22T19:04:00.672");
            }
            return;
        }
        if (!requestTime.isTextual() || !AlertTimes.isIso8601DateTime(requestTime.asText())) {
            throw AlexaApiException.invalidRequest(
                    ErrorCode.INVALID_REQUEST_TIME_FORMAT,
                    "requestTime " + show(requestTime)
                            + " is not an ISO 8601 date-time such as 2019-09-22T19:04:00.672");
        }
    }

    private void checkTrigger(JsonNode trigger, ValidationContext context, List<String> contentLocales) {
        if (!present(trigger) || !trigger.isObject()) {
            throw invalidTrigger("trigger is required: an object with type SCHEDULED_ABSOLUTE or SCHEDULED_RELATIVE");
        }
        JsonNode type = trigger.get("type");
        if (!present(type)) {
            throw invalidTrigger("trigger.type is required: SCHEDULED_ABSOLUTE or SCHEDULED_RELATIVE");
        }
        if (!type.isTextual()
                || !(type.asText().equals(SCHEDULED_ABSOLUTE) || type.asText().equals(SCHEDULED_RELATIVE))) {
            throw invalidTrigger("trigger.type " + show(type) + " is not SCHEDULED_ABSOLUTE or SCHEDULED_RELATIVE");
        }
        Optional<ZoneId> triggerZone = timeZone(trigger.get("timeZoneId"));
        JsonNode offset = trigger.get("offsetInSeconds");
        JsonNode scheduledTime = trigger.get("scheduledTime");
        JsonNode recurrence = trigger.get("recurrence");
        if (type.asText().equals(SCHEDULED_RELATIVE)) {
            if (present(scheduledTime)) {
                throw invalidTrigger("SCHEDULED_RELATIVE takes trigger.offsetInSeconds, not trigger.scheduledTime");
            }
            if (present(recurrence)) {
                throw invalidTrigger(
                        "SCHEDULED_RELATIVE cannot recur: trigger.recurrence is for SCHEDULED_ABSOLUTE only");
            }
            if (!present(offset)) {
                throw invalidTrigger("SCHEDULED_RELATIVE needs trigger.offsetInSeconds");
            }
            checkOffset(offset);
            return;
        }
        if (present(offset)) {
            throw invalidTrigger("SCHEDULED_ABSOLUTE takes trigger.scheduledTime, not trigger.offsetInSeconds");
        }
        if (!present(scheduledTime) && !present(recurrence)) {
            throw invalidTrigger("SCHEDULED_ABSOLUTE needs trigger.scheduledTime or trigger.recurrence");
        }
        Optional<ZoneId> zone = triggerZone.or(context::deviceTimeZone);
        Optional<LocalDateTime> scheduled = present(scheduledTime)
                ? Optional.of(checkScheduledTime(scheduledTime, zone, context.now()))
                : Optional.empty();
        if (present(recurrence)) {
            recurrences.check(recurrence, scheduled, zone, context.now(), contentLocales);
        }
    }

    private static Optional<ZoneId> timeZone(JsonNode timeZoneId) {
        if (!present(timeZoneId)) {
            return Optional.empty();
        }
        if (!timeZoneId.isTextual() || !TimeZoneIds.ALL.contains(timeZoneId.asText())) {
            throw AlexaApiException.invalidRequest(
                    ErrorCode.INVALID_TRIGGER_TIME_ZONE,
                    "trigger.timeZoneId " + show(timeZoneId)
                            + " is not a tz database time zone id such as America/New_York");
        }
        return Optional.of(ZoneId.of(timeZoneId.asText()));
    }

    private static LocalDateTime checkScheduledTime(JsonNode node, Optional<ZoneId> zone, Instant now) {
        String text = node.isTextual() ? node.asText() : node.toString();
        LocalDateTime scheduled = AlertTimes.parseScheduledTime(text)
                .orElseThrow(() -> node.isTextual() && AlertTimes.isIso8601DateTime(text)
                        ? AlexaApiException.invalidRequest(
                                ErrorCode.UNSUPPORTED_SCHEDULED_TIME_FORMAT,
                                "trigger.scheduledTime '" + text + "' is ISO 8601 but not a supported form; use "
                                        + AlertTimes.SUPPORTED_SCHEDULED_TIME_FORMATS + ", without an offset")
                        : AlexaApiException.invalidRequest(
                                ErrorCode.INVALID_TRIGGER_SCHEDULED_TIME_FORMAT,
                                "trigger.scheduledTime " + show(node) + " is not a date-time; use "
                                        + AlertTimes.SUPPORTED_SCHEDULED_TIME_FORMATS));
        Instant at = zone.map(z -> scheduled.atZone(z).toInstant()).orElseGet(() -> scheduled.toInstant(LATEST_OFFSET));
        if (!at.isAfter(now)) {
            String where = zone.map(z -> "in " + z.getId() + ", where it is now "
                            + LocalDateTime.ofInstant(now, z).withNano(0))
                    .orElse("in every time zone");
            throw AlexaApiException.invalidRequest(
                    ErrorCode.TRIGGER_SCHEDULED_TIME_IN_PAST,
                    "trigger.scheduledTime " + text + " is in the past " + where);
        }
        return scheduled;
    }

    private static void checkOffset(JsonNode offset) {
        long seconds;
        if (offset.isIntegralNumber() && offset.canConvertToLong()) {
            seconds = offset.asLong();
        } else if (offset.isTextual()
                && DIGITS.matcher(offset.asText()).matches()
                && offset.asText().length() <= 18) {
            seconds = Long.parseLong(offset.asText());
        } else {
            throw AlexaApiException.invalidRequest(
                    ErrorCode.INVALID_TRIGGER_OFFSET,
                    "trigger.offsetInSeconds " + show(offset)
                            + " must be a whole number of seconds, such as 7200 or \"7200\"");
        }
        if (seconds <= 0 || seconds > Integer.MAX_VALUE) {
            throw AlexaApiException.invalidRequest(
                    ErrorCode.INVALID_TRIGGER_OFFSET,
                    "trigger.offsetInSeconds " + show(offset) + " must be positive and at most " + Integer.MAX_VALUE);
        }
    }

    private static void checkPushNotification(JsonNode pushNotification) {
        if (!present(pushNotification)) {
            return;
        }
        JsonNode status = pushNotification.path("status");
        if (!pushNotification.isObject()
                || !status.isTextual()
                || !PUSH_NOTIFICATION_STATUSES.contains(status.asText())) {
            throw AlexaApiException.invalidRequest(
                    ErrorCode.INVALID_PUSH_NOTIFICATION,
                    "pushNotification.status " + (present(status) ? show(status) : "(missing)")
                            + " must be ENABLED or DISABLED");
        }
    }

    private static AlexaApiException invalidTrigger(String message) {
        return AlexaApiException.invalidRequest(ErrorCode.INVALID_TRIGGER, message);
    }

    /** The tz database ids, read once: the JDK copies the set on every call. */
    private static final class TimeZoneIds {
        static final Set<String> ALL = Set.copyOf(ZoneRulesProvider.getAvailableZoneIds());
    }
}
