package com.example.reminderskill.alerts;

/** A call that got no HTTP answer; {@link #maybeSent()} tells whether the service may have seen it. */
final class ApiTransportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final boolean maybeSent;

    ApiTransportException(ErrorCode code, String message, boolean maybeSent, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.maybeSent = maybeSent;
    }

    /** {@link ErrorCode#REQUEST_TIMEOUT} or {@link ErrorCode#CONNECTION_FAILED}. */
    ErrorCode code() {
        return code;
    }

    boolean maybeSent() {
        return maybeSent;
    }
}
