package com.example.reminderskill.messaging;

import static com.example.reminderskill.messaging.ScriptedServer.MESSAGES_PATH;
import static com.example.reminderskill.messaging.ScriptedServer.TOKEN_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.reminderskill.emulator.AlexaEmulator;
import com.example.reminderskill.messaging.SkillMessage.Operation;
import com.example.reminderskill.retry.RetryPolicy;
import com.example.reminderskill.testing.FakeTime;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sender against the real emulator: Login with Amazon, Skill Messaging, and the
 * {@code Messaging.MessageReceived} request the skill then gets. A counting proxy in front of the
 * emulator shows how many tokens the sender asked for.
 */
class SkillMessageSenderEmulatorTest {

    private static final String SKILL = "amzn1.ask.skill.sender-emulator-test";
    private static final String CLIENT_ID = "amzn1.application-oa2-client.sender-emulator-test";
    private static final String CLIENT_SECRET = "sender-emulator-secret-0123456789";
    private static final String USER = "amzn1.ask.account.SENDER-EMULATOR-TEST";
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<String> delivered = new CopyOnWriteArrayList<>();
    private final FakeTime time = new FakeTime(NOW);
    private AlexaEmulator emulator;
    private ScriptedServer proxy;

    @AfterEach
    void stop() {
        if (proxy != null) {
            proxy.close();
        }
        if (emulator != null) {
            emulator.close();
        }
    }

    /** An emulator whose skill records and acknowledges what it gets, with USER known to the skill, behind a counting proxy. */
    private SkillMessageSender senderThroughProxy() {
        emulator = AlexaEmulator.builder()
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .skillCredentials(SKILL, CLIENT_ID, CLIENT_SECRET)
                .skillEndpoint(envelope -> delivered.add(envelope))
                .start();
        emulator.mintToken(SKILL, USER, true, Set.of("alexa::alerts:reminders:skill:readwrite"));
        proxy = ScriptedServer.proxyTo(emulator.baseUri());
        return sender(proxy.baseUri(), new SkillMessagingCredentials(CLIENT_ID, CLIENT_SECRET));
    }

    private SkillMessageSender sender(URI base, SkillMessagingCredentials credentials) {
        return SkillMessageSender.builder(SkillMessagingEndpoints.localEmulator(base), credentials)
                .httpClient(HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .build())
                .clock(time)
                .sleeper(time)
                .retryPolicy(new RetryPolicy(
                        Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofSeconds(4), 3))
                .random(new SplittableRandom(3))
                .build();
    }

    /** The {@code request.message} of each {@code Messaging.MessageReceived} the skill got. */
    private List<JsonNode> deliveredMessages() throws InterruptedException {
        emulator.awaitDelivery(PATIENCE);
        return delivered.stream()
                .map(SkillMessageSenderEmulatorTest::parse)
                .filter(envelope -> envelope.at("/request/type").asText().equals("Messaging.MessageReceived"))
                .map(envelope -> envelope.at("/request/message"))
                .toList();
    }

    static Stream<SkillMessage> messages() {
        return Stream.of(
                SkillMessage.builder(Operation.GET).build(),
                SkillMessage.builder(Operation.UPDATE)
                        .alertToken("806d8d7d-f45a-4779-91d8-c56fb6efca93")
                        .clientReference("match-42-moved")
                        .text("Match day: Arsenal v Spurs")
                        .scheduledTime(LocalDateTime.parse("2026-11-29T15:00:00"))
                        .timeZone(ZoneId.of("Europe/London"))
                        .recurrenceRules(List.of())
                        .build(),
                SkillMessage.builder(Operation.DELETE)
                        .externalReference("match-42")
                        .build());
    }

    @ParameterizedTest
    @MethodSource("messages")
    void send_isAccepted_andTheSkillReceivesExactlyTheMessagesData(SkillMessage message) throws InterruptedException {
        SkillMessageSender sender = senderThroughProxy();

        sender.send(USER, message, Duration.ofSeconds(60));

        List<JsonNode> received = deliveredMessages();
        assertThat(received).containsExactly(message.toData());
        assertThat(SkillMessage.fromData(received.get(0))).isEqualTo(message);
    }

    @Test
    void twoSends_useOneLwaToken() throws InterruptedException {
        SkillMessageSender sender = senderThroughProxy();

        sender.send(
                USER,
                SkillMessage.builder(Operation.GET).clientReference("first").build(),
                Duration.ofSeconds(60));
        sender.send(
                USER,
                SkillMessage.builder(Operation.GET).clientReference("second").build(),
                Duration.ofSeconds(60));

        assertThat(proxy.requests(TOKEN_PATH)).hasSize(1);
        assertThat(proxy.requests(MESSAGES_PATH)).hasSize(2);
        assertThat(deliveredMessages())
                .extracting(data -> data.path("clientReference").asText())
                .containsExactlyInAnyOrder("first", "second");
    }

