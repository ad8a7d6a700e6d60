package com.example.reminderskill.alerts;

import com.example.reminderskill.http.ApiCallException;

/**
 * The one failure type of the Alexa API wrappers: a request rejected by local validation
 * (with the status and code the service would use), an error answer from the service, or a
 * call that got no usable answer ({@link #httpStatus()} 0).
 */
public final class AlexaApiException extends ApiCallException {
    private static final long serialVersionUID = 1L;

    private AlexaApiException(Builder<AlexaApiException> builder) {
        super(builder);
    }

    /** {@code CODE (HTTP status): detail}, without the status when no answer came. */
    @Override
    public String getMessage() {
        return code() + (httpStatus() > 0 ? " (HTTP " + httpStatus() + ")" : "") + ": " + detail();
    }

    /** A 400 rejection found before any call, with the code the service would answer. */
    public static AlexaApiException invalidRequest(ErrorCode code, String message) {
        return builder(400, code.name(), message).build();
    }

    static Builder<AlexaApiException> builder(int httpStatus, String code, String message) {
        return new Builder<>(httpStatus, code, message, AlexaApiException::new);
    }

    public ErrorCode errorCode() {
        return ErrorCode.fromCode(code());
    }
}
