package com.example.reminderskill.alerts;

/** A call that got no HTTP answer; {@link #maybeSent()} tells whether the service may have seen it. */
final class ApiTransportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean maybeSent;

    ApiTransportException(String message, boolean maybeSent, Throwable cause) {
        super(message, cause);
        this.maybeSent = maybeSent;
    }

    boolean maybeSent() {
        return maybeSent;
    }
}
