package com.example.reminderskill.emulator;

import static com.example.reminderskill.emulator.EmulatorHttp.SKILL;
import static com.example.reminderskill.emulator.EmulatorHttp.USER;
import static com.example.reminderskill.emulator.EmulatorHttp.absolute;
import static com.example.reminderskill.emulator.EmulatorHttp.relative;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The events the emulator sends to the skill, as the older reference page shows them, and how
 * they are delivered: acknowledged, redelivered, without an endpoint, and out of order on purpose.
 */
class EmulatorEventsTest extends EmulatorTest {

    private final List<String> received = new CopyOnWriteArrayList<>();

    @Test
    void createdUpdatedAndDeletedEvents_haveTheEnvelopeOfTheOlderReferencePage() throws Exception {
        start(EmulatorHttp.emulatorAtNow().skillEndpoint(received::add));
        String token = api.token(SKILL, USER);
        String alertToken = api.createOk(token, relative(3600));
        api.advance(60);
        api.update(token, alertToken, absolute("2026-11-23T07:00:00.000", "Europe/Berlin"));
        api.advance(60);
        api.delete(token, alertToken);
        emulator.awaitDelivery(Duration.ofSeconds(5));

        List<JsonNode> envelopes = parse(received);

        assertThat(envelopes)
                .extracting(envelope -> envelope.at("/request/type").asText())
                .containsExactly("Reminders.ReminderCreated", "Reminders.ReminderUpdated", "Reminders.ReminderDeleted");
        assertThat(envelopes).allSatisfy(envelope -> {
            assertThat(envelope.path("version").asText()).isEqualTo("1.0");
            JsonNode system = envelope.at("/context/System");
            assertThat(system.at("/application/applicationId").asText()).isEqualTo(SKILL);
            assertThat(system.at("/user/userId").asText()).isEqualTo(USER);
            assertThat(system.at("/user/permissions/consentToken").asText()).isNotBlank();
            assertThat(system.path("apiEndpoint").asText()).isEqualTo("https://api.amazonalexa.com");
            assertThat(envelope.at("/request/requestId").asText()).isNotBlank();
            assertThat(envelope.at("/session/attributes").isObject()).isTrue();
        });
        assertThat(envelopes)
                .extracting(envelope -> envelope.at("/request/requestId").asText())
                .doesNotHaveDuplicates();
        assertThat(envelopes)
                .extracting(envelope -> envelope.at("/request/timestamp").asText())
                .containsExactly("2026-11-22T10:00:00Z", "2026-11-22T10:01:00Z", "2026-11-22T10:02:00Z");
        assertThat(envelopes.get(0).at("/request/body/alertToken").asText()).isEqualTo(alertToken);
        assertThat(envelopes.get(1).at("/request/body/alertToken").asText()).isEqualTo(alertToken);
        assertThat(envelopes.get(1).at("/request/body/status").asText()).isEqualTo("ON");
        JsonNode deletedTokens = envelopes.get(2).at("/request/body/alertTokens");
        assertThat(deletedTokens.isArray()).isTrue();
        assertThat(deletedTokens).extracting(JsonNode::asText).containsExactly(alertToken);
        assertThat(envelopes.get(2).at("/request/body/alertToken").isMissingNode())
                .isTrue();
    }

    @Test
    void eventsGoToTheSkillOfTheReminderForItsUser() throws Exception {
        start(EmulatorHttp.emulatorAtNow().skillEndpoint(received::add));
        api.createOk(api.token(SKILL, USER), relative(600));
        api.createOk(api.token(EmulatorHttp.OTHER_SKILL, EmulatorHttp.OTHER_USER), relative(600));
        emulator.awaitDelivery(Duration.ofSeconds(5));

        List<JsonNode> envelopes = parse(received);

        assertThat(envelopes)
                .extracting(envelope ->
                        envelope.at("/context/System/application/applicationId").asText() + " "
                                + envelope.at("/context/System/user/userId").asText())
                .containsExactly(SKILL + " " + USER, EmulatorHttp.OTHER_SKILL + " " + EmulatorHttp.OTHER_USER);
        assertThat(emulator.events())
                .extracting(EmulatorEvent::skillId)
                .containsExactly(SKILL, EmulatorHttp.OTHER_SKILL);
    }

    @Test
    void endpointThatAcknowledgesOnTheThirdAttempt_getsTheEventThreeTimesAndItIsDelivered() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        start(EmulatorHttp.emulatorAtNow().skillEndpoint(envelope -> {
            received.add(envelope);
            return attempts.incrementAndGet() >= 3;
        }));
        api.createOk(api.token(SKILL, USER), relative(600));

