package com.example.reminderskill.messaging;

import static com.example.reminderskill.messaging.ScriptedServer.MESSAGES_PATH;
import static com.example.reminderskill.messaging.ScriptedServer.TOKEN_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.reminderskill.messaging.ScriptedServer.Answer;
import com.example.reminderskill.messaging.SkillMessage.Operation;
import com.example.reminderskill.retry.RetryPolicy;
import com.example.reminderskill.testing.FakeTime;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sender against a scripted LWA and Skill Messaging on loopback, for what the emulator cannot
 * be made to do on demand: 403 for a live token, 429 with Retry-After, 503, dropped connections.
 * Time is a fake clock moved by the sender's pauses, so no test waits.
 */
class SkillMessageSenderTest {

    private static final String CLIENT_ID = "amzn1.application-oa2-client.sender-test";
    private static final String CLIENT_SECRET = "sender-test-secret-0123456789";
    private static final String USER = "amzn1.ask.account.SENDER-TEST";
    private static final SkillMessage MESSAGE = SkillMessage.builder(Operation.DELETE)
            .alertToken("alert-1")
            .clientReference("c-1")
            .build();
    /** 10 s in all, pauses from 1 s doubling up to 4 s, 100 attempts: the budget is what ends a run. */
    private static final RetryPolicy POLICY = new RetryPolicy(
            Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofSeconds(4), 100);

    private final FakeTime time = new FakeTime(Instant.parse("2026-11-22T10:00:00Z"));
    private final Deque<Answer> messageAnswers = new ArrayDeque<>();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private ScriptedServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** LWA issues a new token each time; Skill Messaging answers what is queued, then 202. */
    private SkillMessageSender sender(RetryPolicy policy, Answer... answers) {
        messageAnswers.addAll(List.of(answers));
        server = ScriptedServer.start(request -> {
            if (request.path().equals(TOKEN_PATH)) {
                return Answer.json(
                        200,
                        "{\"access_token\": \"Atc|scripted-" + tokensIssued.incrementAndGet()
                                + "\", \"token_type\": \"bearer\", \"expires_in\": 3600}");
            }
            synchronized (messageAnswers) {
                return messageAnswers.isEmpty() ? Answer.empty(202) : messageAnswers.poll();
            }
        });
        return senderFor(server.baseUri(), policy);
    }

    private SkillMessageSender senderFor(URI base, RetryPolicy policy) {
        return SkillMessageSender.builder(
                        SkillMessagingEndpoints.localEmulator(base),
                        new SkillMessagingCredentials(CLIENT_ID, CLIENT_SECRET))
                .httpClient(HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .build())
                .clock(time)
                .sleeper(time)
                .retryPolicy(policy)
                .random(new SplittableRandom(7))
                .build();
    }

    private List<ScriptedServer.Request> messageRequests() {
        return server.requests(MESSAGES_PATH);
    }

    private static Answer error(int status, String message) {
        return Answer.json(status, "{\"code\": " + status + ", \"message\": \"" + message + "\"}");
    }

