package com.example.reminderskill.emulator;

import com.example.reminderskill.alerts.ErrorCode;
import java.time.Duration;
import java.util.Random;

/** Makes the emulated APIs slow or failing on purpose: added latency and a share of 500/503 answers. */
final class FaultInjection {

    static final FaultInjection NONE = new FaultInjection(0, Duration.ZERO, 0);

    private final double errorShare;
    private final Duration latency;
    private final Random random;

    FaultInjection(double errorShare, Duration latency, long seed) {
        if (errorShare < 0 || errorShare > 1) {
            throw new IllegalArgumentException("errorShare must be between 0 and 1: " + errorShare);
        }
        this.errorShare = errorShare;
        this.latency = latency;
        this.random = new Random(seed);
    }

    /**
     * Waits the configured latency, then fails the call before it changes anything, or not.
     *
     * @throws ApiError 500 INTERNAL_SERVER_ERROR or 503 SERVICE_UNAVAILABLE for the configured share of calls
     */
    void apply() {
        if (!latency.isZero()) {
            try {
                Thread.sleep(latency.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
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
}
