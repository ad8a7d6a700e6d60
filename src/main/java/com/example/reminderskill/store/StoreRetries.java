package com.example.reminderskill.store;

import com.example.reminderskill.retry.Retrier;
import com.example.reminderskill.retry.RetryPolicy;
import com.example.reminderskill.retry.RetryableException;
import com.example.reminderskill.retry.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

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
    /** The pauses are drawn on the calling thread, so many writers never share one generator. */
    private static final RandomGenerator JITTER = () -> ThreadLocalRandom.current().nextLong();

    private StoreRetries() {
    }

    /** A retrier that tries at most {@code attempts} times. */
    static Retrier upTo(int attempts) {
        return new Retrier(new RetryPolicy(NO_BUDGET, NO_BUDGET, FIRST_PAUSE, MAX_PAUSE, attempts),
                Clock.systemUTC(), Sleeper.SYSTEM, JITTER);
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
