package com.example.reminderskill.store;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** The pause before a store retries a conflicting or unfinished write: full jitter, so writers that collided do not collide again in step. */
final class Backoff {

    private static final Duration FIRST = Duration.ofMillis(10);
    private static final Duration MAX = Duration.ofMillis(500);

    private Backoff() {
    }

    /** Waits a random while up to a bound that doubles with each attempt (10 ms, 20 ms, ... 500 ms). */
    static void pause(int attempt) {
        long bound = Math.min(MAX.toMillis(), FIRST.toMillis() << Math.min(attempt, 16));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(bound + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting to retry a store write", e);
        }
    }
}
