package com.example.reminderskill.skill.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.reminderskill.alerts.AlexaApiException;
import com.example.reminderskill.alerts.ErrorCode;
import com.example.reminderskill.skill.conversation.Speech;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorHandlerTest {

    @ParameterizedTest
    @CsvSource({
        "DEVICE_NOT_SUPPORTED, error.notSupported",
        "MAX_REMINDERS_EXCEEDED, error.tooManyReminders",
        "MAX_TIMERS_EXCEEDED, error.tooManyTimers",
        "MISSING_TIME_ZONE, error.missingTimeZone",
        "INVALID_TRIGGER_TIME_ZONE, error.missingTimeZone",
        "DEVICE_NOT_REACHABLE, error.deviceUnreachable",
        "ALERT_NOT_FOUND, error.notFound",
        "TIMER_NOT_FOUND, error.timerNotFound",
        "UNAUTHORIZED, error.permission",
        "NOT_IN_SESSION, error.notInSession",
        "INVALID_ALERT_INFO, error.invalidText",
        "TRIGGER_SCHEDULED_TIME_IN_PAST, error.timeInPast",
        "UNSUPPORTED_TRIGGER_RECURRENCE_INTERVAL, error.schedule",
        "INVALID_TRIGGER_RECURRENCE, error.schedule",
        "INVALID_REQUEST, error.invalidTimer",
        "INVALID_TRIGGER, error.generic"
    })
    void speechFor_givesEveryDocumentedErrorItsOwnAnswer(ErrorCode code, String key) {
        AlexaApiException failure = AlexaApiException.invalidRequest(code, "test");

        assertThat(ErrorHandler.speechFor(failure)).isEqualTo(key);
        assertThat(Speech.forLocale("de-DE").say(key)).isNotBlank();
        assertThat(Speech.forLocale("en-GB").say(key)).isNotBlank();
    }
}
