package com.example.reminderskill.retry;

import java.time.Clock;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * What every retrying client is built with: its retry policy, the clock that measures the
 * budget (and decides what is past), the sleeper that waits between attempts and the source of
 * jitter. Everything has a production default; tests set a fake clock and sleeper.
 *
 * @param <B> the concrete builder, so that each setter returns it
 */
public abstract class RetryingClientBuilder<B extends RetryingClientBuilder<B>> {

    private RetryPolicy retryPolicy;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.SYSTEM;
    private RandomGenerator random = Retrier.CALLING_THREAD_RANDOM;

    protected RetryingClientBuilder(RetryPolicy defaultPolicy) {
        this.retryPolicy = Objects.requireNonNull(defaultPolicy, "defaultPolicy");
    }

    public B retryPolicy(RetryPolicy value) {
        this.retryPolicy = Objects.requireNonNull(value, "retryPolicy");
        return self();
    }

    /** The clock that measures the time budget (and, for a wrapper, decides what is past). */
    public B clock(Clock value) {
        this.clock = Objects.requireNonNull(value, "clock");
        return self();
    }

    public B sleeper(Sleeper value) {
        this.sleeper = Objects.requireNonNull(value, "sleeper");
        return self();
    }

    public B random(RandomGenerator value) {
        this.random = Objects.requireNonNull(value, "random");
        return self();
    }

    public final RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    public final Clock clock() {
        return clock;
    }

    /** A retrier on these settings, for the client being built. */
    public final Retrier retrier() {
        return new Retrier(retryPolicy, clock, sleeper, random);
    }

    /** This builder as its concrete type, for a subclass's own setters. */
    @SuppressWarnings("unchecked")
    protected final B self() {
        return (B) this;
    }
}