    @Test
    void send_postsTheDataAndExpiryWithTheBearerTokenToTheUsersPath() throws IOException {
        SkillMessageSender sender = sender(POLICY);

        sender.send(USER, MESSAGE, Duration.ofSeconds(600));

        ScriptedServer.Request request = messageRequests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo(MESSAGES_PATH + USER);
        assertThat(request.header("Authorization")).isEqualTo("Bearer Atc|scripted-1");
        assertThat(request.header("Content-Type")).startsWith("application/json");
        JsonNode body = new ObjectMapper().readTree(request.body());
        assertThat(body.path("data")).isEqualTo(MESSAGE.toData());
        assertThat(body.path("expiresAfterSeconds").isIntegralNumber()).isTrue();
        assertThat(body.path("expiresAfterSeconds").asLong()).isEqualTo(600);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void send_encodesTheUserIdAsOnePathSegment() {
        SkillMessageSender sender = sender(POLICY);

        sender.send("user/with +plus and space", MESSAGE, Duration.ofSeconds(60));

        assertThat(messageRequests().get(0).path()).isEqualTo(MESSAGES_PATH + "user%2Fwith%20%2Bplus%20and%20space");
    }

    @Test
    void send_withoutExpiry_usesAnHour() throws IOException {
        SkillMessageSender sender = sender(POLICY);

        sender.send(USER, MESSAGE);

        assertThat(new ObjectMapper()
                        .readTree(messageRequests().get(0).body())
                        .path("expiresAfterSeconds")
                        .asLong())
                .isEqualTo(3600);
    }

    @Test
    void twoSends_useOneToken() {
        SkillMessageSender sender = sender(POLICY);

        sender.send(USER, MESSAGE, Duration.ofSeconds(60));
        sender.send(USER, MESSAGE, Duration.ofSeconds(60));

        assertThat(server.requests(TOKEN_PATH)).hasSize(1);
        assertThat(messageRequests())
                .extracting(request -> request.header("Authorization"))
                .containsOnly("Bearer Atc|scripted-1");
    }

    @Test
    void forbidden_renewsTheTokenOnceAndSendsAgain() {
        SkillMessageSender sender = sender(POLICY, error(403, "The skill messaging authentication token is expired."));

        sender.send(USER, MESSAGE, Duration.ofSeconds(60));

        assertThat(server.requests(TOKEN_PATH)).hasSize(2);
        assertThat(messageRequests())
                .extracting(request -> request.header("Authorization"))
                .containsExactly("Bearer Atc|scripted-1", "Bearer Atc|scripted-2");
        assertThat(time.sleeps()).as("a renewal is no backoff").isEmpty();
    }

    @Test
    void forbiddenTwice_failsWith403AfterOneRenewal() {
        SkillMessageSender sender =
                sender(POLICY, error(403, "not valid"), error(403, "not valid"), error(403, "not valid"));

        assertThatThrownBy(() -> sender.send(USER, MESSAGE, Duration.ofSeconds(60)))
                .isInstanceOfSatisfying(SkillMessagingException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(403);
                    assertThat(e.code()).isEqualTo("FORBIDDEN");
                    assertThat(e.retryable()).isFalse();
                });
        assertThat(server.requests(TOKEN_PATH)).hasSize(2);
        assertThat(messageRequests()).hasSize(2);
    }

    @Test
    void tooManyRequests_waitsWhatRetryAfterSaysThenSucceeds() {
        SkillMessageSender sender = sender(POLICY, error(429, "Rate exceeded").withHeader("Retry-After", "3"));

        sender.send(USER, MESSAGE, Duration.ofSeconds(60));

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
        assertThat(messageRequests()).hasSize(2);
        assertThat(server.requests(TOKEN_PATH)).hasSize(1);
    }

