package com.example.reminderskill.emulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every event and sends it to the skill on one background thread, so an API call
 * never waits for the skill (which may itself be waiting for that call). Unacknowledged events
 * are sent again, as Alexa does. In chaos mode, a share of events is delivered twice, and a
 * share is held back and delivered after the next one: the disorder the reference page warns of.
 */
final class EventDelivery implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EventDelivery.class);
    private static final int MAX_ATTEMPTS = 3;
    private static final Duration REDELIVERY_PAUSE = Duration.ofMillis(200);

    private final Optional<SkillEndpoint> endpoint;
    private final double chaosShare;
    private final Random random;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "emulator-events");
        thread.setDaemon(true);
        return thread;
    });
    private final List<EmulatorEvent> recorded = new ArrayList<>();
    private EmulatorEvent heldBack;

    EventDelivery(Optional<SkillEndpoint> endpoint, double chaosShare, long seed) {
        this.endpoint = endpoint;
        this.chaosShare = chaosShare;
        this.random = new Random(seed);
    }

    synchronized void send(EmulatorEvent event) {
        recorded.add(event);
        if (endpoint.isEmpty()) {
            event.noEndpoint();
            return;
        }
        boolean disorder = chaosShare > 0 && random.nextDouble() < chaosShare;
        if (disorder && heldBack == null) {
            heldBack = event;
            return;
        }
        sender.execute(() -> deliver(event));
        if (heldBack != null) {
            EmulatorEvent late = heldBack;
            heldBack = null;
            sender.execute(() -> deliver(late));
        }
        if (chaosShare > 0 && random.nextDouble() < chaosShare) {
            sender.execute(() -> deliver(event));
        }
    }

    synchronized List<EmulatorEvent> recorded() {
        return List.copyOf(recorded);
    }

    /** Sends what is held back and waits until everything queued so far was attempted. */
    void flush(Duration timeout) throws InterruptedException {
        synchronized (this) {
            if (heldBack != null) {
                EmulatorEvent late = heldBack;
                heldBack = null;
                sender.execute(() -> deliver(late));
            }
        }
        var done = new java.util.concurrent.CountDownLatch(1);
        sender.execute(done::countDown);
        done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void deliver(EmulatorEvent event) {
        String envelope = event.request().toString();
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            boolean acknowledged;
            try {
                acknowledged = endpoint.orElseThrow().deliver(envelope);
            } catch (Exception e) {
                LOG.warn("delivering {} {} failed: {}", event.type(), event.id(), e.toString());
                acknowledged = false;
            }
            event.attempted(acknowledged);
            if (acknowledged) {
                return;
            }
            try {
                Thread.sleep(REDELIVERY_PAUSE.toMillis() * attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        sender.shutdownNow();
    }
}
