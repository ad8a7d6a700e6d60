package com.example.reminderskill.alerts.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.amazon.ask.model.services.reminderManagement.ReminderRequest;
import com.amazon.ask.model.services.reminderManagement.Status;
import com.example.reminderskill.alerts.AlexaApiAccess;
import com.example.reminderskill.alerts.AlexaApiException;
import com.example.reminderskill.alerts.ApiEndpoints;
import com.example.reminderskill.alerts.ErrorCode;
import com.example.reminderskill.emulator.AlexaEmulator;
import com.example.reminderskill.retry.RetryPolicy;
import com.example.reminderskill.testing.TestClocks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The wrapper against the emulator: what works here is what the skill will rely on. */
class ReminderClientEmulatorTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    /** Starts at NOW and ticks: the retry budget and the emulator's rate window need time to pass. */
    private static final Clock TICKING_FROM_NOW = TestClocks.tickingFrom(NOW);

    private static final String SKILL = "amzn1.ask.skill.test";
    private static final String USER = "amzn1.ask.account.test";
    private static final String SCOPE = "alexa::alerts:reminders:skill:readwrite";
    /** A forged endpoint: with the emulator configured, it must not matter. */
    private static final String REQUEST_ENDPOINT = "https://evil.example";

    private AlexaEmulator emulator;

    @AfterEach
    void stopEmulator() {
        emulator.close();
    }

    @Test
    void createListUpdateDelete_roundTripThroughTheEmulator() {
        emulator = AlexaEmulator.builder().clock(TICKING_FROM_NOW).start();
        ReminderClient client = client(RetryPolicy.DEFAULT);
        AlexaApiAccess access = inSession();

        ReminderReceipt created = client.create(
                access, absolute(LocalDateTime.parse("2026-11-23T19:00:00"), "walk the dog"), Optional.empty());
        ReminderReceipt updated = client.update(
                access,
                created.alertToken(),
                absolute(LocalDateTime.parse("2026-11-24T08:30:00"), "walk the cat"),
                Optional.empty());
        List<Reminder> listed = client.list(access);
        Reminder fetched = client.get(access, created.alertToken());
        client.delete(access, created.alertToken());

        assertThat(created.status()).isEqualTo(Status.ON);
        assertThat(created.createdTime().orElseThrow()).isBetween(NOW, NOW.plusSeconds(60));
        assertThat(updated.version()).contains("2");
        assertThat(listed).extracting(Reminder::alertToken).containsExactly(created.alertToken());
        assertThat(fetched.trigger().orElseThrow().getScheduledTime())
                .isEqualTo(LocalDateTime.parse("2026-11-24T08:30:00"));
        assertThat(fetched.alertInfo()
                        .orElseThrow()
                        .getSpokenInfo()
                        .getContent()
                        .get(0)
                        .getText())
                .isEqualTo("walk the cat");
        assertThat(client.list(access)).isEmpty();
    }

    @Test
    void list_followsTheEmulatorsPagesToTheEnd() {
        emulator = AlexaEmulator.builder()
                .clock(TICKING_FROM_NOW)
                .maxRequestsPerSecond(1000)
                .start();
        ReminderClient client = client(RetryPolicy.DEFAULT);
        for (int i = 0; i < 120; i++) {
            client.create(inSession(), ReminderRequests.relative(NOW, 600 + i, "reminder " + i), Optional.empty());
        }

        List<Reminder> all = client.list(inSession());

        assertThat(all).hasSize(120);
        assertThat(all).extracting(Reminder::alertToken).doesNotHaveDuplicates();
    }

    @Test
    void serviceErrors_comeBackTypedWithTheDocumentedCodes() {
        emulator = AlexaEmulator.builder()
                .clock(TICKING_FROM_NOW)
                .maxRemindersPerUser(1)
                .start();
        ReminderClient client = client(RetryPolicy.DEFAULT);
        AlexaApiAccess outOfSession =
                new AlexaApiAccess(REQUEST_ENDPOINT, emulator.mintToken(SKILL, USER, false, Set.of(SCOPE)));
        AlexaApiAccess withoutScope =
                new AlexaApiAccess(REQUEST_ENDPOINT, emulator.mintToken(SKILL, USER, true, Set.of()));
        client.create(inSession(), ReminderRequests.relative(NOW, 600, "first"), Optional.empty());

        assertThat(failure(() ->
                                client.create(outOfSession, ReminderRequests.relative(NOW, 600, "x"), Optional.empty()))
                        .errorCode())
                .isEqualTo(ErrorCode.NOT_IN_SESSION);
        assertThat(failure(() -> client.list(withoutScope)).errorCode()).isEqualTo(ErrorCode.UNAUTHORIZED);
        assertThat(failure(() -> client.get(inSession(), "no-such-token")).errorCode())
                .isEqualTo(ErrorCode.ALERT_NOT_FOUND);
        AlexaApiException limit = failure(
                () -> client.create(inSession(), ReminderRequests.relative(NOW, 600, "second"), Optional.empty()));
        assertThat(limit.httpStatus()).isEqualTo(403);
        assertThat(limit.errorCode()).isEqualTo(ErrorCode.MAX_REMINDERS_EXCEEDED);
    }

    @Test
    void create_whenTheEmulatorAlwaysFails_givesUpWithinTheBudgetAndCreatesNothing() {
        emulator = AlexaEmulator.builder()
                .clock(TICKING_FROM_NOW)
                .faults(1.0, Duration.ZERO)
                .start();
        ReminderClient client = client(new RetryPolicy(
                Duration.ofMillis(400), Duration.ofMillis(300), Duration.ofMillis(5), Duration.ofMillis(20)));

        AlexaApiException error =
                failure(() -> client.create(inSession(), ReminderRequests.relative(NOW, 600, "x"), Optional.empty()));

        assertThat(error.httpStatus()).isIn(500, 503);
        assertThat(error.outcomeUnknown()).isTrue();
        assertThat(emulator.events()).isEmpty();
    }

    @Test
    void create_throughHalfFailingEmulator_leavesExactlyOneReminder() {
        emulator = AlexaEmulator.builder()
                .clock(TICKING_FROM_NOW)
                .faults(0.5, Duration.ZERO)
                .seed(7)
                .start();
        ReminderClient client = client(new RetryPolicy(
                Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofMillis(1), Duration.ofMillis(5)));

        ReminderReceipt receipt =
                client.create(inSession(), ReminderRequests.relative(NOW, 600, "only once"), Optional.empty());

        long created = emulator.events().stream()
                .filter(event -> event.type().equals("Reminders.ReminderCreated"))
                .count();
        assertThat(created).isEqualTo(1);
        assertThat(emulator.events()
                        .get(0)
                        .request()
                        .at("/request/body/alertToken")
                        .asText())
                .isEqualTo(receipt.alertToken());
    }

    private ReminderClient client(RetryPolicy policy) {
        return ReminderClient.builder(ApiEndpoints.localEmulator(emulator.baseUri()))
                .clock(emulator.clock())
                .retryPolicy(policy)
                .build();
    }

    private AlexaApiAccess inSession() {
        return new AlexaApiAccess(REQUEST_ENDPOINT, emulator.mintToken(SKILL, USER, true, Set.of(SCOPE)));
    }

    private static ReminderRequest absolute(LocalDateTime scheduledTime, String text) {
        return ReminderRequests.absolute(NOW, scheduledTime, "Europe/Berlin", text);
    }

    private static AlexaApiException failure(Runnable call) {
        AlexaApiException error = catchThrowableOfType(AlexaApiException.class, call::run);
        assertThat(error).as("expected an AlexaApiException").isNotNull();
        return error;
    }
}
