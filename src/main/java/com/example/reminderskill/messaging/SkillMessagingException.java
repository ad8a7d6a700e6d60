package com.example.reminderskill.messaging;

import com.example.reminderskill.http.ApiCallException;

/**
 * The one failure type of sending a skill message: Login with Amazon or Skill Messaging refused
 * the call, or no usable answer came ({@link #httpStatus()} 0). The message never carries a
 * client secret or an access token.
 */
public final class SkillMessagingException extends ApiCallException {
    private static final long serialVersionUID = 1L;

    /** No connection could be made, or it broke before an answer came. */
    public static final String CONNECTION_FAILED = "CONNECTION_FAILED";
    /** No answer within the attempt's timeout. */
    public static final String REQUEST_TIMEOUT = "REQUEST_TIMEOUT";
    /** The thread was interrupted while calling or waiting to call again. */
    public static final String INTERRUPTED = "INTERRUPTED";
    /** LWA answered 200 without a usable bearer token. */
    public static final String INVALID_TOKEN_RESPONSE = "INVALID_TOKEN_RESPONSE";

    private SkillMessagingException(Builder<SkillMessagingException> builder) {
        super(builder);
    }

    /** {@code status CODE: detail}, as {@code send-message} prints it. */
    @Override
    public String getMessage() {
        return httpStatus() + " " + code() + ": " + detail();
    }

    static Builder<SkillMessagingException> builder(int httpStatus, String code, String detail) {
        return new Builder<>(httpStatus, code, detail, SkillMessagingException::new);
    }

    /** The same failure, with how the sender gave up added to its detail. */
    @Override
    protected SkillMessagingException afterGivingUp(String why) {
        return copy(detail() + " (" + why + ")", SkillMessagingException::new).build();
    }
}
