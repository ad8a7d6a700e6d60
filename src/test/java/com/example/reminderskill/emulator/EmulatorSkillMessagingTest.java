package com.example.reminderskill.emulator;

import static com.example.reminderskill.emulator.EmulatorHttp.OTHER_SKILL;
import static com.example.reminderskill.emulator.EmulatorHttp.OTHER_USER;
import static com.example.reminderskill.emulator.EmulatorHttp.SKILL;
import static com.example.reminderskill.emulator.EmulatorHttp.USER;
import static com.example.reminderskill.emulator.EmulatorHttp.relative;
import static com.example.reminderskill.emulator.SkillMessagingHttp.CLIENT_ID;
import static com.example.reminderskill.emulator.SkillMessagingHttp.CLIENT_SECRET;
import static com.example.reminderskill.emulator.SkillMessagingHttp.MESSAGES;
import static com.example.reminderskill.emulator.SkillMessagingHttp.OTHER_CLIENT_ID;
import static com.example.reminderskill.emulator.SkillMessagingHttp.OTHER_CLIENT_SECRET;
import static com.example.reminderskill.emulator.SkillMessagingHttp.PATIENCE;
import static com.example.reminderskill.emulator.SkillMessagingHttp.awaitEvent;
import static com.example.reminderskill.emulator.SkillMessagingHttp.messageBody;
import static com.example.reminderskill.emulator.SkillMessagingHttp.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.reminderskill.emulator.EmulatorEvent.Delivery;
import com.example.reminderskill.emulator.EmulatorHttp.Answer;
import com.example.reminderskill.emulator.SkillMessagingHttp.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The emulated Skill Messaging API: who may send a message to which user, what the skill then
 * receives as {@code Messaging.MessageReceived}, what its token allows out of session, and how
 * a message is sent again until the skill acknowledges it or it expires on the emulator's clock.
 */
class EmulatorSkillMessagingTest extends EmulatorTest {

    private static final String TYPE = "Messaging.MessageReceived";
    private static final String DATA =
            "{\"operation\": \"GET\", \"alertToken\": \"\", \"nested\": {\"list\": [1, \"two\"]}}";

    private final List<String> received = new CopyOnWriteArrayList<>();
    private SkillMessagingHttp messaging;

    private void start(SkillEndpoint endpoint) {
        start(SkillMessagingHttp.emulatorWithSkills().skillEndpoint(endpoint));
    }

    @Override
    protected void start(AlexaEmulator.Builder builder) {
        super.start(builder);
        messaging = new SkillMessagingHttp(emulator.baseUri());
    }

    /** A skill that records what it gets and acknowledges everything. */
    private boolean acknowledging(String envelope) {
        received.add(envelope);
        return true;
    }

    /** The skill messages the skill received, without the reminder events. */
    private List<JsonNode> messages() {
        return received.stream()
                .map(SkillMessagingHttp::parse)
                .filter(envelope -> envelope.at("/request/type").asText().equals(TYPE))
                .toList();
    }

    private String lwaToken() {
        return messaging.lwaToken(CLIENT_ID, CLIENT_SECRET);
    }

    // ---- accepted and delivered ----------------------------------------------------------

    @Test
    void message_isAccepted202_andDeliveredAsMessageReceivedWithTheDataAndNoSession() throws Exception {
        start(this::acknowledging);
        api.token(SKILL, USER);

        Reply answer = messaging.messageWith(lwaToken(), USER, messageBody(DATA, 60L));
        emulator.awaitDelivery(PATIENCE);

        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.text()).isEmpty();
        assertThat(received).hasSize(1);
        JsonNode envelope = parse(received.get(0));
        assertThat(envelope.path("version").asText()).isEqualTo("1.0");
        assertThat(envelope.has("session")).as("no session object").isFalse();
        JsonNode request = envelope.path("request");
        assertThat(request.path("type").asText()).isEqualTo(TYPE);
        assertThat(request.path("requestId").asText()).startsWith("amzn1.echo-api.request.");
        assertThat(request.path("timestamp").asText()).isEqualTo("2026-11-22T10:00:00Z");
        assertThat(request.path("message")).isEqualTo(parse(DATA));
        JsonNode system = envelope.at("/context/System");
        assertThat(system.at("/application/applicationId").asText()).isEqualTo(SKILL);
        assertThat(system.at("/user/userId").asText()).isEqualTo(USER);
        assertThat(system.path("apiEndpoint").asText()).isEqualTo("https://api.amazonalexa.com");
        assertThat(system.path("apiAccessToken").asText()).isNotBlank().doesNotStartWith("Atc|");
        assertThat(system.at("/user/permissions/consentToken").asText())
                .isEqualTo(system.path("apiAccessToken").asText());

