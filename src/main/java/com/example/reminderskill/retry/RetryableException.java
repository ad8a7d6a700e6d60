package com.example.reminderskill.retry;

import java.time.Duration;
import java.util.Optional;

/**
 * A failure the {@link Retrier} can judge: whether sending the same request again may help,
 * whether the request may have taken effect (or may still land) although it failed, and how
 * long the other side asked to wait. Every failure that a retried call throws to ask for
 * another attempt extends it; any other exception ends the call at once.
 */
public abstract class RetryableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected RetryableException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether sending the same request again later can succeed. */
    public abstract boolean retryable();

    /** Whether the request may have taken effect although no success came back. */
    public boolean outcomeUnknown() {
        return false;
    }

    /**
     * Whether the request was sent and no answer came back (a timeout, a connection lost
     * mid-call), so that it may still reach the service after the caller gave up on it: a proxy
     * can hold it for seconds. No listing can prove such a request will not land later.
     */
    public boolean mayStillLand() {
        return false;
    }

    /** The delay the other side asked for with {@code Retry-After}, if any. */
    public Optional<Duration> retryAfter() {
        return Optional.empty();
    }

    /**
     * What the retrier throws when it stops retrying after this failure; {@code why} says why it
     * stopped (the attempt cap, or the time budget). By default this failure, unchanged.
     */
    protected RetryableException afterGivingUp(String why) {
        return this;
    }
}
