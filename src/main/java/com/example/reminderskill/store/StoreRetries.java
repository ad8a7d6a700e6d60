package com.example.reminderskill.store;

import com.example.reminderskill.retry.Retrier;
import com.example.reminderskill.retry.RetryPolicy;
import com.example.reminderskill.retry.RetryableException;
import com.example.reminderskill.retry.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * How the store retries a write that did not get done: another writer changed the reminder first,
 * or DynamoDB left items unprocessed. Pauses of full jitter below a bound that doubles from 10 ms
 * to 500 ms, so writers that collided do not collide again in step; the attempt cap, not time,
 * ends the retries.
 */
final class StoreRetries {

    private static final Duration FIRST_PAUSE = Duration.ofMillis(10);
    private static final Duration MAX_PAUSE = Duration.ofMillis(500);
    /** Far beyond what the capped pauses add up to: only the attempt cap ends a run. */
    private static final Duration NO_BUDGET = Duration.ofMinutes(1);

    private StoreRetries() {}

    /**
     * Runs {@code attempt} until it returns, at most {@code attempts} times; the attempt throws
     * {@link WriteNotDone} to be run again.
     *
     * @throws StoreException with {@code gaveUp} as its message when the last attempt did not get
     *     the write done either, or when the thread was interrupted while waiting
     */
    static <T> T upTo(int attempts, String operation, Retrier.Attempt<T> attempt, Supplier<String> gaveUp) {
        Retrier retrier = new Retrier(
                new RetryPolicy(NO_BUDGET, NO_BUDGET, FIRST_PAUSE, MAX_PAUSE, attempts),
                // Real time, not the skill's clock: these pauses are real sleeps, and the cap ends the run.
                Clock.systemUTC(),
                Sleeper.SYSTEM,
                Retrier.CALLING_THREAD_RANDOM);
        try {
            return retrier.call(operation, attempt);
        } catch (WriteNotDone e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new StoreException("interrupted while waiting to retry a store write", e);
            }
            throw new StoreException(gaveUp.get());
        }
    }

    /** A write that did not get done this time and may next time; thrown inside a retried attempt. */
    static final class WriteNotDone extends RetryableException {
        private static final long serialVersionUID = 1L;

        WriteNotDone(String message) {
            super(message, null);
        }

        @Override
        public boolean retryable() {
            return true;
        }
    }
}
