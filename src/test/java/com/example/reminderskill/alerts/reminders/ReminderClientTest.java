package com.example.reminderskill.alerts.reminders;

import static com.example.reminderskill.alerts.reminders.FakeRemindersServer.REMINDERS_PATH;
import static com.example.reminderskill.alerts.reminders.ReminderRequests.pushEnabled;
import static com.example.reminderskill.alerts.reminders.ReminderRequests.spoken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.amazon.ask.model.services.reminderManagement.PushNotificationStatus;
import com.amazon.ask.model.services.reminderManagement.ReminderRequest;
import com.amazon.ask.model.services.reminderManagement.SpokenText;
import com.amazon.ask.model.services.reminderManagement.Status;
import com.amazon.ask.model.services.reminderManagement.Trigger;
import com.amazon.ask.model.services.reminderManagement.TriggerType;
import com.example.reminderskill.alerts.AlertsSerializer;
import com.example.reminderskill.alerts.AlexaApiAccess;
import com.example.reminderskill.alerts.AlexaApiException;
import com.example.reminderskill.alerts.ApiEndpoints;
import com.example.reminderskill.alerts.ErrorCode;
import com.example.reminderskill.alerts.ReferenceBodies;
import com.example.reminderskill.alerts.reminders.FakeRemindersServer.Fault;
import com.example.reminderskill.alerts.reminders.FakeRemindersServer.RecordedRequest;
import com.example.reminderskill.retry.RetryPolicy;
import com.example.reminderskill.testing.FakeTime;
import com.example.reminderskill.testing.TestClocks;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link ReminderClient} against a real HTTP server on loopback that plays the Reminders API and,
 * on demand, its failures. Time is a fake clock that the client's sleeper advances, so retries
 * cost no wall-clock time; only the timeout test waits, for a deliberately late answer.
 */
class ReminderClientTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final LocalDateTime TOMORROW_7PM = LocalDateTime.of(2026, 11, 23, 19, 0, 0);
    private static final String ZONE = "America/Los_Angeles";
    private static final String BEARER_TOKEN = "amzn1.ask.test.api-access-token";
    /** With the emulator configured, whatever endpoint a request names, calls go to the local server. */
    private static final AlexaApiAccess ACCESS = new AlexaApiAccess("https://api.amazonalexa.com", BEARER_TOKEN);

    private static final RetryPolicy FAST = new RetryPolicy(
            Duration.ofSeconds(4), Duration.ofSeconds(2), Duration.ofMillis(100), Duration.ofSeconds(1));

    private final AlertsSerializer serializer = new AlertsSerializer();
    private final FakeTime clock = new FakeTime(NOW);
    private final List<Duration> pauses = new ArrayList<>();
    private FakeRemindersServer server;
    private ReminderClient client;

    @BeforeEach
    void startServer() {
        server = FakeRemindersServer.start(clock);
        client = clientWith(FAST);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    // ---- happy paths -----------------------------------------------------------------------

    @Test
    void create_sendsTheSdkRequestJsonWithTheBearerToken_andReturnsTheReceipt() {
        // given
        ReminderRequest request = absoluteReminder(TOMORROW_7PM, "walk the dog");

        // when
        ReminderReceipt receipt = client.create(ACCESS, request, Optional.empty());

        // then
        assertThat(receipt.alertToken()).isEqualTo("alert.token.1");
        assertThat(receipt.status()).isEqualTo(Status.ON);
        assertThat(receipt.createdTime()).contains(NOW);
        assertThat(receipt.version()).contains("1");
        assertThat(receipt.href()).contains(REMINDERS_PATH + "/alert.token.1");

        RecordedRequest sent = onlyRequest();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.path()).isEqualTo(REMINDERS_PATH);
        assertThat(sent.header("Authorization")).contains("Bearer " + BEARER_TOKEN);
        assertThat(sent.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(sent.json()).isEqualTo(serializer.toTree(request));
        assertThat(sent.json().at("/requestTime").asText()).isEqualTo("2026-11-22T10:00:00Z");
        assertThat(sent.json().at("/trigger/type").asText()).isEqualTo("SCHEDULED_ABSOLUTE");
        assertThat(sent.json().at("/trigger/scheduledTime").asText()).isEqualTo("2026-11-23T19:00:00");
        assertThat(sent.json().at("/trigger/timeZoneId").asText()).isEqualTo(ZONE);
        assertThat(sent.json().at("/alertInfo/spokenInfo/content/0/text").asText())
                .isEqualTo("walk the dog");
        assertThat(sent.json().at("/pushNotification/status").asText()).isEqualTo("ENABLED");

        assertThat(server.storedReminders()).hasSize(1);
    }

    @Test
    void create_whenServiceAnswers201Created_returnsTheReceipt() {
        // given
        server.createStatus(201);

        // when
        ReminderReceipt receipt =
                client.create(ACCESS, absoluteReminder(TOMORROW_7PM, "walk the dog"), Optional.empty());

        // then
        assertThat(receipt.alertToken()).isEqualTo("alert.token.1");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void create_relativeTrigger_sendsOffsetInSeconds() {
        // when
        client.create(ACCESS, relativeReminder(7200, "take the pizza out"), Optional.empty());

        // then
        JsonNode trigger = onlyRequest().json().path("trigger");
        assertThat(trigger.path("type").asText()).isEqualTo("SCHEDULED_RELATIVE");
        assertThat(trigger.path("offsetInSeconds").asInt()).isEqualTo(7200);
        assertThat(trigger.has("scheduledTime")).isFalse();
    }

    @Test
    void get_returnsTheStoredReminderAsSdkModelTypes() {
        // given
        String alertToken = server.addReminder(json(absoluteReminder(TOMORROW_7PM, "walk the dog")));

        // when
        Reminder reminder = client.get(ACCESS, alertToken);

        // then
        assertThat(reminder.alertToken()).isEqualTo(alertToken);
        assertThat(reminder.status()).isEqualTo(Status.ON);
        assertThat(reminder.createdTime()).contains(NOW);
        assertThat(reminder.trigger()).hasValueSatisfying(trigger -> {
            assertThat(trigger.getType()).isEqualTo(TriggerType.SCHEDULED_ABSOLUTE);
            assertThat(trigger.getScheduledTime()).isEqualTo(TOMORROW_7PM);
            assertThat(trigger.getTimeZoneId()).isEqualTo(ZONE);
        });
        assertThat(reminder.alertInfo()
                        .map(info -> info.getSpokenInfo().getContent().get(0).getText()))
                .contains("walk the dog");
        assertThat(reminder.pushNotification()).contains(PushNotificationStatus.ENABLED);

        RecordedRequest sent = onlyRequest();
        assertThat(sent.method()).isEqualTo("GET");
        assertThat(sent.path()).isEqualTo(REMINDERS_PATH + "/" + alertToken);
        assertThat(sent.header("Authorization")).contains("Bearer " + BEARER_TOKEN);
    }

    @Test
    void get_whenReminderDoesNotExist_throwsAlertNotFoundWithoutRetrying() {
        // when
        AlexaApiException failure =
                assertThrows(AlexaApiException.class, () -> client.get(ACCESS, "alert.token.missing"));

        // then
        assertThat(failure.httpStatus()).isEqualTo(404);
        assertThat(failure.errorCode()).isEqualTo(ErrorCode.ALERT_NOT_FOUND);
        assertThat(failure.retryable()).isFalse();
        assertThat(server.requests()).hasSize(1);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void get_whenAlertTokenIsBlank_refusesWithoutCallingTheService(String alertToken) {
        assertThrows(IllegalArgumentException.class, () -> client.get(ACCESS, alertToken));
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void list_returnsEveryReminderInOrder() {
        // given
        String first = server.addReminder(json(absoluteReminder(TOMORROW_7PM, "walk the dog")));
        String second = server.addReminder(json(relativeReminder(600, "call mum")));

        // when
        List<Reminder> reminders = client.list(ACCESS);

        // then
        assertThat(reminders).extracting(Reminder::alertToken).containsExactly(first, second);
        assertThat(server.listRequests())
                .singleElement()
                .satisfies(sent -> assertThat(sent.header("Authorization")).contains("Bearer " + BEARER_TOKEN));
    }

    @Test
    void list_whenThereAreNoReminders_returnsAnEmptyList() {
        assertThat(client.list(ACCESS)).isEmpty();
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void update_replacesTheTrigger_andReturnsTheNewVersion() {
        // given
        String alertToken = server.addReminder(json(absoluteReminder(TOMORROW_7PM, "walk the dog")));
        clock.advance(Duration.ofMinutes(5));
        LocalDateTime later = TOMORROW_7PM.plusHours(1);

        // when
        ReminderReceipt receipt =
                client.update(ACCESS, alertToken, absoluteReminder(later, "walk the dog"), Optional.empty());

        // then
        assertThat(receipt.alertToken()).isEqualTo(alertToken);
        assertThat(receipt.version()).contains("2");
        assertThat(receipt.createdTime()).contains(NOW);
        assertThat(receipt.updatedTime()).contains(NOW.plus(Duration.ofMinutes(5)));

        RecordedRequest sent = onlyRequest();
        assertThat(sent.method()).isEqualTo("PUT");
        assertThat(sent.path()).isEqualTo(REMINDERS_PATH + "/" + alertToken);
        assertThat(sent.header("Authorization")).contains("Bearer " + BEARER_TOKEN);
        assertThat(sent.json().at("/trigger/scheduledTime").asText()).isEqualTo("2026-11-23T20:00:00");
        assertThat(server.storedReminder(alertToken)
                        .orElseThrow()
                        .at("/trigger/scheduledTime")
                        .asText())
                .isEqualTo("2026-11-23T20:00:00");
    }

    @Test
    void update_whenReminderDoesNotExist_throwsAlertNotFound() {
        AlexaApiException failure = assertThrows(
                AlexaApiException.class,
                () -> client.update(
                        ACCESS,
                        "alert.token.missing",
                        absoluteReminder(TOMORROW_7PM, "walk the dog"),
                        Optional.empty()));

        assertThat(failure.httpStatus()).isEqualTo(404);
        assertThat(failure.errorCode()).isEqualTo(ErrorCode.ALERT_NOT_FOUND);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void delete_removesTheReminder() {
        // given
        String alertToken = server.addReminder(json(absoluteReminder(TOMORROW_7PM, "walk the dog")));

        // when
        client.delete(ACCESS, alertToken);

        // then
        assertThat(server.storedReminders()).isEmpty();
        RecordedRequest sent = onlyRequest();
        assertThat(sent.method()).isEqualTo("DELETE");
        assertThat(sent.path()).isEqualTo(REMINDERS_PATH + "/" + alertToken);
        assertThat(sent.header("Authorization")).contains("Bearer " + BEARER_TOKEN);
    }

    @Test
    void delete_whenReminderNeverExisted_throwsAlertNotFound() {
        AlexaApiException failure =
                assertThrows(AlexaApiException.class, () -> client.delete(ACCESS, "alert.token.missing"));

        assertThat(failure.httpStatus()).isEqualTo(404);
        assertThat(failure.errorCode()).isEqualTo(ErrorCode.ALERT_NOT_FOUND);
        assertThat(server.requests()).hasSize(1);
    }

    // ---- local validation: nothing invalid leaves the process --------------------------------

    @Test
    void create_whenScheduledTimeIsInThePast_rejectsLocallyWithoutCallingTheService() {
        // given: 01:00 in Los Angeles on the 22nd is 09:00 UTC, an hour ago
        ReminderRequest request = absoluteReminder(LocalDateTime.of(2026, 11, 22, 1, 0, 0), "walk the dog");

        // when
        AlexaApiException failure =
                assertThrows(AlexaApiException.class, () -> client.create(ACCESS, request, Optional.empty()));

        // then
        assertThat(failure.httpStatus()).isEqualTo(400);
        assertThat(failure.errorCode()).isEqualTo(ErrorCode.TRIGGER_SCHEDULED_TIME_IN_PAST);
        assertThat(failure.retryable()).isFalse();
        assertThat(failure.getMessage()).contains("trigger.scheduledTime");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void create_whenRelativeOffsetIsZero_rejectsLocallyWithInvalidTriggerOffset() {
        AlexaApiException failure = assertThrows(
                AlexaApiException.class,
                () -> client.create(ACCESS, relativeReminder(0, "take the pizza out"), Optional.empty()));

        assertThat(failure.httpStatus()).isEqualTo(400);
        assertThat(failure.errorCode()).isEqualTo(ErrorCode.INVALID_TRIGGER_OFFSET);
        assertThat(failure.getMessage()).contains("trigger.offsetInSeconds");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void create_whenAbsoluteTriggerCarriesAnOffset_rejectsLocallyWithInvalidTrigger() {
        // given
        ReminderRequest request = ReminderRequest.builder()
                .withRequestTime(OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC))
                .withTrigger(Trigger.builder()
                        .withType(TriggerType.SCHEDULED_ABSOLUTE)
                        .withScheduledTime(TOMORROW_7PM)
                        .withOffsetInSeconds(3600)
                        .build())
                .withAlertInfo(spoken("walk the dog"))
                .withPushNotification(pushEnabled())
                .build();

        // when
        AlexaApiException failure =
                assertThrows(AlexaApiException.class, () -> client.create(ACCESS, request, Optional.empty()));

        // then
        assertThat(failure.httpStatus()).isEqualTo(400);
        assertThat(failure.errorCode()).isEqualTo(ErrorCode.INVALID_TRIGGER);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void update_whenScheduledTimeIsInThePast_rejectsLocallyWithoutCallingTheService() {
        // given
        String alertToken = server.addReminder(json(absoluteReminder(TOMORROW_7PM, "walk the dog")));
        ReminderRequest request = absoluteReminder(LocalDateTime.of(2026, 11, 21, 19, 0, 0), "walk the dog");

        // when
        AlexaApiException failure = assertThrows(
                AlexaApiException.class, () -> client.update(ACCESS, alertToken, request, Optional.empty()));

        // then
        assertThat(failure.errorCode()).isEqualTo(ErrorCode.TRIGGER_SCHEDULED_TIME_IN_PAST);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void create_withoutEmulator_whenApiEndpointIsNotAnAlexaHost_refusesBeforeTheTokenLeaves() {
        // given: production endpoints, and a request that names our loopback server as its apiEndpoint
        ReminderClient production = ReminderClient.builder(ApiEndpoints.alexa())
                .retryPolicy(FAST)
                .clock(clock)
                .sleeper(this::pause)
                .random(new Random(42))
                .build();
        AlexaApiAccess forged = new AlexaApiAccess(server.baseUri().toString(), BEARER_TOKEN);

        // when
        AlexaApiException failure = assertThrows(
                AlexaApiException.class,
                () -> production.create(forged, absoluteReminder(TOMORROW_7PM, "walk the dog"), Optional.empty()));

        // then
        assertThat(failure.errorCode()).isEqualTo(ErrorCode.UNTRUSTED_API_ENDPOINT);
        assertThat(failure.httpStatus()).isZero();
        assertThat(server.requests()).isEmpty();
    }

    // ---- the documented error answers ---------------------------------------------------------

    @ParameterizedTest(name = "{0} {1}: retryable={3}")
    @CsvSource(delimiter = '|', textBlock = """
            400 | INVALID_TRIGGER        | Type and field do not match => SCHEDULED_ABSOLUTE has offsetInSeconds or SCHEDULED_RELATIVE has scheduledTime. | false
            401 | UNAUTHORIZED           | Token is valid but does not have appropriate permissions.        | false
            401 | MISSING_BEARER_TOKEN   | Missing access token.                                            | false
            401 | INVALID_BEARER_TOKEN   | Invalid / wrong access token.                                    | false
            401 | EXPIRED_BEARER_TOKEN   | Access token expired.                                            | false
            401 | NOT_IN_SESSION         | Reminders can only be created in session.                        | false
            403 | MAX_REMINDERS_EXCEEDED | Max limit of reminders on the device reached (for example, 500). | false
            403 | DEVICE_NOT_SUPPORTED   | Reminders are not supported on this device.                      | false
            404 | ALERT_NOT_FOUND        | Alert does not exist.                                            | false
            409 | MISSING_TIME_ZONE      | Device has no time zone set.                                     | false
            429 | MAX_RATE_EXCEEDED      | Requests are throttled at the rate of 25 TPS per skill.          | true
            500 | INTERNAL_SERVER_ERROR  | Internal Server Error                                            | true
            503 | SERVICE_UNAVAILABLE    | Service Unavailable                                              | true
            504 | DEVICE_NOT_REACHABLE   | Device not reachable/offline.                                    | false
            """)
    void create_whenServiceAnswersADocumentedError_throwsTheTypedError(
            int status, String code, String message, boolean retryable) {
        // given: the service answers every request with this error
        server.always(Fault.error(status, code, message));

        // when
        AlexaApiException failure = assertThrows(
                AlexaApiException.class,
                () -> client.create(ACCESS, absoluteReminder(TOMORROW_7PM, "walk the dog"), Optional.empty()));

        // then
        assertThat(failure.httpStatus()).isEqualTo(status);
        assertThat(failure.code()).isEqualTo(code);
        assertThat(failure.errorCode()).isEqualTo(ErrorCode.valueOf(code));
        assertThat(failure.retryable()).isEqualTo(retryable);
        assertThat(failure.detail()).isEqualTo(message);
        assertThat(failure.getMessage()).isEqualTo(code + " (HTTP " + status + "): " + message);
        if (retryable) {
            assertThat(server.requests()).hasSizeGreaterThan(1);
        } else {
            assertThat(server.requests()).hasSize(1);
        }
        assertThat(server.storedReminders()).isEmpty();
    }

    // ---- error answers that are not JSON -----------------------------------------------------

    @Test
    void get_whenServiceAnswersAnHtml500Page_throwsInternalServerErrorWithAnExcerpt() {
        // given
        server.always(Fault.answer(500, """
                <html>
                  <head><title>500 Internal Server Error</title></head>
                  <body><h1>Internal Server Error</h1></body>
                </html>
                """).withContentType("text/html"));

        // when
        AlexaApiException failure = assertThrows(AlexaApiException.class, () -> client.get(ACCESS, "alert.token.1"));

        // then
        assertThat(failure.httpStatus()).isEqualTo(500);
        assertThat(failure.errorCode()).isEqualTo(ErrorCode.INTERNAL_SERVER_ERROR);
        assertThat(failure.retryable()).isTrue();
        assertThat(failure.getMessage()).contains("not JSON").contains("<title>500 Internal Server Error</title>");
    }

    @Test
    void get_whenServiceAnswersAnHtml503PageTheSdkDoesNotList_throwsServiceUnavailableWithAnExcerpt() {
        // given: the SDK lists no 503 for a get, so the body reaches the client as raw text
        server.always(Fault.answer(503, "<html><body>Service Temporarily Unavailable</body></html>")
                .withContentType("text/html"));

        // when
        AlexaApiException failure = assertThrows(AlexaApiException.class, () -> client.get(ACCESS, "alert.token.1"));

        // then
        assertThat(failure.httpStatus()).isEqualTo(503);
        assertThat(failure.errorCode()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(failure.getMessage()).contains("not JSON").contains("Service Temporarily Unavailable");
    }

    @Test
    void get_whenServiceAnswers500WithAnEmptyBody_throwsInternalServerError() {
        // given
        server.always(Fault.answer(500, ""));

        // when
        AlexaApiException failure = assertThrows(AlexaApiException.class, () -> client.get(ACCESS, "alert.token.1"));

        // then
        assertThat(failure.httpStatus()).isEqualTo(500);
        assertThat(failure.errorCode()).isEqualTo(ErrorCode.INTERNAL_SERVER_ERROR);
        assertThat(failure.getMessage()).contains("HTTP 500");
    }

    @Test
    void create_whenServiceAnswers200WithAnHtmlBody_throwsInvalidResponse() {
        // given
        server.enqueue(Fault.answer(200, "<html><body>OK</body></html>").withContentType("text/html"));

        // when
        AlexaApiException failure = assertThrows(
                AlexaApiException.class,
                () -> client.create(ACCESS, absoluteReminder(TOMORROW_7PM, "walk the dog"), Optional.empty()));

        // then
        assertThat(failure.errorCode()).isEqualTo(ErrorCode.INVALID_RESPONSE);
        assertThat(failure.outcomeUnknown()).isTrue();
    }

    /** Exposes a bug: an empty success body reaches {@code ReminderReceipt.from(null)} and escapes as a NullPointerException. */
    @Test
    void create_whenServiceAnswers200WithAnEmptyBody_throwsInvalidResponse() {
        // given
        server.enqueue(Fault.answer(200, ""));

        // when
        Throwable failure = catchThrowable(
                () -> client.create(ACCESS, absoluteReminder(TOMORROW_7PM, "walk the dog"), Optional.empty()));

        // then
        assertThat(failure).isInstanceOf(AlexaApiException.class);
        assertThat(((AlexaApiException) failure).errorCode()).isEqualTo(ErrorCode.INVALID_RESPONSE);
    }

    /** Exposes the same bug on a get: {@code Reminder.from(null)}. */
    @Test
    void get_whenServiceAnswers200WithAnEmptyBody_throwsInvalidResponse() {
        // given
        server.enqueue(Fault.answer(200, ""));

        // when
        Throwable failure = catchThrowable(() -> client.get(ACCESS, "alert.token.1"));

        // then
        assertThat(failure).isInstanceOf(AlexaApiException.class);
        assertThat(((AlexaApiException) failure).errorCode()).isEqualTo(ErrorCode.INVALID_RESPONSE);
    }

    // ---- retries -----------------------------------------------------------------------------

    @Test
    void get_whenServiceAnswers503ThenSucceeds_returnsTheReminderAfterTwoRequests() {
        // given
        String alertToken = server.addReminder(json(absoluteReminder(TOMORROW_7PM, "walk the dog")));
        server.enqueue(Fault.error(503, "SERVICE_UNAVAILABLE", "Service Unavailable"));

        // when
        Reminder reminder = client.get(ACCESS, alertToken);

        // then
        assertThat(reminder.alertToken()).isEqualTo(alertToken);
        assertThat(server.requests()).hasSize(2);
        assertThat(pauses).hasSize(1);
    }

    @Test
    void create_whenThrottledWithRetryAfterZero_sendsAgainWithoutListing() {
        // given: a 429 means the request was not carried out, so there is nothing to look for
        server.enqueue(Fault.error(429, "MAX_RATE_EXCEEDED", "Requests are throttled at the rate of 25 TPS per skill.")
                .withHeader("Retry-After", "0"));

        // when
        ReminderReceipt receipt =
                client.create(ACCESS, absoluteReminder(TOMORROW_7PM, "walk the dog"), Optional.empty());

        // then
        assertThat(receipt.alertToken()).isEqualTo("alert.token.1");
        assertThat(server.requests("POST")).hasSize(2);
        assertThat(server.listRequests()).isEmpty();
        assertThat(server.storedReminders()).hasSize(1);
    }

    @Test
    void get_whenThrottledWithRetryAfter_waitsAtLeastThatLong() {
        // given
        String alertToken = server.addReminder(json(absoluteReminder(TOMORROW_7PM, "walk the dog")));
        server.enqueue(Fault.error(429, "MAX_RATE_EXCEEDED", "throttled").withHeader("Retry-After", "2"));

        // when
        client.get(ACCESS, alertToken);

        // then
        assertThat(pauses)
                .singleElement()
                .satisfies(pause -> assertThat(pause).isGreaterThanOrEqualTo(Duration.ofSeconds(2)));
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void get_whenRetryAfterExceedsTheTimeBudget_givesUpAtOnceWithTheThrottlingError() {
        // given
        server.enqueue(Fault.error(429, "MAX_RATE_EXCEEDED", "throttled").withHeader("Retry-After", "10"));

        // when
        AlexaApiException failure = assertThrows(AlexaApiException.class, () -> client.get(ACCESS, "alert.token.1"));

        // then
        assertThat(failure.errorCode()).isEqualTo(ErrorCode.MAX_RATE_EXCEEDED);
        assertThat(failure.retryAfter()).contains(Duration.ofSeconds(10));
        assertThat(server.requests()).hasSize(1);
        assertThat(pauses).isEmpty();
    }

    @Test
    void create_whenServiceRejectsWith400_doesNotRetry() {
        // given
        server.enqueue(Fault.error(400, "INVALID_ALERT_INFO", "Text string is too long."));

        // when
        AlexaApiException failure = assertThrows(
                AlexaApiException.class,
                () -> client.create(ACCESS, absoluteReminder(TOMORROW_7PM, "walk the dog"), Optional.empty()));

        // then
        assertThat(failure.errorCode()).isEqualTo(ErrorCode.INVALID_ALERT_INFO);
        assertThat(server.requests()).hasSize(1);
        assertThat(pauses).isEmpty();
    }

    @Test
    void list_whenServiceStaysUnavailable_givesUpWithinTheTotalTimeBudget() {
        // given
        server.always(Fault.error(503, "SERVICE_UNAVAILABLE", "Service Unavailable"));

        // when
        AlexaApiException failure = assertThrows(AlexaApiException.class, () -> client.list(ACCESS));

        // then: every attempt but the first followed one pause, and all pauses fit in the budget
        assertThat(failure.errorCode()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(failure.retryable()).isTrue();
        assertThat(server.requests()).hasSizeBetween(3, 40).hasSize(pauses.size() + 1);
        Duration paused = pauses.stream().reduce(Duration.ZERO, Duration::plus);
        assertThat(paused).isLessThanOrEqualTo(FAST.totalBudget());
        assertThat(pauses).allSatisfy(pause -> assertThat(pause).isLessThanOrEqualTo(FAST.maxDelay()));
        assertThat(Duration.between(NOW, clock.instant())).isLessThanOrEqualTo(FAST.totalBudget());
    }

    @Test
    void create_whenNothingListens_failsWithConnectionFailedWithinTheBudget() {
        // given
        server.close();

        // when
        AlexaApiException failure = assertThrows(
                AlexaApiException.class,
                () -> client.create(ACCESS, absoluteReminder(TOMORROW_7PM, "walk the dog"), Optional.empty()));

        // then
        assertThat(failure.errorCode()).isEqualTo(ErrorCode.CONNECTION_FAILED);
        assertThat(failure.httpStatus()).isZero();
        assertThat(failure.outcomeUnknown()).isFalse();
        assertThat(Duration.between(NOW, clock.instant())).isLessThanOrEqualTo(FAST.totalBudget());
    }

    // ---- no duplicate after a create whose outcome is unknown ---------------------------------

    @Test
    void create_whenServerAnswers500AfterCreating_reconcilesAndLeavesOneReminder() {
        // given
        server.enqueue(Fault.afterProcessing(500, "INTERNAL_SERVER_ERROR", "Internal Server Error"));

        // when
        ReminderReceipt receipt =
                client.create(ACCESS, absoluteReminder(TOMORROW_7PM, "walk the dog"), Optional.empty());

        // then
        assertOneCreateMadeTheOnlyReminder(receipt);
        assertThat(server.listRequests()).hasSize(1);
        assertThat(receipt.createdTime()).contains(NOW);
    }

    @Test
    void create_whenServerAnswers500WithoutCreating_listsThenSendsAgainOnce() {
        // given
        server.enqueue(Fault.error(500, "INTERNAL_SERVER_ERROR", "Internal Server Error"));

        // when
        ReminderReceipt receipt =
                client.create(ACCESS, absoluteReminder(TOMORROW_7PM, "walk the dog"), Optional.empty());

        // then
        assertThat(server.storedReminders())
                .singleElement()
                .satisfies(
                        stored -> assertThat(stored.path("alertToken").asText()).isEqualTo(receipt.alertToken()));
        assertThat(server.requests()).extracting(RecordedRequest::method).containsExactly("POST", "GET", "POST");
    }

    @Test
    void create_whenTheAnswerComesAfterTheAttemptTimeout_reconcilesAndLeavesOneReminder() {
        // given: a real 300 ms attempt timeout, and a service that creates and then answers after 1.5 s
        ReminderClient impatient = clientWith(new RetryPolicy(
                Duration.ofSeconds(4), Duration.ofMillis(300), Duration.ofMillis(100), Duration.ofSeconds(1)));
        server.enqueue(Fault.delayAfterProcessing(Duration.ofMillis(1500)));

        // when
        ReminderReceipt receipt =
                impatient.create(ACCESS, absoluteReminder(TOMORROW_7PM, "walk the dog"), Optional.empty());

        // then
        assertOneCreateMadeTheOnlyReminder(receipt);
    }

    @Test
    void create_whenConnectionDropsAfterCreating_reconcilesAndLeavesOneReminder() {
        // given
        server.enqueue(Fault.closeAfterProcessing());

        // when
        ReminderReceipt receipt =
                client.create(ACCESS, absoluteReminder(TOMORROW_7PM, "walk the dog"), Optional.empty());

        // then
        assertOneCreateMadeTheOnlyReminder(receipt);
    }

    @Test
    void create_whenTheConnectionDropsWithoutAnAnswer_neverSendsAgain_andReportsTheOutcomeUnknown() {
        // given: the connection drops after the request went out; from here nobody can tell whether it arrived
        server.enqueue(Fault.closeConnection());

        // when
        AlexaApiException failure = catchThrowableOfType(
                AlexaApiException.class,
                () -> client.create(ACCESS, absoluteReminder(TOMORROW_7PM, "walk the dog"), Optional.empty()));

        // then: it looked for the reminder more than once within the budget, and never sent a second create
        assertThat(failure.outcomeUnknown()).isTrue();
        assertThat(failure.mayStillLand()).isTrue();
        assertThat(server.requests("POST")).hasSize(1);
        assertThat(server.listRequests()).hasSizeGreaterThan(1);
        assertThat(server.storedReminders()).isEmpty();
    }

    /**
     * The late create of the issue: a proxy holds the POST longer than the attempt timeout and
     * forwards it after the client's first listing. Real time here: the listing must happen
     * while the create is still held.
     */
    @Test
    void create_whenTheCreateLandsAfterTheAttemptTimeoutAndAfterAListing_findsItAndNeverSendsAgain() {
        // given: a 300 ms attempt timeout and a create held 900 ms before the service sees it
        ReminderClient realTime = realTimeClient(new RetryPolicy(
                Duration.ofSeconds(3), Duration.ofMillis(300), Duration.ofMillis(100), Duration.ofMillis(300)));
        server.enqueue(Fault.heldInTransit(Duration.ofMillis(900)));

        // when
        ReminderReceipt receipt =
                realTime.create(ACCESS, absoluteReminder(TOMORROW_7PM, "walk the dog"), Optional.empty());

        // then: the first listing found nothing, a later one found the one reminder
        assertOneCreateMadeTheOnlyReminder(receipt);
        assertThat(server.listRequests()).hasSizeGreaterThan(1);
    }

    @Test
    void create_whenTheCreateLandsOnlyAfterTheBudget_reportsTheOutcomeUnknown_andItIsTheOnlyReminder()
            throws InterruptedException {
        // given: a 1-second budget and a create held 1.6 s
        ReminderClient realTime = realTimeClient(new RetryPolicy(
                Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofMillis(100), Duration.ofMillis(300)));
        server.enqueue(Fault.heldInTransit(Duration.ofMillis(1600)));

        // when
        AlexaApiException failure = catchThrowableOfType(
                AlexaApiException.class,
                () -> realTime.create(ACCESS, absoluteReminder(TOMORROW_7PM, "walk the dog"), Optional.empty()));
        awaitStored(1, Duration.ofSeconds(5));

        // then
        assertThat(failure.outcomeUnknown()).isTrue();
        assertThat(failure.code()).isEqualTo(ErrorCode.REQUEST_TIMEOUT.name());
        assertThat(server.requests("POST")).hasSize(1);
        assertThat(server.storedReminders()).hasSize(1);
    }

    @Test
    void create_whenTheListingAfterAnAmbiguous500FailsOnce_listsAgainAndStillFindsTheReminder() {
        // given
        server.enqueue(
                Fault.afterProcessing(500, "INTERNAL_SERVER_ERROR", "Internal Server Error"),
                Fault.error(503, "SERVICE_UNAVAILABLE", "Service Unavailable"));

        // when
        ReminderReceipt receipt =
                client.create(ACCESS, absoluteReminder(TOMORROW_7PM, "walk the dog"), Optional.empty());

        // then
        assertThat(server.storedReminders())
                .singleElement()
                .satisfies(
                        stored -> assertThat(stored.path("alertToken").asText()).isEqualTo(receipt.alertToken()));
        assertThat(server.requests()).extracting(RecordedRequest::method).containsExactly("POST", "GET", "GET");
    }

    @Test
    void create_whenOnlyAnOlderIdenticalReminderExists_doesNotMistakeItForTheLostCreate() {
        // given: the same reminder, created an hour ago, and a 500 that created nothing
        clock.set(NOW.minus(Duration.ofHours(1)));
        String older = server.addReminder(json(absoluteReminder(TOMORROW_7PM, "walk the dog")));
        clock.set(NOW);
        server.enqueue(Fault.error(500, "INTERNAL_SERVER_ERROR", "Internal Server Error"));

        // when
        ReminderReceipt receipt =
                client.create(ACCESS, absoluteReminder(TOMORROW_7PM, "walk the dog"), Optional.empty());

        // then
        assertThat(receipt.alertToken()).isNotEqualTo(older);
        assertThat(server.storedReminders()).hasSize(2);
        assertThat(server.requests("POST")).hasSize(2);
    }

    @Test
    void create_whenAnotherReminderWasCreatedMeanwhile_doesNotMistakeItForTheLostCreate() {
        // given: a different reminder created just now, and a 500 that created nothing
        server.addReminder(json(absoluteReminder(TOMORROW_7PM, "call mum")));
        server.enqueue(Fault.error(500, "INTERNAL_SERVER_ERROR", "Internal Server Error"));

        // when
        client.create(ACCESS, absoluteReminder(TOMORROW_7PM, "walk the dog"), Optional.empty());

        // then
        assertThat(server.storedReminders())
                .extracting(stored ->
                        stored.at("/alertInfo/spokenInfo/content/0/text").asText())
                .containsExactly("call mum", "walk the dog");
    }

    // ---- delete after an unknown outcome -------------------------------------------------------

    @Test
    void delete_whenServerAnswers500AfterDeleting_countsTheRetrysAlertNotFoundAsSuccess() {
        // given
        String alertToken = server.addReminder(json(absoluteReminder(TOMORROW_7PM, "walk the dog")));
        server.enqueue(Fault.afterProcessing(500, "INTERNAL_SERVER_ERROR", "Internal Server Error"));

        // when
        client.delete(ACCESS, alertToken);

        // then
        assertThat(server.storedReminders()).isEmpty();
        assertThat(server.requests("DELETE")).hasSize(2);
    }

    /**
     * Exposes a bug: only the failure just before the 404 is consulted, so a 429 between the
     * ambiguous 500 and the retry hides that the first attempt already deleted the reminder.
     */
    @Test
    void delete_whenThrottledBetweenAnAmbiguousFailureAndTheRetry_stillCountsAlertNotFoundAsSuccess() {
        // given
        String alertToken = server.addReminder(json(absoluteReminder(TOMORROW_7PM, "walk the dog")));
        server.enqueue(
                Fault.afterProcessing(500, "INTERNAL_SERVER_ERROR", "Internal Server Error"),
                Fault.error(429, "MAX_RATE_EXCEEDED", "Requests are throttled at the rate of 25 TPS per skill."));

        // when
        Throwable failure = catchThrowable(() -> client.delete(ACCESS, alertToken));

        // then
        assertThat(failure).as("the reminder is gone, as asked").isNull();
        assertThat(server.storedReminders()).isEmpty();
        assertThat(server.requests("DELETE")).hasSize(3);
    }

    // ---- paging ------------------------------------------------------------------------------

    @Test
    void list_followsLinksAcrossPages() {
        // given
        server.pageSize(2);
        List<String> tokens = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            tokens.add(server.addReminder(json(absoluteReminder(TOMORROW_7PM.plusDays(i), "reminder " + i))));
        }

        // when
        List<Reminder> reminders = client.list(ACCESS);

        // then
        assertThat(reminders).extracting(Reminder::alertToken).containsExactlyElementsOf(tokens);
        assertThat(server.listRequests())
                .extracting(RecordedRequest::pathAndQuery)
                .containsExactly(REMINDERS_PATH, REMINDERS_PATH + "?page=2", REMINDERS_PATH + "?page=3");
        assertThat(server.listRequests())
                .allSatisfy(sent -> assertThat(sent.header("Authorization")).contains("Bearer " + BEARER_TOKEN));
    }

    @Test
    void list_whenLinksPointToAnotherHost_doesNotFollowThem() {
        // given
        server.enqueue(Fault.answer(200, """
                {"totalCount": "1",
                 "alerts": [{"alertToken": "alert.token.1", "status": "ON", "createdTime": "2026-11-22T09:00:00.000Z"}],
                 "links": "https://evil.example/v1/alerts/reminders?page=2"}
                """));

        // when
        List<Reminder> reminders = client.list(ACCESS);

        // then
        assertThat(reminders).extracting(Reminder::alertToken).containsExactly("alert.token.1");
        assertThat(server.requests()).hasSize(1);
    }

    /**
     * Exposes a bug: the pages already visited do not include the first one, so a {@code links}
     * that leads back to it fetches it again and lists its reminders twice.
     */
    @Test
    void list_whenLinksLeadBackToTheFirstPage_stopsWithoutListingAnyReminderTwice() {
        // given
        server.enqueue(Fault.answer(200, """
                        {"totalCount": "2", "alerts": [{"alertToken": "alert.token.1", "status": "ON"}],
                         "links": "/v1/alerts/reminders?page=2"}
                        """), Fault.answer(200, """
                        {"totalCount": "2", "alerts": [{"alertToken": "alert.token.2", "status": "ON"}],
                         "links": "/v1/alerts/reminders"}
                        """), Fault.answer(200, """
                        {"totalCount": "2", "alerts": [{"alertToken": "alert.token.1", "status": "ON"}],
                         "links": "/v1/alerts/reminders?page=2"}
                        """));

        // when
        List<Reminder> reminders = client.list(ACCESS);

        // then
        assertThat(reminders).extracting(Reminder::alertToken).containsExactly("alert.token.1", "alert.token.2");
        assertThat(server.listRequests()).hasSize(2);
    }

    @ParameterizedTest(name = "links {1} from {0} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "(none)", textBlock = """
            http://127.0.0.1:8080       | /v1/alerts/reminders?page=2                                 | /v1/alerts/reminders?page=2
            http://127.0.0.1:8080       | http://127.0.0.1:8080/v1/alerts/reminders?page=2            | /v1/alerts/reminders?page=2
            http://127.0.0.1:8080       | reminders?page=2                                            | /v1/alerts/reminders?page=2
            http://127.0.0.1:8080/alexa | /alexa/v1/alerts/reminders?page=2                           | /v1/alerts/reminders?page=2
            https://api.amazonalexa.com | https://api.amazonalexa.com/v1/alerts/reminders?nextToken=a | /v1/alerts/reminders?nextToken=a
            http://127.0.0.1:8080       | https://evil.example/v1/alerts/reminders?page=2             | (none)
            http://127.0.0.1:8080       | //evil.example/v1/alerts/reminders?page=2                   | (none)
            http://127.0.0.1:8080       | http://127.0.0.1:9999/v1/alerts/reminders?page=2            | (none)
            https://api.amazonalexa.com | http://api.amazonalexa.com/v1/alerts/reminders?page=2       | (none)
            http://127.0.0.1:8080       | /v1/alerts/reminders/../../../other?page=2                  | (none)
            http://127.0.0.1:8080       | /v1/alerts/reminders-admin/export?page=2                    | (none)
            http://127.0.0.1:8080       | /v1/other                                                   | (none)
            http://127.0.0.1:8080       | link.to.next.reminder                                       | (none)
            http://127.0.0.1:8080       | string                                                      | (none)
            http://127.0.0.1:8080       | (none)                                                      | (none)
            http://127.0.0.1:8080       | '   '                                                       | (none)
            """)
    void nextPage_followsOnlyTheRemindersPathOnTheSameOrigin(String base, String links, String expected) {
        assertThat(ReminderClient.nextPage(base, links)).isEqualTo(Optional.ofNullable(expected));
    }

    // ---- the reference pages' answers --------------------------------------------------------

    @Test
    void get_readsTheCurrentReferenceGetOneAnswer() {
        // given
        server.enqueue(Fault.answer(200, ReferenceBodies.CURRENT_GET_ONE));

        // when
        Reminder reminder = client.get(ACCESS, "alert.token.1");

        // then
        assertThat(reminder.alertToken()).isEqualTo("alert.token.1");
        assertThat(reminder.status()).isEqualTo(Status.ON);
        assertThat(reminder.createdTime()).contains(Instant.parse("2019-08-14T15:40:55.002Z"));
        assertThat(reminder.updatedTime()).contains(Instant.parse("2019-08-14T15:40:55.002Z"));
        assertThat(reminder.version()).contains("1");
        Trigger trigger = reminder.trigger().orElseThrow();
        assertThat(trigger.getType()).isEqualTo(TriggerType.SCHEDULED_ABSOLUTE);
        assertThat(trigger.getTimeZoneId()).isEqualTo("America/Los_Angeles");
        assertThat(trigger.getRecurrence().getStartDateTime()).isEqualTo(LocalDateTime.of(2019, 5, 10, 6, 0));
        assertThat(trigger.getRecurrence().getEndDateTime()).isEqualTo(LocalDateTime.of(2019, 8, 10, 10, 0));
        assertThat(trigger.getRecurrence().getRecurrenceRules())
                .containsExactly(
                        "FREQ=DAILY;BYDAY=SU;BYHOUR=17;BYMINUTE=15;BYSECOND=0;INTERVAL=1;",
                        "FREQ=MONTHLY;BYMONTHDAY=5;BYHOUR=10;INTERVAL=1;");
        SpokenText content =
                reminder.alertInfo().orElseThrow().getSpokenInfo().getContent().get(0);
        assertThat(content.getLocale()).isEqualTo("en-US");
        assertThat(content.getText()).isEqualTo("walk the dog.");
        assertThat(content.getSsml()).isEqualTo("<speak> walk the dog</speak>");
        assertThat(reminder.pushNotification()).contains(PushNotificationStatus.ENABLED);
    }

    @Test
    void get_readsTheOlderReferenceGetOneAnswerWrappedInAlerts() {
        // given
        server.enqueue(Fault.answer(200, ReferenceBodies.OLDER_GET_ONE));

        // when
        Reminder reminder = client.get(ACCESS, "string");

        // then
        assertThat(reminder.alertToken()).isEqualTo("string");
        assertThat(reminder.status()).isEqualTo(Status.ON);
        assertThat(reminder.createdTime()).contains(Instant.parse("2019-08-14T15:47:48.386Z"));
        Trigger trigger = reminder.trigger().orElseThrow();
        assertThat(trigger.getScheduledTime()).isEqualTo(LocalDateTime.of(2019, 8, 14, 15, 47, 48, 387_000_000));
        assertThat(trigger.getOffsetInSeconds()).isZero();
        assertThat(trigger.getRecurrence().getStartDateTime()).isEqualTo(LocalDateTime.of(2019, 5, 10, 6, 0));
        assertThat(trigger.getRecurrence().getRecurrenceRules())
                .containsExactly(
                        "FREQ=DAILY;BYHOUR=6;BYMINUTE=10;BYSECOND=0;INTERVAL=1;",
                        "FREQ=DAILY;BYHOUR=17;BYMINUTE=15;BYSECOND=0;INTERVAL=1;",
                        "FREQ=DAILY;BYHOUR=22;BYMINUTE=45;BYSECOND=0;INTERVAL=1;");
        assertThat(reminder.version()).contains("string");
    }

    @Test
    void list_readsTheCurrentReferenceListAnswer_andDoesNotFollowItsPlaceholderLinks() {
        // given
        server.enqueue(Fault.answer(200, ReferenceBodies.CURRENT_LIST));

        // when
        List<Reminder> reminders = client.list(ACCESS);

        // then
        assertThat(reminders).extracting(Reminder::alertToken).containsExactly("alert.token.1", "alert.token.2");
        Reminder first = reminders.get(0);
        assertThat(first.createdTime()).contains(Instant.parse("2019-08-14T15:40:55.002Z"));
        assertThat(first.trigger().orElseThrow().getRecurrence().getStartDateTime())
                .isEqualTo(LocalDateTime.of(2019, 5, 10, 6, 0));
        assertThat(first.trigger().orElseThrow().getRecurrence().getRecurrenceRules())
                .hasSize(2);
        Reminder second = reminders.get(1);
        assertThat(second.status()).isEqualTo(Status.COMPLETED);
        assertThat(second.createdTime()).contains(Instant.parse("2019-08-13T15:40:55.002Z"));
        assertThat(second.trigger().orElseThrow().getType()).isEqualTo(TriggerType.SCHEDULED_RELATIVE);
        assertThat(second.trigger().orElseThrow().getOffsetInSeconds()).isEqualTo(7200);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void list_readsTheOlderReferenceListAnswer() {
        // given
        server.enqueue(Fault.answer(200, ReferenceBodies.OLDER_LIST));

        // when
        List<Reminder> reminders = client.list(ACCESS);

        // then
        assertThat(reminders).singleElement().satisfies(reminder -> {
            assertThat(reminder.alertToken()).isEqualTo("string");
            assertThat(reminder.createdTime()).contains(Instant.parse("2019-08-14T16:03:38.811Z"));
            assertThat(reminder.trigger().orElseThrow().getScheduledTime())
                    .isEqualTo(LocalDateTime.of(2019, 8, 14, 16, 3, 38, 811_000_000));
        });
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void create_readsTheCurrentReferenceCreateAnswer() {
        // given
        server.enqueue(Fault.answer(200, ReferenceBodies.CURRENT_CREATE_RESPONSE));

        // when
        ReminderReceipt receipt =
                client.create(ACCESS, absoluteReminder(TOMORROW_7PM, "walk the dog"), Optional.empty());

        // then
        assertThat(receipt.alertToken()).isEqualTo("alert.token.1");
        assertThat(receipt.status()).isEqualTo(Status.ON);
        assertThat(receipt.createdTime()).contains(Instant.parse("2019-08-14T15:40:55.002Z"));
        assertThat(receipt.version()).contains("1");
        assertThat(receipt.href()).contains("www.-example-new-alert.com");
    }

    @Test
    void update_readsTheCurrentReferenceUpdateAnswer() {
        // given
        server.enqueue(Fault.answer(200, ReferenceBodies.CURRENT_UPDATE_RESPONSE));

        // when
        ReminderReceipt receipt = client.update(
                ACCESS, "alert.token.1", absoluteReminder(TOMORROW_7PM, "walk the dog"), Optional.empty());

        // then
        assertThat(receipt.alertToken()).isEqualTo("alert.token.1");
        assertThat(receipt.updatedTime()).contains(Instant.parse("2019-08-15T11:20:25.000Z"));
        assertThat(receipt.href()).contains("www.-example-updated-alert.com");
    }

    // ---- helpers -----------------------------------------------------------------------------

    /** One POST reached the service, and the one reminder it stores is the receipt's. */
    private void assertOneCreateMadeTheOnlyReminder(ReminderReceipt receipt) {
        assertThat(server.storedReminders())
                .singleElement()
                .satisfies(
                        stored -> assertThat(stored.path("alertToken").asText()).isEqualTo(receipt.alertToken()));
        assertThat(server.requests("POST")).hasSize(1);
    }

    /** A client on a clock that ticks from {@link #NOW} and pauses that really wait. */
    private ReminderClient realTimeClient(RetryPolicy policy) {
        return ReminderClient.builder(ApiEndpoints.localEmulator(URI.create("http://127.0.0.1:" + server.port())))
                .retryPolicy(policy)
                .clock(TestClocks.tickingFrom(NOW))
                .build();
    }

    private void awaitStored(int count, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (server.storedReminders().size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private ReminderClient clientWith(RetryPolicy policy) {
        return ReminderClient.builder(ApiEndpoints.localEmulator(URI.create("http://127.0.0.1:" + server.port())))
                .retryPolicy(policy)
                .clock(clock)
                .sleeper(this::pause)
                .random(new Random(42))
                .build();
    }

    /** The client's sleeper: records the pause and moves the fake clock instead of waiting. */
    private void pause(Duration duration) {
        pauses.add(duration);
        clock.advance(duration);
    }

    private RecordedRequest onlyRequest() {
        assertThat(server.requests()).hasSize(1);
        return server.requests().get(0);
    }

    private String json(ReminderRequest request) {
        return serializer.serialize(request);
    }

    private static ReminderRequest absoluteReminder(LocalDateTime scheduledTime, String text) {
        return ReminderRequests.absolute(NOW, scheduledTime, ZONE, text);
    }

    private static ReminderRequest relativeReminder(int offsetInSeconds, String text) {
        return ReminderRequests.relative(NOW, offsetInSeconds, text);
    }

    @Test
    void warmUp_writesAReminderAndReadsTheApisAnswer_withTheSharedSerializer() {
        // invoke runs it on a spare core and ignores what it throws; a sample the serializer cannot handle shows here.
        assertThatCode(ReminderClient::warmUp).doesNotThrowAnyException();
    }
}
