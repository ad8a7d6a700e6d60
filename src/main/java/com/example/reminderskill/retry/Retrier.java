package com.example.reminderskill.retry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one call with retries: exponential backoff with full jitter, honouring
 * {@code Retry-After}, all inside the policy's total time budget and attempt cap. An attempt asks
 * for another by throwing a {@link RetryableException} that says it is {@code retryable}; any
 * other exception ends the call at once.
 *
 * <p>A call that must not take effect twice (a create) is never sent again blindly after a
 * failure whose outcome is unknown:
 * <ul>
 * <li>When the service answered (a 5xx), it has finished with that request, so a
 * {@link Reconciler} that does not find its result proves it did not take effect, and the call
 * is sent again.
 * <li>When no answer came after sending ({@link RetryableException#mayStillLand()}: a timeout, a
 * connection lost mid-call), the request may still be on its way; a proxy can hold it for
 * seconds and forward it after any listing. No listing proves it will not land, so the call is
 * never sent again: the reconciler looks again, with pauses, until it finds the result or the
 * budget runs out, and then the call fails with that failure, its outcome unknown. Whatever
 * lands later is then the only copy, and the caller says so instead of asking for a retry.
 * </ul>
 * Each reconciliation counts as an attempt towards the policy's cap.
 */
public final class Retrier {

    private static final Logger LOG = LoggerFactory.getLogger(Retrier.class);

    /** An attempt shorter than this is not worth starting. */
    private static final Duration MIN_ATTEMPT = Duration.ofMillis(50);

    /** One try of the call, which must answer within {@code timeout}. */
    @FunctionalInterface
    public interface Attempt<T> {
        /**
         * @param earlierAttemptMayHaveTakenEffect whether any earlier attempt failed with an
         *     unknown outcome, so that, for example, a delete may find its target already gone
         */
        T run(Duration timeout, boolean earlierAttemptMayHaveTakenEffect);
    }

    /** Finds the result of an attempt whose outcome is unknown, or says it did not happen. */
    @FunctionalInterface
    public interface Reconciler<T> {
        Optional<T> find(Duration timeout);
    }

    private final RetryPolicy policy;
    private final Clock clock;
    private final Sleeper sleeper;
    /**
     * Jitter drawn on the calling thread, so concurrent calls never share a generator; cheaper at
     * start than {@code RandomGenerator.getDefault()}, whose factory looks up every algorithm the JDK
     * provides (milliseconds of a cold start).
     */
    public static final RandomGenerator CALLING_THREAD_RANDOM =
            () -> ThreadLocalRandom.current().nextLong();

    private final RandomGenerator random;

    public Retrier(RetryPolicy policy, Clock clock, Sleeper sleeper, RandomGenerator random) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** Runs an idempotent call: sending it twice does no harm. */
    public <T> T call(String operation, Attempt<T> attempt) {
        return call(operation, attempt, failure -> false, timeout -> Optional.empty());
    }

    /**
     * Runs a call that must not take effect twice.
     *
     * @param ambiguous  which failures leave the outcome unknown
     * @param reconciler consulted after such a failure, before anything is sent again
     * @throws RetryableException the last failure when it cannot be retried or the budget is spent;
     *     after an unresolved ambiguous failure, that failure (its outcome unknown)
     */
    public <T> T call(
            String operation, Attempt<T> attempt, Predicate<RetryableException> ambiguous, Reconciler<T> reconciler) {
        Instant deadline = clock.instant().plus(policy.totalBudget());
        RetryableException last = null;
        RetryableException unresolved = null;
        boolean mayHaveTakenEffect = false;
        for (int attemptNumber = 1; ; attemptNumber++) {
            if (last != null) {
                Duration delay = delayBefore(attemptNumber, last);
                if (unresolved != null && unresolved.mayStillLand() && delay.compareTo(policy.baseDelay()) < 0) {
                    // Looking again at once would only see the same list.
                    delay = policy.baseDelay();
                }
                if (attemptNumber > policy.maxAttempts()) {
                    throw giveUp(operation, attemptNumber - 1, "", last, unresolved);
                }
                if (remaining(deadline).minus(delay).compareTo(MIN_ATTEMPT) < 0) {
                    throw giveUp(operation, attemptNumber - 1, budgetSpent(delay, last), last, unresolved);
                }
                LOG.debug(
                        "{}: attempt {} failed ({}), retrying in {} ms",
                        operation,
                        attemptNumber - 1,
                        last.getMessage(),
                        delay.toMillis());
                pause(delay, last);
            }
            boolean noTimeToSendAgain = false;
            try {
                if (unresolved != null) {
                    Optional<T> earlier = reconciler.find(attemptTimeout(deadline));
                    if (earlier.isPresent()) {
                        LOG.info(
                                "{}: the attempt that failed ({}) had taken effect; not sending again",
                                operation,
                                unresolved.getMessage());
                        return earlier.get();
                    }
                    if (unresolved.mayStillLand()) {
                        // Not there yet is no proof it never will be: look again later, never send again.
                        continue;
                    }
                    unresolved = null;
                    noTimeToSendAgain = remaining(deadline).compareTo(MIN_ATTEMPT) < 0;
                }
                if (!noTimeToSendAgain) {
                    return attempt.run(attemptTimeout(deadline), mayHaveTakenEffect);
                }
            } catch (RetryableException failure) {
                if (!failure.retryable()) {
                    throw unresolved != null ? unresolved : failure;
                }
                last = failure;
                mayHaveTakenEffect |= failure.outcomeUnknown();
                if (unresolved == null && ambiguous.test(failure)) {
                    unresolved = failure;
                }
            }
            if (noTimeToSendAgain) {
                // Thrown outside the try, so that the retry loop does not catch its own verdict.
                throw giveUp(operation, attemptNumber, budgetSpent(Duration.ZERO, last), last, null);
            }
        }
    }

    private Duration delayBefore(int attemptNumber, RetryableException last) {
        long ceiling = Math.min(
                policy.maxDelay().toMillis(), policy.baseDelay().toMillis() << Math.min(attemptNumber - 2, 20));
        Duration jittered = Duration.ofMillis(random.nextLong(ceiling + 1));
        return last.retryAfter().filter(asked -> asked.compareTo(jittered) > 0).orElse(jittered);
    }

    private Duration attemptTimeout(Instant deadline) {
        Duration remaining = remaining(deadline);
        return remaining.compareTo(policy.attemptTimeout()) < 0 ? remaining : policy.attemptTimeout();
    }

    private Duration remaining(Instant deadline) {
        Duration remaining = Duration.between(clock.instant(), deadline);
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }

    private void pause(Duration delay, RetryableException last) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw last;
        }
    }

    /** Why no attempt fits any more: the wait the service asked for, or the budget's end. */
    private String budgetSpent(Duration delay, RetryableException last) {
        String budget = policy.totalBudget().toSeconds() + " s budget";
        return ": "
                + last.retryAfter()
                        .filter(delay::equals)
                        .map(wait -> "the service asked to wait " + wait.toSeconds() + " s, more than is left of the "
                                + budget)
                        .orElse("another would not fit in the " + budget);
    }

    private static RetryableException giveUp(
            String operation, int attempts, String reason, RetryableException last, RetryableException unresolved) {
        RetryableException reported = unresolved != null ? unresolved : last;
        String why = "gave up after " + (attempts == 1 ? "1 attempt" : attempts + " attempts") + reason;
        LOG.warn("{}: {}; last failure: {}", operation, why, reported.getMessage());
        return reported.afterGivingUp(why);
    }
}
