package com.example.reminderskill.alerts;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Error codes of the Alexa Reminders API (both reference pages), plus the few this client
 * reports itself when no service answer exists. {@link #UNRECOGNIZED} stands for a code the
 * service sent that this version does not know; the exception keeps the raw text.
 */
public enum ErrorCode {
    // 400: the service's validation codes, which local validation reports too.
    INVALID_REQUEST_TIME_FORMAT,
    INVALID_TRIGGER,
    TRIGGER_SCHEDULED_TIME_IN_PAST,
    INVALID_TRIGGER_SCHEDULED_TIME_FORMAT,
    UNSUPPORTED_SCHEDULED_TIME_FORMAT,
    INVALID_TRIGGER_TIME_ZONE,
    INVALID_TRIGGER_RECURRENCE,
    UNSUPPORTED_TRIGGER_RECURRENCE,
    UNSUPPORTED_TRIGGER_RECURRENCE_INTERVAL,
    INVALID_ALERT_INFO,
    INVALID_TRIGGER_OFFSET,
    /** Ours: the reference names no code for a bad {@code pushNotification.status}. */
    INVALID_PUSH_NOTIFICATION,
    /** Ours: the body is not a JSON object at all. */
    INVALID_REQUEST_BODY,
    /** A Timers API body that breaks a rule; the message names the field. */
    INVALID_REQUEST,
    // 401
    UNAUTHORIZED,
    MISSING_BEARER_TOKEN,
    INVALID_BEARER_TOKEN,
    EXPIRED_BEARER_TOKEN,
    NOT_IN_SESSION,
    // 403
    MAX_REMINDERS_EXCEEDED,
    DEVICE_NOT_SUPPORTED,
    /** More than 10 active timers for one user. */
    MAX_TIMERS_EXCEEDED,
    // 404
    ALERT_NOT_FOUND,
    TIMER_NOT_FOUND,
    // 409
    MISSING_TIME_ZONE,
    // 429
    MAX_RATE_EXCEEDED,
    // 5xx
    INTERNAL_SERVER_ERROR,
    SERVICE_UNAVAILABLE,
    DEVICE_NOT_REACHABLE,
    // Ours: failures without a usable service answer.
    UNTRUSTED_API_ENDPOINT,
    REQUEST_TIMEOUT,
    CONNECTION_FAILED,
    /** Ours: a success answer whose body this client cannot read. */
    INVALID_RESPONSE,
    UNRECOGNIZED;

    private static final Map<String, ErrorCode> BY_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Enum::name, Function.identity()));

    /** The code for the service's text, or {@link #UNRECOGNIZED}. */
    public static ErrorCode fromCode(String code) {
        return code == null ? UNRECOGNIZED : BY_NAME.getOrDefault(code, UNRECOGNIZED);
    }

    /** The code a status implies when the service's body names none (an HTML error page, say). */
    public static ErrorCode forStatus(int httpStatus) {
        return switch (httpStatus) {
            case 404 -> ALERT_NOT_FOUND;
            case 409 -> MISSING_TIME_ZONE;
            case 429 -> MAX_RATE_EXCEEDED;
            case 500 -> INTERNAL_SERVER_ERROR;
            case 503 -> SERVICE_UNAVAILABLE;
            case 504 -> DEVICE_NOT_REACHABLE;
            default -> UNRECOGNIZED;
        };
    }
}
