package com.example.reminderskill.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A running emulator's time, which may have been moved ahead of this machine's, asked for on
 * another thread: the JVM's first HTTP exchange is 30-40 ms of a cold {@code invoke}, which this
 * way overlaps assembling the skill. Reading the clock waits for the emulator's answer; {@link
 * #await} lets the command wait first, so that an emulator that does not answer fails the command,
 * not the turn.
 */
final class RemoteClock extends Clock {

    private final CompletableFuture<Duration> offset;
    private final Clock system;

    private RemoteClock(CompletableFuture<Duration> offset, Clock system) {
        this.offset = offset;
        this.system = system;
    }

    /** Starts asking for the emulator's offset from this machine's clock. */
    static RemoteClock asking(Supplier<Duration> emulatorOffset) {
        CompletableFuture<Duration> offset = new CompletableFuture<>();
        // Anonymous classes, not lambdas: linking a JVM's first lambda costs milliseconds that the
        // thread assembling the skill should not spend before this call is on its way.
        Thread asking = new Thread(
                new Runnable() {
                    @Override
                    public void run() {
                        try {
                            offset.complete(emulatorOffset.get());
                        } catch (RuntimeException e) {
                            offset.completeExceptionally(e);
                        }
                    }
                },
                "emulator-clock");
        asking.setDaemon(true);
        asking.start();
        return new RemoteClock(offset, Clock.systemUTC());
    }

    /**
     * Waits for the emulator's answer.
     *
     * @throws RuntimeException what asking threw: the emulator did not answer, or not with its time
     */
    RemoteClock await() {
        try {
            offset.join();
            return this;
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause() : e;
        }
    }

    @Override
    public Instant instant() {
        return system.instant().plus(await().offset.join());
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(system.getZone()) ? this : new RemoteClock(offset, system.withZone(zone));
    }
}
