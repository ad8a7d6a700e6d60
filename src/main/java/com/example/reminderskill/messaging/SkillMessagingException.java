package com.example.reminderskill.messaging;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The one failure type of sending a skill message: Login with Amazon or Skill Messaging refused
 * the call, or no usable answer came ({@link #httpStatus()} 0). The message never carries a
 * client secret or an access token.
 */
public final class SkillMessagingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** No connection could be made, or it broke before an answer came. */
    public static final String CONNECTION_FAILED = "CONNECTION_FAILED";
    /** No answer within the attempt's timeout. */
    public static final String REQUEST_TIMEOUT = "REQUEST_TIMEOUT";
    /** The thread was interrupted while calling or waiting to call again. */
    public static final String INTERRUPTED = "INTERRUPTED";
    /** LWA answered 200 without a usable bearer token. */
    public static final String INVALID_TOKEN_RESPONSE = "INVALID_TOKEN_RESPONSE";

    private final int httpStatus;
    private final String code;
    private final String detail;
    private final boolean retryable;
    private final transient Duration retryAfter;

    SkillMessagingException(int httpStatus, String code, String detail, boolean retryable, Duration retryAfter, Throwable cause) {
        super(httpStatus + " " + code + ": " + detail, cause);
        this.httpStatus = httpStatus;
        this.code = Objects.requireNonNull(code, "code");
        this.detail = Objects.requireNonNull(detail, "detail");
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    /** The same failure, with a note added to its detail: how the sender gave up. */
    SkillMessagingException withNote(String note) {
        return new SkillMessagingException(httpStatus, code, detail + " (" + note + ")", retryable, retryAfter, getCause());
    }

    /** The HTTP status of the refusal; 0 when no answer came. */
    public int httpStatus() {
        return httpStatus;
    }

    /**
     * LWA's OAuth {@code error} (such as {@code invalid_client}), Skill Messaging's {@code code}
     * or the name of its status (such as {@code NOT_FOUND}), or one of the constants above.
     */
    public String code() {
        return code;
    }

    /** What the service said, or what went wrong, without status or code. */
    public String detail() {
        return detail;
    }

    /** Whether sending the same message again later can succeed (429, 5xx, no answer). */
    public boolean retryable() {
        return retryable;
    }

    /** The wait the service asked for with {@code Retry-After}, if any. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
