package com.example.reminderskill.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.reminderskill.testing.FakeTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The engine alone, on a fake clock: what is sent again, when, and what is thrown at the end. */
class RetrierTest {

    private static final RetryPolicy POLICY = new RetryPolicy(
            Duration.ofSeconds(4), Duration.ofMillis(2500), Duration.ofMillis(100), Duration.ofSeconds(1), 5);

    private final FakeTime time = new FakeTime(Instant.parse("2030-01-01T00:00:00Z"));
    private final Retrier retrier = new Retrier(POLICY, time, time, new SplittableRandom(7));

    /** A failure as a wrapper would throw it. */
    private static final class Failure extends RetryableException {
        private static final long serialVersionUID = 1L;
        private final boolean retryable;
        private final boolean mayStillLand;
        private final Optional<Duration> retryAfter;

        Failure(String message, boolean retryable, boolean mayStillLand, Optional<Duration> retryAfter) {
            super(message, null);
            this.retryable = retryable;
            this.mayStillLand = mayStillLand;
            this.retryAfter = retryAfter;
        }

        static Failure serverError() {
            return new Failure("503", true, false, Optional.empty());
        }

        static Failure timeout() {
            return new Failure("timed out", true, true, Optional.empty());
        }

        @Override
        public boolean retryable() {
            return retryable;
        }

        @Override
        public boolean outcomeUnknown() {
            return retryable;
        }

        @Override
        public boolean mayStillLand() {
            return mayStillLand;
        }

        @Override
        public Optional<Duration> retryAfter() {
            return retryAfter;
        }
    }

    @Test
    void retriesUntilAnAttemptSucceeds_withJitteredPausesUnderTheDoublingCeiling() {
        AtomicInteger attempts = new AtomicInteger();
        String result = retrier.call("get", (timeout, earlier) -> {
            if (attempts.incrementAndGet() < 4) {
                throw Failure.serverError();
            }
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(attempts).hasValue(4);
        List<Duration> pauses = time.sleeps();
        assertThat(pauses).hasSize(3);
        for (int i = 0; i < pauses.size(); i++) {
            assertThat(pauses.get(i)).isBetween(Duration.ZERO, Duration.ofMillis(100L << i));
        }
    }

    @Test
    void aFailureThatCannotBeRetried_endsTheCallAtOnce() {
        AtomicInteger attempts = new AtomicInteger();
        Failure refused = new Failure("400", false, false, Optional.empty());

        assertThatThrownBy(() -> retrier.call("create", (timeout, earlier) -> {
                    attempts.incrementAndGet();
                    throw refused;
                }))
                .isSameAs(refused);
        assertThat(attempts).hasValue(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void theAttemptCapEndsTheCall_withTheLastFailure() {
        AtomicInteger attempts = new AtomicInteger();
        List<Failure> thrown = new ArrayList<>();

        assertThatThrownBy(() -> retrier.call("list", (timeout, earlier) -> {
                    attempts.incrementAndGet();
                    Failure failure = Failure.serverError();
                    thrown.add(failure);
                    throw failure;
                }))
                .isSameAs(thrown.get(thrown.size() - 1));
        assertThat(attempts).hasValue(POLICY.maxAttempts());
    }

    @Test
    void retryAfter_isHonoured_andAWaitLongerThanTheBudgetEndsTheCall() {
        Failure busy = new Failure("429", true, false, Optional.of(Duration.ofSeconds(2)));
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> retrier.call("create", (timeout, earlier) -> {
                    attempts.incrementAndGet();
                    throw busy;
                }))
                .isSameAs(busy);
        // 2 s asked after the first attempt fits the 4 s budget; another 2 s after the second does not.
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2));
        assertThat(attempts).hasValue(2);
    }

    @Test
    void aCreateTheServiceAnsweredButDidNotKeep_isSentAgainAfterTheListingProvesIt() {
        AtomicInteger sends = new AtomicInteger();
        AtomicInteger listings = new AtomicInteger();

        String result = retrier.call(
                "create",
                (timeout, earlier) -> {
                    if (sends.incrementAndGet() == 1) {
                        throw Failure.serverError();
                    }
                    return "created";
                },
                RetryableException::outcomeUnknown,
                timeout -> {
                    listings.incrementAndGet();
                    return Optional.empty();
                });

        assertThat(result).isEqualTo("created");
        assertThat(sends).hasValue(2);
        assertThat(listings).hasValue(1);
    }

    @Test
    void aCreateThatTimedOut_isNeverSentAgain_andIsFoundWhenItLandsLate() {
        AtomicInteger sends = new AtomicInteger();
        AtomicInteger listings = new AtomicInteger();

        String result = retrier.call(
                "create",
                (timeout, earlier) -> {
                    sends.incrementAndGet();
                    throw Failure.timeout();
                },
                RetryableException::outcomeUnknown,
                timeout -> listings.incrementAndGet() < 3 ? Optional.empty() : Optional.of("landed late"));

        assertThat(result).isEqualTo("landed late");
        assertThat(sends).hasValue(1);
        assertThat(listings).hasValue(3);
        // Looking again at once would only see the same list: each pause is at least the base delay.
        assertThat(time.sleeps()).allSatisfy(pause -> assertThat(pause).isGreaterThanOrEqualTo(POLICY.baseDelay()));
    }

    @Test
    void aCreateThatTimedOutAndNeverShowedUp_endsWithThatFailure_sentOnce() {
        AtomicInteger sends = new AtomicInteger();
        Failure timeout = Failure.timeout();

        assertThatThrownBy(() -> retrier.call(
                        "create",
                        (timeout1, earlier) -> {
                            sends.incrementAndGet();
                            throw timeout;
                        },
                        RetryableException::outcomeUnknown,
                        listingTimeout -> Optional.empty()))
                .isSameAs(timeout);
        assertThat(sends).hasValue(1);
    }

    @Test
    void whenTheListingUsesUpTheBudget_theCreateIsNotSentAgain() {
        AtomicInteger sends = new AtomicInteger();
        Failure serverError = Failure.serverError();

        assertThatThrownBy(() -> retrier.call(
                        "create",
                        (timeout, earlier) -> {
                            sends.incrementAndGet();
                            throw serverError;
                        },
                        RetryableException::outcomeUnknown,
                        timeout -> {
                            time.advance(Duration.ofSeconds(5));
                            return Optional.empty();
                        }))
                .isSameAs(serverError);
        assertThat(sends).hasValue(1);
    }

    @Test
    void anAttemptAfterAnUnknownOutcome_isToldSo() {
        List<Boolean> told = new ArrayList<>();

        retrier.call("delete", (timeout, earlierMayHaveTakenEffect) -> {
            told.add(earlierMayHaveTakenEffect);
            if (told.size() == 1) {
                throw Failure.timeout();
            }
            return "gone";
        });

        assertThat(told).containsExactly(false, true);
    }
}
