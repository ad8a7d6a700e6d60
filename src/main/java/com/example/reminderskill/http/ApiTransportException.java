package com.example.reminderskill.http;

/** A call that got no HTTP answer; {@link #maybeSent()} tells whether the service may have seen it. */
public final class ApiTransportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, named as the wrappers' error codes name it. */
    public enum Kind {
        /** No answer within the request timeout. */
        REQUEST_TIMEOUT,
        /** No connection, or it broke before the answer came. */
        CONNECTION_FAILED
    }

    private final Kind kind;
    private final boolean maybeSent;

    ApiTransportException(Kind kind, String message, boolean maybeSent, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.maybeSent = maybeSent;
    }

    public Kind kind() {
        return kind;
    }

    public boolean maybeSent() {
        return maybeSent;
    }
}