    @Test
    void retryAfterAsAnHttpDate_isHonouredToo() {
        SkillMessageSender sender =
                sender(POLICY, error(429, "Rate exceeded").withHeader("Retry-After", "Sun, 22 Nov 2026 10:00:05 GMT"));

        sender.send(USER, MESSAGE, Duration.ofSeconds(60));

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void retryAfterBeyondTheBudget_givesUpWithoutWaiting() {
        SkillMessageSender sender = sender(POLICY, error(429, "Rate exceeded").withHeader("Retry-After", "60"));

        assertThatThrownBy(() -> sender.send(USER, MESSAGE, Duration.ofSeconds(60)))
                .isInstanceOfSatisfying(SkillMessagingException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(429);
                    assertThat(e.code()).isEqualTo("TOO_MANY_REQUESTS");
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(60));
                    assertThat(e.detail()).contains("Rate exceeded", "budget");
                });
        assertThat(time.sleeps()).isEmpty();
        assertThat(messageRequests()).hasSize(1);
    }

    @Test
    void serviceUnavailable_isRetriedWithBackoffThenSucceeds() {
        SkillMessageSender sender = sender(POLICY, error(503, "Service Unavailable"), error(500, "Internal error"));

        sender.send(USER, MESSAGE, Duration.ofSeconds(60));

        assertThat(messageRequests()).hasSize(3);
        assertThat(time.sleeps()).hasSize(2);
        assertThat(time.sleeps().get(0)).isLessThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(time.sleeps().get(1)).isLessThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void droppedConnection_isRetriedThenSucceeds() {
        SkillMessageSender sender = sender(POLICY, Answer.DROP);

        sender.send(USER, MESSAGE, Duration.ofSeconds(60));

        assertThat(messageRequests()).hasSize(2);
        assertThat(time.sleeps()).hasSize(1);
    }

    @Test
    void lwaUnavailable_isRetriedThenTheMessageIsSent() {
        AtomicInteger tokenCalls = new AtomicInteger();
        server = ScriptedServer.start(request -> {
            if (request.path().equals(TOKEN_PATH)) {
                return tokenCalls.incrementAndGet() == 1
                        ? Answer.json(503, "{\"error\": \"server_error\"}")
                        : Answer.json(200, "{\"access_token\": \"Atc|late\", \"expires_in\": 3600}");
            }
            return Answer.empty(202);
        });
        SkillMessageSender sender = senderFor(server.baseUri(), POLICY);

        sender.send(USER, MESSAGE, Duration.ofSeconds(60));

        assertThat(tokenCalls).hasValue(2);
        assertThat(messageRequests())
                .singleElement()
                .satisfies(
                        request -> assertThat(request.header("Authorization")).isEqualTo("Bearer Atc|late"));
    }

    @Test
    void lwaRefusingTheCredentials_isNotRetried() {
        server = ScriptedServer.start(request -> Answer.json(
                401, "{\"error\": \"invalid_client\", \"error_description\": \"Client authentication failed\"}"));
        SkillMessageSender sender = senderFor(server.baseUri(), POLICY);

        assertThatThrownBy(() -> sender.send(USER, MESSAGE, Duration.ofSeconds(60)))
                .isInstanceOfSatisfying(SkillMessagingException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(401);
                    assertThat(e.code()).isEqualTo("invalid_client");
                });
        assertThat(server.requests()).hasSize(1);
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(400, "INVALID_REQUEST"),
                Arguments.of(401, "UNAUTHORIZED"),
                Arguments.of(404, "NOT_FOUND"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("refusals")
    void refusal_isNotRetried_andCarriesStatusCodeAndMessage(int status, String code) {
        SkillMessageSender sender = sender(POLICY, error(status, "refused for a reason"));

        assertThatThrownBy(() -> sender.send(USER, MESSAGE, Duration.ofSeconds(60)))
                .isInstanceOfSatisfying(SkillMessagingException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(status);
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.detail()).isEqualTo("refused for a reason");
                    assertThat(e.getMessage()).isEqualTo(status + " " + code + ": refused for a reason");
                    assertThat(e.retryable()).isFalse();
                });
        assertThat(messageRequests()).hasSize(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void refusalWithATextualCode_keepsTheServicesCode() {
        SkillMessageSender sender =
                sender(POLICY, Answer.json(400, "{\"code\": \"INVALID_EXPIRY\", \"message\": \"too long\"}"));

        assertThatThrownBy(() -> sender.send(USER, MESSAGE, Duration.ofSeconds(60)))
                .isInstanceOfSatisfying(
                        SkillMessagingException.class, e -> assertThat(e.code()).isEqualTo("INVALID_EXPIRY"));
    }

    @Test
    void serviceUnavailableThroughoutTheBudget_givesUpWithTheLastFailure() {
        Answer[] unavailable = Stream.generate(() -> error(503, "Service Unavailable"))
                .limit(200)
                .toArray(Answer[]::new);
        SkillMessageSender sender = sender(POLICY, unavailable);

        assertThatThrownBy(() -> sender.send(USER, MESSAGE, Duration.ofSeconds(60)))
                .isInstanceOfSatisfying(SkillMessagingException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(503);
                    assertThat(e.code()).isEqualTo("SERVICE_UNAVAILABLE");
                    assertThat(e.detail()).startsWith("Service Unavailable").contains("gave up after", "10 s budget");
                    assertThat(e.retryable())
                            .as("a later send may still succeed")
                            .isTrue();
                });
        assertThat(time.sleeps().stream().reduce(Duration.ZERO, Duration::plus))
                .isLessThanOrEqualTo(Duration.ofSeconds(10));
        assertThat(messageRequests()).hasSize(time.sleeps().size() + 1).hasSizeGreaterThan(2);
        assertThat(time.sleeps()).allSatisfy(pause -> assertThat(pause).isLessThanOrEqualTo(Duration.ofSeconds(4)));
    }

    @Test
    void serviceUnavailable_stopsAtTheAttemptCap() {
        RetryPolicy threeAttempts = new RetryPolicy(
                Duration.ofMinutes(10), Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofSeconds(4), 3);
        SkillMessageSender sender =
                sender(threeAttempts, error(503, "a"), error(503, "b"), error(503, "c"), error(503, "d"));

        assertThatThrownBy(() -> sender.send(USER, MESSAGE, Duration.ofSeconds(60)))
                .isInstanceOfSatisfying(
                        SkillMessagingException.class,
                        e -> assertThat(e.detail()).startsWith("c").contains("gave up after 3 attempts"));
        assertThat(messageRequests()).hasSize(3);
    }

    @Test
    void nothingListening_failsAsAConnectionFailureAfterTheAttemptCap() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        RetryPolicy threeAttempts = new RetryPolicy(
                Duration.ofMinutes(1), Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofSeconds(4), 3);
        SkillMessageSender sender = senderFor(URI.create("http://127.0.0.1:" + closedPort), threeAttempts);

        assertThatThrownBy(() -> sender.send(USER, MESSAGE, Duration.ofSeconds(60)))
                .isInstanceOfSatisfying(SkillMessagingException.class, e -> {
                    assertThat(e.httpStatus()).isZero();
                    assertThat(e.code()).isEqualTo(SkillMessagingException.CONNECTION_FAILED);
                    assertThat(e.getMessage())
                            .startsWith("0 CONNECTION_FAILED: ")
                            .contains("127.0.0.1:" + closedPort);
                });
        assertThat(time.sleeps()).hasSize(2);
    }

    @ParameterizedTest(name = "{0} seconds")
    @ValueSource(longs = {-60, 0, 59, 86_401, 604_800})
    void expiryOutOfBounds_isRefusedBeforeAnyCall(long seconds) {
        SkillMessageSender sender = sender(POLICY);

        assertThatThrownBy(() -> sender.send(USER, MESSAGE, Duration.ofSeconds(seconds)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expiresAfter")
                .hasMessageContaining("60")
                .hasMessageContaining("86400");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void expiryWithAFractionOfASecond_isRefusedBeforeAnyCall() {
        SkillMessageSender sender = sender(POLICY);

        assertThatThrownBy(() -> sender.send(USER, MESSAGE, Duration.ofMillis(60_500)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("whole seconds");
        assertThat(server.requests()).isEmpty();
    }

    @ParameterizedTest(name = "{0} seconds")
    @ValueSource(longs = {60, 86_400})
    void expiryAtTheBounds_isSent(long seconds) {
        SkillMessageSender sender = sender(POLICY);

        sender.send(USER, MESSAGE, Duration.ofSeconds(seconds));

        assertThat(messageRequests()).hasSize(1);
    }

    @Test
    void blankUser_isRefusedBeforeAnyCall() {
        SkillMessageSender sender = sender(POLICY);

        assertThatThrownBy(() -> sender.send(" ", MESSAGE, Duration.ofSeconds(60)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("userId");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aServiceThatEchoesTheTokenOrSecret_neverGetsThemIntoTheException() {
        SkillMessageSender sender =
                sender(POLICY, error(400, "bad request with Bearer Atc|scripted-1 from " + CLIENT_SECRET));

        assertThatThrownBy(() -> sender.send(USER, MESSAGE, Duration.ofSeconds(60)))
                .isInstanceOfSatisfying(SkillMessagingException.class, e -> {
                    assertThat(e.getMessage())
                            .doesNotContain("Atc|scripted-1")
                            .doesNotContain(CLIENT_SECRET)
                            .contains("****");
                    assertThat(e.toString()).doesNotContain("Atc|scripted-1").doesNotContain(CLIENT_SECRET);
                });
    }

    @Test
    void noFailure_carriesTheSecretOrTheTokenInItsMessage() {
        List<Answer> failures = List.of(
                error(400, "x"), error(403, "x"), error(404, "x"), error(429, "x"), error(503, "x"), Answer.DROP);
        for (Answer failure : failures) {
            stop();
            messageAnswers.clear();
            RetryPolicy once = new RetryPolicy(
                    Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofSeconds(4), 1);
            SkillMessageSender sender = sender(once, failure, failure);

            assertThatThrownBy(() -> sender.send(USER, MESSAGE, Duration.ofSeconds(60)))
                    .isInstanceOfSatisfying(SkillMessagingException.class, e -> {
                        for (Throwable t = e; t != null; t = t.getCause()) {
                            assertThat(String.valueOf(t.getMessage()))
                                    .doesNotContain(CLIENT_SECRET)
                                    .doesNotContain("Atc|scripted");
                            assertThat(t.toString())
                                    .doesNotContain(CLIENT_SECRET)
                                    .doesNotContain("Atc|scripted");
                        }
                    });
        }
    }
}
