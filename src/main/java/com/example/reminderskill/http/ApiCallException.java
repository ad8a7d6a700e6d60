package com.example.reminderskill.http;

import com.example.reminderskill.retry.RetryableException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A call to a remote API that failed: a request rejected by local validation (with the status
 * and code the service would use), an error answer from the service, or a call that got no
 * usable answer ({@link #httpStatus()} 0). Each API's failure type extends it and says how its
 * message reads ({@link #getMessage()}); none carries a secret or a token.
 */
public abstract class ApiCallException extends RetryableException {
    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final String code;
    private final String detail;
    private final boolean retryable;
    private final boolean outcomeUnknown;
    private final boolean mayStillLand;
    private final transient Duration retryAfter;

    protected ApiCallException(Builder<?> builder) {
        super(null, builder.cause);
        this.httpStatus = builder.httpStatus;
        this.code = builder.code;
        this.detail = builder.detail;
        this.retryable = builder.retryable;
        this.outcomeUnknown = builder.outcomeUnknown;
        this.mayStillLand = builder.mayStillLand;
        this.retryAfter = builder.retryAfter;
    }

    /** The HTTP status the service answered (or would answer); 0 when no answer came. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The error code as the service spelled it, or one of the client's own. */
    public String code() {
        return code;
    }

    /** The human-readable part alone: which field breaks which rule, or what the service said. */
    public String detail() {
        return detail;
    }

    /** Whether sending the same request again later can succeed (throttling, server errors, no answer). */
    @Override
    public boolean retryable() {
        return retryable;
    }

    @Override
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }

    @Override
    public boolean mayStillLand() {
        return mayStillLand;
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** Status, code and detail, in the order this API's callers expect to read them. */
    @Override
    public abstract String getMessage();

    /** The same failure's builder, for a copy with another detail. */
    protected final <E extends ApiCallException> Builder<E> copy(String newDetail, Function<Builder<E>, E> factory) {
        return new Builder<>(httpStatus, code, newDetail, factory)
                .retryable(retryable)
                .outcomeUnknown(outcomeUnknown)
                .mayStillLand(mayStillLand)
                .retryAfter(retryAfter)
                .cause(getCause());
    }

    /** Collects one failure's parts; {@link #build()} hands them to the failure type's constructor. */
    public static final class Builder<E extends ApiCallException> {
        private final int httpStatus;
        private final String code;
        private final String detail;
        private final Function<Builder<E>, E> factory;
        private boolean retryable;
        private boolean outcomeUnknown;
        private boolean mayStillLand;
        private Duration retryAfter;
        private Throwable cause;

        public Builder(int httpStatus, String code, String detail, Function<Builder<E>, E> factory) {
            this.httpStatus = httpStatus;
            this.code = Objects.requireNonNull(code, "code");
            this.detail = Objects.requireNonNull(detail, "detail");
            this.factory = Objects.requireNonNull(factory, "factory");
        }

        public Builder<E> retryable(boolean value) {
            this.retryable = value;
            return this;
        }

        public Builder<E> outcomeUnknown(boolean value) {
            this.outcomeUnknown = value;
            return this;
        }

        /** Sent without an answer: the outcome is unknown and may change later. */
        public Builder<E> mayStillLand(boolean value) {
            this.mayStillLand = value;
            this.outcomeUnknown |= value;
            return this;
        }

        public Builder<E> retryAfter(Duration value) {
            this.retryAfter = value;
            return this;
        }

        public Builder<E> cause(Throwable value) {
            this.cause = value;
            return this;
        }

        public E build() {
            return factory.apply(this);
        }
    }
}