    @Test
    void tokenTheEmulatorConsidersExpired_isRenewedOnceAndTheMessageSent() throws InterruptedException {
        SkillMessageSender sender = senderThroughProxy();
        sender.send(
                USER,
                SkillMessage.builder(Operation.GET).clientReference("before").build(),
                Duration.ofSeconds(60));
        // Emulated time moves an hour while the sender's clock stands still: its cached token is refused with 403.
        emulator.advance(Duration.ofHours(1));

        sender.send(
                USER,
                SkillMessage.builder(Operation.GET).clientReference("after").build(),
                Duration.ofSeconds(60));

        assertThat(proxy.requests(TOKEN_PATH)).hasSize(2);
        assertThat(proxy.requests(MESSAGES_PATH)).hasSize(3);
        assertThat(time.sleeps()).isEmpty();
        assertThat(deliveredMessages())
                .extracting(data -> data.path("clientReference").asText())
                .contains("after");
    }

    @Test
    void userTheSkillDoesNotHave_is404NotRetried() {
        SkillMessageSender sender = senderThroughProxy();

        assertThatThrownBy(() -> sender.send(
                        "amzn1.ask.account.NOBODY",
                        SkillMessage.builder(Operation.GET).build(),
                        Duration.ofSeconds(60)))
                .isInstanceOfSatisfying(SkillMessagingException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(404);
                    assertThat(e.code()).isEqualTo("NOT_FOUND");
                    assertThat(e.detail()).contains("amzn1.ask.account.NOBODY");
                    assertThat(e.getMessage()).doesNotContain(CLIENT_SECRET).doesNotContain("Atc|");
                });
        assertThat(proxy.requests(MESSAGES_PATH)).hasSize(1);
    }

    @Test
    void wrongSecret_isLwasInvalidClient_andNeverShowsEitherSecret() {
        senderThroughProxy();
        SkillMessageSender sender =
                sender(proxy.baseUri(), new SkillMessagingCredentials(CLIENT_ID, "wrong-secret-0123456789"));

        assertThatThrownBy(() ->
                        sender.send(USER, SkillMessage.builder(Operation.GET).build(), Duration.ofSeconds(60)))
                .isInstanceOfSatisfying(SkillMessagingException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(401);
                    assertThat(e.code()).isEqualTo("invalid_client");
                    assertThat(e.toString())
                            .doesNotContain("wrong-secret-0123456789")
                            .doesNotContain(CLIENT_SECRET);
                });
        assertThat(proxy.requests(TOKEN_PATH)).hasSize(1);
        assertThat(proxy.requests(MESSAGES_PATH)).isEmpty();
    }

    @Test
    void throttledByTheEmulator_isRetriedAfterTheSecondPasses() throws InterruptedException {
        emulator = AlexaEmulator.builder()
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .maxRequestsPerSecond(1)
                .skillCredentials(SKILL, CLIENT_ID, CLIENT_SECRET)
                .skillEndpoint(envelope -> delivered.add(envelope))
                .start();
        emulator.mintToken(SKILL, USER, true, Set.of());
        proxy = ScriptedServer.proxyTo(emulator.baseUri());
        SkillMessageSender sender = SkillMessageSender.builder(
                        SkillMessagingEndpoints.localEmulator(proxy.baseUri()),
                        new SkillMessagingCredentials(CLIENT_ID, CLIENT_SECRET))
                .clock(time)
                // The emulator's rate window moves with emulated time: each pause moves it on.
                .sleeper(pause -> {
                    time.sleep(pause);
                    emulator.advance(Duration.ofSeconds(1));
                })
                .random(new SplittableRandom(3))
                .build();
        sender.send(
                USER,
                SkillMessage.builder(Operation.GET).clientReference("first").build(),
                Duration.ofSeconds(60));

        sender.send(
                USER,
                SkillMessage.builder(Operation.GET).clientReference("second").build(),
                Duration.ofSeconds(60));

        assertThat(proxy.requests(MESSAGES_PATH)).hasSize(3);
        assertThat(time.sleeps()).hasSize(1);
        assertThat(deliveredMessages())
                .extracting(data -> data.path("clientReference").asText())
                .containsExactlyInAnyOrder("first", "second");
    }

    private static JsonNode parse(String envelope) {
        try {
            return MAPPER.readTree(envelope);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