        emulator.awaitDelivery(Duration.ofSeconds(5));

        assertThat(received).hasSize(3).containsOnly(received.get(0));
        assertThat(emulator.events()).singleElement().satisfies(event -> {
            assertThat(event.attempts()).isEqualTo(3);
            assertThat(event.delivery()).isEqualTo(EmulatorEvent.Delivery.DELIVERED);
        });
        JsonNode listed = api.events().get(0);
        assertThat(listed.path("attempts").asInt()).isEqualTo(3);
        assertThat(listed.path("delivery").asText()).isEqualTo("DELIVERED");
    }

    @Test
    void endpointThatNeverAcknowledges_getsThreeAttemptsAndTheEventFails() throws Exception {
        start(EmulatorHttp.emulatorAtNow().skillEndpoint(envelope -> {
            received.add(envelope);
            throw new IllegalStateException("skill is down");
        }));
        api.createOk(api.token(SKILL, USER), relative(600));

        emulator.awaitDelivery(Duration.ofSeconds(5));

        assertThat(received).hasSize(3);
        JsonNode listed = api.events().get(0);
        assertThat(listed.path("attempts").asInt()).isEqualTo(3);
        assertThat(listed.path("delivery").asText()).isEqualTo("FAILED");
    }

    @Test
    void withoutEndpoint_eventsAreOnlyRecordedAsNoEndpoint() throws Exception {
        start(EmulatorHttp.emulatorAtNow());
        String token = api.token(SKILL, USER);
        String alertToken = api.createOk(token, relative(60));
        api.advance(60);

        emulator.awaitDelivery(Duration.ofSeconds(5));

        JsonNode events = api.events();
        assertThat(events).hasSize(3);
        assertThat(events).allSatisfy(event -> {
            assertThat(event.path("delivery").asText()).isEqualTo("NO_ENDPOINT");
            assertThat(event.path("attempts").asInt()).isZero();
            assertThat(event.at("/request/request/body/alertToken").asText()).isEqualTo(alertToken);
        });
        assertThat(emulator.events())
                .extracting(EmulatorEvent::delivery)
                .containsOnly(EmulatorEvent.Delivery.NO_ENDPOINT);
    }

    @Test
    void eventChaos_deliversSomeEventsTwiceAndOutOfTheRecordedOrder() throws Exception {
        start(EmulatorHttp.emulatorAtNow().eventChaos(1.0).skillEndpoint(received::add));
        String token = api.token(SKILL, USER);
        List<String> alertTokens = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            alertTokens.add(api.createOk(token, relative(600 + 60 * i)));
        }
        api.update(token, alertTokens.get(0), relative(1200));
        api.delete(token, alertTokens.get(1));
        api.advance(3600);

        emulator.awaitDelivery(Duration.ofSeconds(5));

        List<String> recordedIds = emulator.events().stream()
                .map(event -> event.request().at("/request/requestId").asText())
                .toList();
        List<String> receivedIds = parse(received).stream()
                .map(envelope -> envelope.at("/request/requestId").asText())
                .toList();
        List<String> firstArrivals = receivedIds.stream().distinct().toList();
        Map<String, Long> copies =
                receivedIds.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

        assertThat(recordedIds).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates();
        assertThat(new HashSet<>(receivedIds))
                .as("every recorded event arrives")
                .isEqualTo(new HashSet<>(recordedIds));
        assertThat(receivedIds.size()).as("some arrive twice").isGreaterThan(recordedIds.size());
        assertThat(copies.values()).contains(2L).allMatch(count -> count <= 2);
        assertThat(firstArrivals)
                .as("arrival order differs from the recorded order")
                .isNotEqualTo(recordedIds);
        assertThat(emulator.events()).allSatisfy(event -> {
            assertThat(event.delivery()).isEqualTo(EmulatorEvent.Delivery.DELIVERED);
            assertThat(event.attempts())
                    .isEqualTo(
                            copies.get(event.request().at("/request/requestId").asText())
                                    .intValue());
        });
        assertThat(emulator.events()).extracting(EmulatorEvent::timestamp).isSorted();
    }

    private static List<JsonNode> parse(List<String> envelopes) throws Exception {
        List<JsonNode> parsed = new ArrayList<>();
        for (String envelope : envelopes) {
            parsed.add(EmulatorHttp.MAPPER.readTree(envelope));
        }
        return parsed;
    }
}
