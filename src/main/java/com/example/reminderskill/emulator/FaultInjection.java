package com.example.reminderskill.emulator;

import com.example.reminderskill.alerts.ErrorCode;
import java.time.Duration;
import java.util.Random;

/**
 * Makes the emulated APIs slow or failing on purpose: added latency, a share of 500/503 answers,
 * and creates held on their way in, as a slow proxy holds them.
 */
final class FaultInjection {

    static final FaultInjection NONE = new FaultInjection(0, Duration.ZERO, 0, Duration.ZERO);

    private final double errorShare;
    private final Duration latency;
    private final Random random;
    private final Duration createHold;

    FaultInjection(double errorShare, Duration latency, long seed, Duration createHold) {
        if (errorShare < 0 || errorShare > 1) {
            throw new IllegalArgumentException("errorShare must be between 0 and 1: " + errorShare);
        }
        this.errorShare = errorShare;
        this.latency = latency;
        this.random = new Random(seed);
        this.createHold = createHold;
    }

    /** Holds a create before it is carried out: the caller may give up on it first, and then it lands all the same. */
    void holdCreate() {
        pause(createHold);
    }

    /**
     * Waits the configured latency, then fails the call before it changes anything, or not.
     *
     * @throws ApiError 500 INTERNAL_SERVER_ERROR or 503 SERVICE_UNAVAILABLE for the configured share of calls
     */
    void apply() {
        pause(latency);
        boolean fail;
        boolean unavailable;
        synchronized (random) {
            fail = errorShare > 0 && random.nextDouble() < errorShare;
            unavailable = random.nextBoolean();
        }
        if (fail) {
            throw unavailable
                    ? new ApiError(503, ErrorCode.SERVICE_UNAVAILABLE, "Service unavailable (injected fault).")
                    : new ApiError(500, ErrorCode.INTERNAL_SERVER_ERROR, "Internal server error (injected fault).");
        }
    }

    private static void pause(Duration duration) {
        if (!duration.isZero()) {
            try {
                Thread.sleep(duration.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
