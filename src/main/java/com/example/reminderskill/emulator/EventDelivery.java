package com.example.reminderskill.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every event and sends it to the skill on one background thread, so an API call
 * never waits for the skill (which may itself be waiting for that call). Unacknowledged events
 * are sent again, as Alexa does. In chaos mode, a share of events is delivered twice, and a
 * share is held back and delivered after the next one: the disorder the reference page warns of.
 * Skill messages go on a thread of their own, sent again until acknowledged or expired, so one
 * the skill keeps refusing never holds up the events.
 */
final class EventDelivery implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EventDelivery.class);
    private static final int MAX_ATTEMPTS = 3;
    private static final Duration REDELIVERY_PAUSE = Duration.ofMillis(200);
    /** The longest real-time pause between two attempts at a skill message; it also bounds how late an expiry is noticed. */
    private static final Duration MAX_MESSAGE_PAUSE = Duration.ofSeconds(1);

    private final Optional<SkillEndpoint> endpoint;
    private final double chaosShare;
    private final Random random;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "emulator-events");
        thread.setDaemon(true);
        return thread;
    });
    private final ScheduledExecutorService messageSender = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "emulator-messages");
        thread.setDaemon(true);
        return thread;
    });
    private final List<EmulatorEvent> recorded = new ArrayList<>();
    private EmulatorEvent heldBack;
    private final Object messageLock = new Object();
    /** Skill messages neither acknowledged nor expired yet; guarded by messageLock. */
    private int messagesUnderWay;

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

    /**
     * Records a skill message and sends it until the skill acknowledges it or {@code expiresAt}
     * passes on {@code clock}, pausing longer after each refusal (200 ms doubling, at most
     * {@link #MAX_MESSAGE_PAUSE} of real time). Before each attempt {@code beforeEachAttempt} may
     * replace the envelope, so a late attempt carries a token that is still valid.
     */
    void sendUntilExpired(
            EmulatorEvent event, Clock clock, Instant expiresAt, UnaryOperator<ObjectNode> beforeEachAttempt) {
        synchronized (this) {
            recorded.add(event);
            if (endpoint.isEmpty()) {
                event.noEndpoint();
                return;
            }
        }
        synchronized (messageLock) {
            messagesUnderWay++;
        }
        scheduleMessage(event, clock, expiresAt, beforeEachAttempt, 1, Duration.ZERO);
    }

    synchronized List<EmulatorEvent> recorded() {
        return List.copyOf(recorded);
    }

    /**
     * Sends what is held back and waits until everything queued so far was attempted, and every
     * skill message so far was acknowledged or expired (or the timeout passed).
     */
    void flush(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        // A skill handling a message may cause events of its own (an update), so flush until nothing is left.
        do {
            synchronized (this) {
                if (heldBack != null) {
                    EmulatorEvent late = heldBack;
                    heldBack = null;
                    sender.execute(() -> deliver(late));
                }
            }
            var done = new java.util.concurrent.CountDownLatch(1);
            sender.execute(done::countDown);
            done.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            synchronized (messageLock) {
                while (messagesUnderWay > 0) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return;
                    }
                    TimeUnit.NANOSECONDS.timedWait(messageLock, left);
                }
            }
        } while (hasHeldBack() && System.nanoTime() < deadline);
    }

    private synchronized boolean hasHeldBack() {
        return heldBack != null;
    }

    private void scheduleMessage(
            EmulatorEvent event,
            Clock clock,
            Instant expiresAt,
            UnaryOperator<ObjectNode> beforeEachAttempt,
            int attempt,
            Duration pause) {
        try {
            messageSender.schedule(
                    () -> attemptMessage(event, clock, expiresAt, beforeEachAttempt, attempt),
                    pause.toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // Closed: nobody waits for this message any more.
            messageSettled();
        }
    }

    private void attemptMessage(
            EmulatorEvent event,
            Clock clock,
            Instant expiresAt,
            UnaryOperator<ObjectNode> beforeEachAttempt,
            int attempt) {
        if (!clock.instant().isBefore(expiresAt)) {
            event.expired();
            messageSettled();
            return;
        }
        boolean acknowledged;
        try {
            ObjectNode envelope = beforeEachAttempt.apply(event.request());
            event.sending(envelope);
            acknowledged = endpoint.orElseThrow().deliver(envelope.toString());
        } catch (Exception e) {
            LOG.warn("delivering {} {} failed: {}", event.type(), event.id(), e.toString());
            acknowledged = false;
        }
        if (acknowledged) {
            event.attempted(true);
            messageSettled();
            return;
        }
        event.refusedForNow();
        long pause = Math.min(REDELIVERY_PAUSE.toMillis() << Math.min(attempt - 1, 16), MAX_MESSAGE_PAUSE.toMillis());
        scheduleMessage(event, clock, expiresAt, beforeEachAttempt, attempt + 1, Duration.ofMillis(pause));
    }

    private void messageSettled() {
        synchronized (messageLock) {
            messagesUnderWay = Math.max(0, messagesUnderWay - 1);
            messageLock.notifyAll();
        }
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
        messageSender.shutdownNow();
        synchronized (messageLock) {
            messagesUnderWay = 0;
            messageLock.notifyAll();
        }
    }
}
