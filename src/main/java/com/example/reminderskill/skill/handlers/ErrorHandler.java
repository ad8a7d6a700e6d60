package com.example.reminderskill.skill.handlers;

import com.amazon.ask.dispatcher.exception.ExceptionHandler;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.Response;
import com.example.reminderskill.alerts.AlexaApiException;
import com.example.reminderskill.skill.conversation.IncompleteRequestException;
import com.example.reminderskill.skill.conversation.ReminderPermission;
import com.example.reminderskill.skill.conversation.Speech;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last resort: every failure gets a polite answer in the user's language, and the log gets
 * what went wrong (never a token: {@link AlexaApiException} messages carry none). No stack trace
 * ever reaches the user. A refused permission sends the consent card for the scope it names.
 */
public final class ErrorHandler implements ExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);

    @Override
    public boolean canHandle(HandlerInput input, Throwable throwable) {
        return true;
    }

    @Override
    public Optional<Response> handle(HandlerInput input, Throwable throwable) {
        String key = "error.generic";
        Request request = input.getRequestEnvelope().getRequest();
        String type = request == null ? "without a request" : request.getType();
        if (throwable instanceof AlexaApiException failure) {
            LOG.warn("Alexa API call failed: {}", failure.getMessage());
            key = speechFor(failure);
        } else if (throwable instanceof IncompleteRequestException incomplete) {
            // Bad input, not a defect: one line, no stack trace.
            LOG.warn("request {} not answered: {}", type, incomplete.getMessage());
        } else {
            // Our own failure: the stack trace helps; exception messages carry no token (the envelope is never logged).
            LOG.error("request {} failed", type, throwable);
        }
        if (!"error.permission".equals(key)) {
            return input.getResponseBuilder()
                    .withSpeech(Speech.of(input).say(key))
                    .withShouldEndSession(true)
                    .build();
        }
        // The request said the scope was granted but the API refused it (withdrawn meanwhile): the answer
        // names the scope and sends the card it speaks of; a voice request would not fit an error's answer.
        String scope = PendingAction.scopeOf(input);
        String permissionKey = ReminderPermission.TIMERS_SCOPE.equals(scope) ? "error.permission.timers" : key;
        return input.getResponseBuilder()
                .withSpeech(Speech.of(input).say(permissionKey))
                .withAskForPermissionsConsentCard(List.of(scope))
                .withShouldEndSession(true)
                .build();
    }

    /**
     * The spoken answer for each documented error of the Reminders and Timers APIs: what the user
     * can do about it. Codes that only a bug of ours can cause get the generic apology.
     */
    static String speechFor(AlexaApiException failure) {
        return switch (failure.errorCode()) {
            case DEVICE_NOT_SUPPORTED -> "error.notSupported";
            case MAX_REMINDERS_EXCEEDED -> "error.tooManyReminders";
            case MAX_TIMERS_EXCEEDED -> "error.tooManyTimers";
            case MISSING_TIME_ZONE, INVALID_TRIGGER_TIME_ZONE -> "error.missingTimeZone";
            case DEVICE_NOT_REACHABLE -> "error.deviceUnreachable";
            case ALERT_NOT_FOUND -> "error.notFound";
            case TIMER_NOT_FOUND -> "error.timerNotFound";
            case UNAUTHORIZED -> "error.permission";
            case NOT_IN_SESSION -> "error.notInSession";
            case INVALID_ALERT_INFO -> "error.invalidText";
            case TRIGGER_SCHEDULED_TIME_IN_PAST -> "error.timeInPast";
            case INVALID_TRIGGER_RECURRENCE, UNSUPPORTED_TRIGGER_RECURRENCE, UNSUPPORTED_TRIGGER_RECURRENCE_INTERVAL ->
                "error.schedule";
            case INVALID_REQUEST -> "error.invalidTimer";
            default -> failure.retryable() ? "error.retry" : "error.generic";
        };
    }
}