        assertThat(emulator.events()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(TYPE);
            assertThat(event.skillId()).isEqualTo(SKILL);
            assertThat(event.userId()).isEqualTo(USER);
            assertThat(event.delivery()).isEqualTo(Delivery.DELIVERED);
            assertThat(event.attempts()).isEqualTo(1);
        });
        JsonNode listed = api.events().get(0);
        assertThat(listed.path("type").asText()).isEqualTo(TYPE);
        assertThat(listed.path("delivery").asText()).isEqualTo("DELIVERED");
        assertThat(listed.at("/request/request/message/operation").asText()).isEqualTo("GET");
    }

    @Test
    void message_withEmptyDataAndNoExpiry_isAcceptedAsTheReferenceAllows() throws Exception {
        start(this::acknowledging);
        api.token(SKILL, USER);

        messaging.messageOk(lwaToken(), USER, messageBody("{}", null));
        emulator.awaitDelivery(PATIENCE);

        assertThat(received)
                .singleElement()
                .satisfies(envelope ->
                        assertThat(parse(envelope).at("/request/message")).isEqualTo(parse("{}")));
    }

    @ParameterizedTest(name = "expiresAfterSeconds {0}")
    @ValueSource(longs = {60, 3600, 86_400})
    void message_withExpiryAtOrInsideTheBounds_isAccepted(long seconds) {
        start(this::acknowledging);
        api.token(SKILL, USER);

        assertThat(messaging
                        .messageWith(lwaToken(), USER, messageBody(DATA, seconds))
                        .status())
                .isEqualTo(202);
    }

    @Test
    void message_forAUserOfEachSkill_goesToThatSkillForThatUser() throws Exception {
        start(this::acknowledging);
        api.token(SKILL, USER);
        api.token(OTHER_SKILL, OTHER_USER);

        messaging.messageOk(lwaToken(), USER, messageBody("{\"n\": 1}", null));
        messaging.messageOk(
                messaging.lwaToken(OTHER_CLIENT_ID, OTHER_CLIENT_SECRET), OTHER_USER, messageBody("{\"n\": 2}", null));
        emulator.awaitDelivery(PATIENCE);

        assertThat(received)
                .extracting(envelope -> parse(envelope))
                .extracting(envelope ->
                        envelope.at("/context/System/application/applicationId").asText() + " "
                                + envelope.at("/context/System/user/userId").asText() + " "
                                + envelope.at("/request/message/n").asInt())
                .containsExactlyInAnyOrder(SKILL + " " + USER + " 1", OTHER_SKILL + " " + OTHER_USER + " 2");
    }

    @Test
    void message_withoutSkillEndpoint_isAcceptedAndOnlyRecorded() throws Exception {
        start(SkillMessagingHttp.emulatorWithSkills());
        api.token(SKILL, USER);

        messaging.messageOk(lwaToken(), USER, messageBody(DATA, null));
        emulator.awaitDelivery(PATIENCE);

        assertThat(emulator.events()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(TYPE);
            assertThat(event.delivery()).isEqualTo(Delivery.NO_ENDPOINT);
            assertThat(event.attempts()).isZero();
        });
    }

    // ---- the token the skill gets ----------------------------------------------------------

    @Test
    void envelopeToken_whileTheSkillHandlesTheMessage_readsAndUpdatesTheUsersReminderButCannotCreateOne()
            throws Exception {
        Map<String, Answer> calls = new ConcurrentHashMap<>();
        start(envelope -> {
            JsonNode request = parse(envelope);
            if (request.at("/request/type").asText().equals(TYPE)) {
                // The skill calls the emulator back before it acknowledges, as a real skill does.
                String token = request.at("/context/System/apiAccessToken").asText();
                String alertToken = request.at("/request/message/alertToken").asText();
                calls.put("get", api.get(token, alertToken));
                calls.put("list", api.list(token));
                calls.put("update", api.update(token, alertToken, relative(7200)));
                calls.put("create", api.create(token, relative(600)));
            }
            return true;
        });
        String alertToken = api.createOk(api.token(SKILL, USER), relative(3600));

        messaging.messageOk(
                lwaToken(),
                USER,
                messageBody("{\"operation\": \"UPDATE\", \"alertToken\": \"" + alertToken + "\"}", 60L));
        emulator.awaitDelivery(PATIENCE);

        assertThat(calls.get("get").status()).isEqualTo(200);
        assertThat(calls.get("get").field("alertToken")).isEqualTo(alertToken);
        assertThat(calls.get("list").status()).isEqualTo(200);
        assertThat(calls.get("update").status()).isEqualTo(200);
        assertThat(calls.get("create").status()).isEqualTo(401);
        assertThat(calls.get("create").code()).isEqualTo("NOT_IN_SESSION");
        assertThat(emulator.events())
                .extracting(EmulatorEvent::type)
                .containsExactly("Reminders.ReminderCreated", TYPE, "Reminders.ReminderUpdated");
    }

    @Test
    void envelopeToken_carriesWhatTheUserLastGrantedTheSkillInSession() throws Exception {
        start(this::acknowledging);
        String alertToken = api.createOk(api.token(SKILL, USER), relative(3600));
        api.token(SKILL, USER, true, null);

        messaging.messageOk(lwaToken(), USER, messageBody(DATA, null));
        emulator.awaitDelivery(PATIENCE);

        JsonNode envelope = messages().get(0);
        String token = envelope.at("/context/System/apiAccessToken").asText();
        assertThat(envelope.at("/context/System/user/permissions").isMissingNode())
                .as("no permissions granted")
                .isTrue();
        Answer answer = api.get(token, alertToken);
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo("UNAUTHORIZED");
    }

    @Test
    void envelopeToken_isNoSkillMessagingToken() throws Exception {
        start(this::acknowledging);
        api.token(SKILL, USER);
        messaging.messageOk(lwaToken(), USER, messageBody(DATA, null));
        emulator.awaitDelivery(PATIENCE);
        String envelopeToken =
                parse(received.get(0)).at("/context/System/apiAccessToken").asText();

        Reply answer = messaging.messageWith(envelopeToken, USER, messageBody(DATA, null));

        assertThat(answer.status()).isEqualTo(403);
    }

    // ---- bad bodies --------------------------------------------------------------------------

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
            strings = {
                "{}",
                "{\"expiresAfterSeconds\": 60}",
                "{\"data\": null}",
                "{\"data\": \"some message\"}",
                "{\"data\": [\"a\", \"b\"]}",
                "{\"data\": 7}",
                "{\"data\": {}, \"expiresAfterSeconds\": 59}",
                "{\"data\": {}, \"expiresAfterSeconds\": 86401}",
                "{\"data\": {}, \"expiresAfterSeconds\": 0}",
                "{\"data\": {}, \"expiresAfterSeconds\": -60}",
                "{\"data\": {}, \"expiresAfterSeconds\": 60.5}",
                "{\"data\": {}, \"expiresAfterSeconds\": \"3600\"}",
                "{\"data\": {}, \"expiresAfterSeconds\": 99999999999999999999}",
                "[{\"data\": {}}]",
                "\"data\"",
                "not json",
                ""
            })
    void message_withBadBody_answers400AndSendsNothing(String body) throws Exception {
        start(this::acknowledging);
        api.token(SKILL, USER);

        Reply answer = messaging.messageWith(lwaToken(), USER, body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("code").asInt()).isEqualTo(400);
        assertThat(answer.field("message")).isNotBlank();
        emulator.awaitDelivery(PATIENCE);
        assertThat(emulator.events()).isEmpty();
        assertThat(received).isEmpty();
    }

    @Test
    void message_withExpiryOutOfBounds_namesTheFieldAndTheBounds() {
        start(this::acknowledging);
        api.token(SKILL, USER);

        Reply answer = messaging.messageWith(lwaToken(), USER, messageBody("{}", 86_401L));

        assertThat(answer.field("message")).contains("expiresAfterSeconds", "60", "86400");
    }

    // ---- who may send ----------------------------------------------------------------------

    @Test
    void message_withoutAuthorization_answers401() {
        start(this::acknowledging);
        api.token(SKILL, USER);

        Reply answer = messaging.message(null, USER, messageBody(DATA, null));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().path("code").asInt()).isEqualTo(401);
        assertThat(emulator.events()).isEmpty();
    }

    @Test
    void message_withTheLwaTokenInABasicHeader_answers401() {
        start(this::acknowledging);
        api.token(SKILL, USER);

        Reply answer = messaging.message("Basic " + lwaToken(), USER, messageBody(DATA, null));

        assertThat(answer.status()).isEqualTo(401);
    }

    @ParameterizedTest(name = "Authorization: {0}")
    @ValueSource(strings = {"Bearer Atc|emulator.never-issued", "Bearer " + CLIENT_SECRET, "bearer Atc|emulator.x"})
    void message_withATokenLwaNeverIssued_answers403(String authorization) {
        start(this::acknowledging);
        api.token(SKILL, USER);

        Reply answer = messaging.message(authorization, USER, messageBody(DATA, null));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.field("message")).contains("not valid");
        assertThat(emulator.events()).isEmpty();
    }

    @Test
    void message_withARemindersApiAccessTokenInsteadOfAnLwaToken_answers403() {
        start(this::acknowledging);
        String apiAccessToken = api.token(SKILL, USER);

        Reply answer = messaging.messageWith(apiAccessToken, USER, messageBody(DATA, null));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json().path("code").asInt()).isEqualTo(403);
        assertThat(answer.field("message")).contains("not valid");
        assertThat(emulator.events()).isEmpty();
    }

    @Test
    void message_withAnExpiredLwaToken_answers403() {
        start(this::acknowledging);
        String token = lwaToken();
        api.advance(3600);
        api.token(SKILL, USER);

        Reply answer = messaging.messageWith(token, USER, messageBody(DATA, null));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(emulator.events()).isEmpty();
    }

    @Test
    void message_forAUserTheSkillDoesNotHave_answers404() {
        start(this::acknowledging);
        api.token(OTHER_SKILL, OTHER_USER);
        String token = lwaToken();

        Reply unknown = messaging.messageWith(token, "amzn1.ask.account.NOBODY", messageBody(DATA, null));
        Reply otherSkillsUser = messaging.messageWith(token, OTHER_USER, messageBody(DATA, null));

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("code").asInt()).isEqualTo(404);
        assertThat(unknown.field("message")).contains("amzn1.ask.account.NOBODY");
        assertThat(otherSkillsUser.status()).isEqualTo(404);
        assertThat(emulator.events()).isEmpty();
    }

    @Test
    void message_forAUserOnceATokenWasMintedForThem_isAccepted() {
        start(this::acknowledging);
        String token = lwaToken();
        assertThat(messaging
                        .messageWith(token, OTHER_USER, messageBody(DATA, null))
                        .status())
                .isEqualTo(404);

        api.token(SKILL, OTHER_USER, false, null, EmulatorHttp.SCOPE);

        assertThat(messaging
                        .messageWith(token, OTHER_USER, messageBody(DATA, null))
                        .status())
                .isEqualTo(202);
    }

    @Test
    void message_withOtherMethodOrPath_isRefused() {
        start(this::acknowledging);
        api.token(SKILL, USER);
        String bearer = EmulatorHttp.bearer(lwaToken());

        assertThat(messaging.request("GET", MESSAGES + USER, bearer, null, null).status())
                .isEqualTo(405);
        assertThat(messaging
                        .request("POST", MESSAGES, bearer, "application/json", messageBody(DATA, null))
                        .status())
                .isEqualTo(404);
        assertThat(messaging
                        .request("POST", MESSAGES + USER + "/more", bearer, "application/json", messageBody(DATA, null))
                        .status())
                .isEqualTo(404);
    }

    // ---- rate ------------------------------------------------------------------------------

    @Test
    void messages_overThePerSkillRate_answer429UntilTheSecondPasses() {
        start(SkillMessagingHttp.emulatorWithSkills().maxRequestsPerSecond(2).skillEndpoint(this::acknowledging));
        String apiAccessToken = api.token(SKILL, USER);
        api.token(OTHER_SKILL, OTHER_USER);
        String token = lwaToken();
        String otherToken = messaging.lwaToken(OTHER_CLIENT_ID, OTHER_CLIENT_SECRET);

        assertThat(messaging.messageWith(token, USER, messageBody(DATA, null)).status())
                .isEqualTo(202);
        assertThat(messaging.messageWith(token, USER, messageBody(DATA, null)).status())
                .isEqualTo(202);
        Reply throttled = messaging.messageWith(token, USER, messageBody(DATA, null));

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.json().path("code").asInt()).isEqualTo(429);
        assertThat(messaging
                        .messageWith(otherToken, OTHER_USER, messageBody(DATA, null))
                        .status())
                .as("another skill")
                .isEqualTo(202);
        assertThat(api.list(apiAccessToken).status())
                .as("the Reminders API has its own budget")
                .isEqualTo(200);
        assertThat(emulator.events()).as("the throttled message is not queued").hasSize(3);
        api.advance(1);
        assertThat(messaging.messageWith(token, USER, messageBody(DATA, null)).status())
                .isEqualTo(202);
    }

    // ---- redelivery and expiry ---------------------------------------------------------------

    @Test
    void endpointThatAcknowledgesOnTheThirdAttempt_getsTheMessageThreeTimesAndItIsDelivered() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        start(envelope -> {
            received.add(envelope);
            return attempts.incrementAndGet() >= 3;
        });
        api.token(SKILL, USER);

        messaging.messageOk(lwaToken(), USER, messageBody(DATA, 60L));
        emulator.awaitDelivery(PATIENCE);

        assertThat(received).hasSize(3).containsOnly(received.get(0));
        assertThat(emulator.events()).singleElement().satisfies(event -> {
            assertThat(event.attempts()).isEqualTo(3);
            assertThat(event.delivery()).isEqualTo(Delivery.DELIVERED);
        });
        JsonNode listed = api.events().get(0);
        assertThat(listed.path("attempts").asInt()).isEqualTo(3);
        assertThat(listed.path("delivery").asText()).isEqualTo("DELIVERED");
    }

    @Test
    void endpointThatNeverAcknowledges_getsTheMessageUntilItExpiresThenNoMore() throws Exception {
        start(envelope -> {
            received.add(envelope);
            throw new IllegalStateException("skill is down");
        });
        api.token(SKILL, USER);
        messaging.messageOk(lwaToken(), USER, messageBody(DATA, 60L));

        EmulatorEvent event = awaitEvent(emulator, e -> e.attempts() >= 3, "tried three times");
        assertThat(event.delivery())
                .as("still on its way while it has not expired")
                .isEqualTo(Delivery.QUEUED);
        api.advance(59);
        // Two more: the second surely began after the clock moved.
        int beforeTheLastSecond = event.attempts();
        awaitEvent(emulator, e -> e.attempts() > beforeTheLastSecond + 1, "tried again at 59 s");

        api.advance(1);
        emulator.awaitDelivery(PATIENCE);

        assertThat(event.delivery()).isEqualTo(Delivery.FAILED);
        int attempts = event.attempts();
        assertThat(received).hasSize(attempts);
        // FAILED is final: longer than the longest pause between attempts, nothing more arrives.
        Thread.sleep(1_500);
        assertThat(event.attempts()).isEqualTo(attempts);
        assertThat(received).hasSize(attempts);
        JsonNode listed = api.events().get(0);
        assertThat(listed.path("delivery").asText()).isEqualTo("FAILED");
        assertThat(listed.path("attempts").asInt()).isEqualTo(attempts);
    }

    @Test
    void messageWithoutExpiresAfterSeconds_isSentAgainForAnHour() throws Exception {
        start(envelope -> {
            received.add(envelope);
            return false;
        });
        api.token(SKILL, USER);
        messaging.messageOk(lwaToken(), USER, messageBody(DATA, null));
        EmulatorEvent event = awaitEvent(emulator, e -> e.attempts() >= 1, "tried once");

        api.advance(3599);
        int before = event.attempts();
        awaitEvent(emulator, e -> e.attempts() > before + 1, "tried again at 3599 s");
        api.advance(1);
        emulator.awaitDelivery(PATIENCE);

        assertThat(event.delivery()).isEqualTo(Delivery.FAILED);
    }

    @Test
    void redeliveryAfterTheTokenExpired_carriesAFreshTokenInTheSameRequest() throws Exception {
        AtomicBoolean skillUp = new AtomicBoolean(false);
        start(envelope -> {
            received.add(envelope);
            return skillUp.get();
        });
        api.token(SKILL, USER);
        messaging.messageOk(lwaToken(), USER, messageBody(DATA, 86_400L));
        awaitEvent(emulator, e -> e.attempts() >= 1, "tried once");

        api.advance(3601);
        // Two more refusals: the second surely began after the clock moved, so every later attempt has the fresh token.
        int refusedBefore = received.size();
        awaitEvent(emulator, e -> e.attempts() > refusedBefore + 1, "tried twice after the hour");
        skillUp.set(true);
        emulator.awaitDelivery(PATIENCE);

        JsonNode first = parse(received.get(0));
        JsonNode last = parse(received.get(received.size() - 1));
        String firstToken = first.at("/context/System/apiAccessToken").asText();
        String lastToken = last.at("/context/System/apiAccessToken").asText();
        assertThat(lastToken).isNotEqualTo(firstToken);
        assertThat(last.at("/request/requestId").asText())
                .isEqualTo(first.at("/request/requestId").asText());
        assertThat(last.at("/request/message")).isEqualTo(first.at("/request/message"));
        assertThat(api.list(firstToken).code()).isEqualTo("EXPIRED_BEARER_TOKEN");
        assertThat(api.list(lastToken).status()).isEqualTo(200);
        assertThat(emulator.events().get(0).delivery()).isEqualTo(Delivery.DELIVERED);
        assertThat(emulator.events()
                        .get(0)
                        .request()
                        .at("/context/System/apiAccessToken")
                        .asText())
                .isEqualTo(lastToken);
    }

    @Test
    void messageTheSkillKeepsRefusing_doesNotHoldUpReminderEvents() throws Exception {
        start(envelope -> {
            received.add(envelope);
            return !parse(envelope).at("/request/type").asText().equals(TYPE);
        });
        String apiAccessToken = api.token(SKILL, USER);
        messaging.messageOk(lwaToken(), USER, messageBody(DATA, 600L));
        awaitEvent(emulator, e -> e.type().equals(TYPE) && e.attempts() >= 1, "message tried");

        api.createOk(apiAccessToken, relative(600));

        EmulatorEvent created = awaitEvent(
                emulator,
                e -> e.type().equals("Reminders.ReminderCreated") && e.delivery() == Delivery.DELIVERED,
                "reminder event delivered");
        assertThat(created.attempts()).isEqualTo(1);
        assertThat(emulator.events().get(0).delivery())
                .as("the message is still on its way")
                .isEqualTo(Delivery.QUEUED);
        api.advance(600);
        emulator.awaitDelivery(PATIENCE);
        assertThat(emulator.events().get(0).delivery()).isEqualTo(Delivery.FAILED);
    }

    @Test
    void awaitDelivery_withAMessageStillOnItsWay_returnsAfterTheTimeout() throws Exception {
        start(envelope -> false);
        api.token(SKILL, USER);
        messaging.messageOk(lwaToken(), USER, messageBody(DATA, 60L));

        emulator.awaitDelivery(Duration.ofMillis(300));

        assertThat(emulator.events())
                .singleElement()
                .extracting(EmulatorEvent::delivery)
                .isEqualTo(Delivery.QUEUED);
    }
}
