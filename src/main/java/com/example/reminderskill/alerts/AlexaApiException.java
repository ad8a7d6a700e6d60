package com.example.reminderskill.alerts;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The one failure type of the Alexa API wrappers: a request rejected by local validation
 * (with the status and code the service would use), an error answer from the service, or a
 * call that got no usable answer ({@link #httpStatus()} 0).
 */
public final class AlexaApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final String code;
    private final String detail;
    private final boolean retryable;
    private final boolean outcomeUnknown;
    private final boolean mayStillLand;
    private final transient Duration retryAfter;

    private AlexaApiException(Builder builder) {
        super(builder.code + (builder.httpStatus > 0 ? " (HTTP " + builder.httpStatus + ")" : "")
                + ": " + builder.message, builder.cause);
        this.httpStatus = builder.httpStatus;
        this.code = builder.code;
        this.detail = builder.message;
        this.retryable = builder.retryable;
        this.outcomeUnknown = builder.outcomeUnknown;
        this.mayStillLand = builder.mayStillLand;
        this.retryAfter = builder.retryAfter;
    }

    /** A 400 rejection found before any call, with the code the service would answer. */
    public static AlexaApiException invalidRequest(ErrorCode code, String message) {
        return builder(400, code.name(), message).build();
    }

    static Builder builder(int httpStatus, String code, String message) {
        return new Builder(httpStatus, code, message);
    }

    /** The HTTP status the service answered (or would answer); 0 when no answer came. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The error code as the service spelled it, or one of ours from {@link ErrorCode}. */
    public String code() {
        return code;
    }

    /** The human-readable part alone: which field breaks which rule, or what the service said. */
    public String detail() {
        return detail;
    }

    public ErrorCode errorCode() {
        return ErrorCode.fromCode(code);
    }

    /** Whether sending the same request again later can succeed (429, 500, 503, no answer). */
    public boolean retryable() {
        return retryable;
    }

    /** Whether the service may have carried out the request although no success came back. */
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }

    /**
     * Whether the request was sent and no answer came back (a timeout, a connection lost
     * mid-call), so that it may still reach the service after the caller gave up on it: a proxy
     * can hold it for seconds. No listing can prove such a request will not land later.
     */
    public boolean mayStillLand() {
        return mayStillLand;
    }

    /** The delay the service asked for with {@code Retry-After}, if any. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    static final class Builder {
        private final int httpStatus;
        private final String code;
        private final String message;
        private boolean retryable;
        private boolean outcomeUnknown;
        private boolean mayStillLand;
        private Duration retryAfter;
        private Throwable cause;

        private Builder(int httpStatus, String code, String message) {
            this.httpStatus = httpStatus;
            this.code = Objects.requireNonNull(code, "code");
            this.message = Objects.requireNonNull(message, "message");
        }

        Builder retryable(boolean value) {
            this.retryable = value;
            return this;
        }

        Builder outcomeUnknown(boolean value) {
            this.outcomeUnknown = value;
            return this;
        }

        /** Sent without an answer: the outcome is unknown and may change later. */
        Builder mayStillLand(boolean value) {
            this.mayStillLand = value;
            this.outcomeUnknown |= value;
            return this;
        }

        Builder retryAfter(Duration value) {
            this.retryAfter = value;
            return this;
        }

        Builder cause(Throwable value) {
            this.cause = value;
            return this;
        }

        AlexaApiException build() {
            return new AlexaApiException(this);
        }
    }
}
