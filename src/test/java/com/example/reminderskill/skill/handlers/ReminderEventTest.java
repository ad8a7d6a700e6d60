package com.example.reminderskill.skill.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.services.reminderManagement.Event;
import com.amazon.ask.model.services.reminderManagement.ReminderCreatedEventRequest;
import com.amazon.ask.model.services.reminderManagement.ReminderDeletedEvent;
import com.amazon.ask.model.services.reminderManagement.ReminderDeletedEventRequest;
import com.amazon.ask.model.services.reminderManagement.ReminderStartedEventRequest;
import com.amazon.ask.model.services.reminderManagement.ReminderStatusChangedEventRequest;
import com.amazon.ask.model.services.reminderManagement.ReminderUpdatedEventRequest;
import com.amazon.ask.model.services.reminderManagement.Status;
import com.example.reminderskill.skill.handlers.ReminderEvent.Kind;
import com.example.reminderskill.store.KeptReminder;
import com.example.reminderskill.store.ReminderState;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link ReminderEvent}: reading the SDK's event requests, and what each event does to a kept reminder. */
class ReminderEventTest {

    private static final String USER = "amzn1.ask.account.event-test";
    private static final String TOKEN = "token-1";
    private static final Instant T = Instant.parse("2026-11-22T10:00:00Z");
    private static final OffsetDateTime T_OFFSET = OffsetDateTime.of(2026, 11, 22, 11, 0, 0, 0, ZoneOffset.ofHours(1));
    private static final Instant NOW = Instant.parse("2026-11-22T10:05:00Z");
    private static final Instant CREATED_AT = Instant.parse("2026-11-20T08:00:00Z");

    // ---- from(Request) -------------------------------------------------------------------------

    static Stream<Arguments> eventRequests() {
        return Stream.of(
                Arguments.of(created(T_OFFSET, event(TOKEN, "ON")), Kind.CREATED, Optional.of(ReminderState.ON)),
                Arguments.of(updated(T_OFFSET, event(TOKEN, "ON")), Kind.UPDATED, Optional.of(ReminderState.ON)),
                Arguments.of(
                        statusChanged(T_OFFSET, event(TOKEN, "COMPLETED")),
                        Kind.STATUS_CHANGED,
                        Optional.of(ReminderState.COMPLETED)),
                Arguments.of(started(T_OFFSET, event(TOKEN, null)), Kind.STARTED, Optional.empty()));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("eventRequests")
    void from_singleTokenRequest_readsKindTokenStatusAndTimestamp(
            Request request, Kind kind, Optional<ReminderState> status) {
        ReminderEvent event = ReminderEvent.from(request).orElseThrow();

        assertThat(event.kind()).isEqualTo(kind);
        assertThat(event.alertTokens()).containsExactly(TOKEN);
        assertThat(event.status()).isEqualTo(status);
        assertThat(event.timestamp()).isEqualTo(T);
    }

    @Test
    void from_deletedRequest_readsEveryToken() {
        ReminderEvent event =
                ReminderEvent.from(deleted(T_OFFSET, List.of("a", "b", "c"))).orElseThrow();

        assertThat(event.kind()).isEqualTo(Kind.DELETED);
        assertThat(event.alertTokens()).containsExactly("a", "b", "c");
        assertThat(event.status()).isEmpty();
        assertThat(event.timestamp()).isEqualTo(T);
    }

    @Test
    void from_deletedRequestWithNullToken_skipsIt() {
        ReminderEvent event = ReminderEvent.from(deleted(T_OFFSET, Arrays.asList("a", null, "b")))
                .orElseThrow();

        assertThat(event.alertTokens()).containsExactly("a", "b");
    }

    @Test
    void from_statusAsSdkEnum_readsIt() {
        Event body = Event.builder()
                .withAlertToken(TOKEN)
                .withStatus(Status.COMPLETED)
                .build();

        assertThat(ReminderEvent.from(statusChanged(T_OFFSET, body))
                        .orElseThrow()
                        .status())
                .contains(ReminderState.COMPLETED);
    }

    static Stream<Arguments> requestsWithoutEvent() {
        return Stream.of(
                Arguments.of("created without token", created(T_OFFSET, event(null, "ON"))),
                Arguments.of("updated with blank token", updated(T_OFFSET, event("  ", "ON"))),
                Arguments.of("status changed without body", statusChanged(T_OFFSET, null)),
                Arguments.of("started without timestamp", started(null, event(TOKEN, null))),
                Arguments.of("created without timestamp", created(null, event(TOKEN, "ON"))),
                Arguments.of("deleted with empty token list", deleted(T_OFFSET, List.of())),
                Arguments.of("deleted with only null tokens", deleted(T_OFFSET, Arrays.asList((String) null))),
                Arguments.of(
                        "deleted without token list",
                        ReminderDeletedEventRequest.builder()
                                .withRequestId("r")
                                .withTimestamp(T_OFFSET)
                                .withBody(ReminderDeletedEvent.builder().build())
                                .build()),
                Arguments.of(
                        "deleted without body",
                        ReminderDeletedEventRequest.builder()
                                .withRequestId("r")
                                .withTimestamp(T_OFFSET)
                                .build()),
                Arguments.of("deleted without timestamp", deleted(null, List.of(TOKEN))),
                Arguments.of(
                        "launch request",
                        LaunchRequest.builder()
                                .withRequestId("r")
                                .withTimestamp(T_OFFSET)
                                .build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requestsWithoutEvent")
    void from_requestWithoutUsableEvent_isEmpty(String situation, Request request) {
        assertThat(ReminderEvent.from(request)).isEmpty();
    }

    static Stream<Arguments> statuses() {
        return Stream.of(
                Arguments.of("ON", Optional.of(ReminderState.ON)),
                Arguments.of("COMPLETED", Optional.of(ReminderState.COMPLETED)),
                Arguments.of("OFF", Optional.of(ReminderState.COMPLETED)),
                Arguments.of("DEFERRED", Optional.empty()),
                Arguments.of("SNOOZED_FOREVER", Optional.empty()),
                Arguments.of("on", Optional.empty()),
                Arguments.of(null, Optional.empty()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("statuses")
    void state_mapsReportedStatus(String status, Optional<ReminderState> expected) {
        assertThat(ReminderEvent.state(status)).isEqualTo(expected);
        assertThat(ReminderEvent.from(updated(T_OFFSET, event(TOKEN, status)))
                        .orElseThrow()
                        .status())
                .isEqualTo(expected);
    }

    // ---- applyTo -------------------------------------------------------------------------------

    @Test
    void applyTo_created_onlyRecordsEventTime() {
        KeptReminder current = kept().withState(ReminderState.COMPLETED, CREATED_AT);

        KeptReminder next =
                eventAt(Kind.CREATED, Optional.of(ReminderState.ON), T).applyTo(current, NOW);

        assertThat(next.state()).isEqualTo(ReminderState.COMPLETED);
        assertThat(next.lastEventAt()).contains(T);
        assertThat(next.lastStartedAt()).isEmpty();
        assertThat(next.updatedAt()).isEqualTo(NOW);
        assertThat(next.text()).contains("stretch");
    }

    @Test
    void applyTo_updatedWithStatus_setsStateAndEventTime() {
        KeptReminder current = kept().withState(ReminderState.COMPLETED, CREATED_AT);

        KeptReminder next =
                eventAt(Kind.UPDATED, Optional.of(ReminderState.ON), T).applyTo(current, NOW);

        assertThat(next.state()).isEqualTo(ReminderState.ON);
        assertThat(next.lastEventAt()).contains(T);
        assertThat(next.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void applyTo_statusChangedCompleted_completesIt() {
        KeptReminder next = eventAt(Kind.STATUS_CHANGED, Optional.of(ReminderState.COMPLETED), T)
                .applyTo(kept(), NOW);

        assertThat(next.state()).isEqualTo(ReminderState.COMPLETED);
        assertThat(next.lastEventAt()).contains(T);
    }

    @ParameterizedTest
    @EnumSource(
            value = Kind.class,
            names = {"UPDATED", "STATUS_CHANGED"})
    void applyTo_changeWithoutStatus_keepsStateButRecordsEventTime(Kind kind) {
        KeptReminder current = kept().withState(ReminderState.COMPLETED, CREATED_AT);

        KeptReminder next = eventAt(kind, Optional.empty(), T).applyTo(current, NOW);

        assertThat(next.state()).isEqualTo(ReminderState.COMPLETED);
        assertThat(next.lastEventAt()).contains(T);
    }

    @Test
    void applyTo_started_setsLastStartedAtAndLastEventAt() {
        KeptReminder next = eventAt(Kind.STARTED, Optional.empty(), T).applyTo(kept(), NOW);

        assertThat(next.lastStartedAt()).contains(T);
        assertThat(next.lastEventAt()).contains(T);
        assertThat(next.state()).isEqualTo(ReminderState.ON);
        assertThat(next.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void applyTo_deleted_marksItDeleted() {
        KeptReminder next = new ReminderEvent(Kind.DELETED, List.of(TOKEN), Optional.empty(), T).applyTo(kept(), NOW);

        assertThat(next.state()).isEqualTo(ReminderState.DELETED);
        assertThat(next.lastEventAt()).contains(T);
    }

    @Test
    void applyTo_unknownReminder_startsFromEvent() {
        KeptReminder unknown = KeptReminder.unknown(USER, TOKEN, NOW);

        KeptReminder next = eventAt(Kind.STATUS_CHANGED, Optional.of(ReminderState.COMPLETED), T)
                .applyTo(unknown, NOW);

        assertThat(next.state()).isEqualTo(ReminderState.COMPLETED);
        assertThat(next.lastEventAt()).contains(T);
        assertThat(next.text()).isEmpty();
        assertThat(next.revision()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void applyTo_olderEvent_returnsSameInstance(Kind kind) {
        KeptReminder current = kept().withLastEventAt(T, CREATED_AT);

        KeptReminder next = eventAt(kind, Optional.of(ReminderState.COMPLETED), T.minusSeconds(1))
                .applyTo(current, NOW);

        assertThat(next).isSameAs(current);
    }

    @Test
    void applyTo_eventOfSameSecond_applies() {
        KeptReminder current = kept().withLastEventAt(T, CREATED_AT);

        KeptReminder next = eventAt(Kind.STATUS_CHANGED, Optional.of(ReminderState.COMPLETED), T)
                .applyTo(current, NOW);

        assertThat(next).isNotSameAs(current);
        assertThat(next.state()).isEqualTo(ReminderState.COMPLETED);
        assertThat(next.lastEventAt()).contains(T);
    }

    @Test
    void applyTo_newerEvent_movesLastEventAtForward() {
        KeptReminder current = kept().withLastEventAt(T, CREATED_AT);

        KeptReminder next =
                eventAt(Kind.STARTED, Optional.empty(), T.plusSeconds(60)).applyTo(current, NOW);

        assertThat(next.lastEventAt()).contains(T.plusSeconds(60));
        assertThat(next.lastStartedAt()).contains(T.plusSeconds(60));
    }

    static Stream<Arguments> anyEvent() {
        return Stream.of(Kind.values())
                .flatMap(kind -> Stream.of(
                        Arguments.of(kind, Optional.of(ReminderState.ON), T.plusSeconds(3600)),
                        Arguments.of(kind, Optional.of(ReminderState.COMPLETED), T.plusSeconds(3600)),
                        Arguments.of(kind, Optional.empty(), T),
                        Arguments.of(kind, Optional.of(ReminderState.ON), T.minusSeconds(3600))));
    }

    @ParameterizedTest(name = "{0} {1} at {2}")
    @MethodSource("anyEvent")
    void applyTo_deletedReminder_neverChanges(Kind kind, Optional<ReminderState> status, Instant at) {
        KeptReminder deleted =
                kept().withState(ReminderState.DELETED, CREATED_AT).withLastEventAt(T, CREATED_AT);

        assertThat(eventAt(kind, status, at).applyTo(deleted, NOW)).isSameAs(deleted);
    }

    @Test
    void applyTo_deletedReminderWithoutEventTime_neverChanges() {
        KeptReminder deleted = kept().withState(ReminderState.DELETED, CREATED_AT);

        assertThat(eventAt(Kind.UPDATED, Optional.of(ReminderState.ON), T).applyTo(deleted, NOW))
                .isSameAs(deleted);
    }

    @Test
    void applyTo_keepsIdentityTextTriggerReferenceAndRevision() {
        KeptReminder current = new KeptReminder(
                USER,
                TOKEN,
                Optional.of("stretch"),
                Optional.of("{\"type\":\"SCHEDULED_RELATIVE\"}"),
                ReminderState.ON,
                Optional.of("match-42"),
                Optional.empty(),
                Optional.empty(),
                CREATED_AT,
                3);

        KeptReminder next = eventAt(Kind.STATUS_CHANGED, Optional.of(ReminderState.COMPLETED), T)
                .applyTo(current, NOW);

        assertThat(next.userId()).isEqualTo(USER);
        assertThat(next.alertToken()).isEqualTo(TOKEN);
        assertThat(next.text()).contains("stretch");
        assertThat(next.trigger()).contains("{\"type\":\"SCHEDULED_RELATIVE\"}");
        assertThat(next.externalReference()).contains("match-42");
        assertThat(next.revision()).isEqualTo(3);
    }

    @Test
    void constructor_copiesTokenList() {
        List<String> tokens = new ArrayList<>(List.of("a"));
        ReminderEvent event = new ReminderEvent(Kind.DELETED, tokens, Optional.empty(), T);
        tokens.add("b");

        assertThat(event.alertTokens()).containsExactly("a");
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static KeptReminder kept() {
        return KeptReminder.unknown(USER, TOKEN, CREATED_AT).withText("stretch", CREATED_AT);
    }

    private static ReminderEvent eventAt(Kind kind, Optional<ReminderState> status, Instant at) {
        return new ReminderEvent(kind, List.of(TOKEN), status, at);
    }

    private static Event event(String token, String status) {
        Event.Builder builder = Event.builder().withAlertToken(token);
        if (status != null) {
            builder.withStatus(status);
        }
        return builder.build();
    }

    private static Request created(OffsetDateTime at, Event body) {
        return ReminderCreatedEventRequest.builder()
                .withRequestId("r-created")
                .withTimestamp(at)
                .withBody(body)
                .build();
    }

    private static Request updated(OffsetDateTime at, Event body) {
        return ReminderUpdatedEventRequest.builder()
                .withRequestId("r-updated")
                .withTimestamp(at)
                .withBody(body)
                .build();
    }

    private static Request statusChanged(OffsetDateTime at, Event body) {
        return ReminderStatusChangedEventRequest.builder()
                .withRequestId("r-status")
                .withTimestamp(at)
                .withBody(body)
                .build();
    }

    private static Request started(OffsetDateTime at, Event body) {
        return ReminderStartedEventRequest.builder()
                .withRequestId("r-started")
                .withTimestamp(at)
                .withBody(body)
                .build();
    }

    private static Request deleted(OffsetDateTime at, List<String> tokens) {
        return ReminderDeletedEventRequest.builder()
                .withRequestId("r-deleted")
                .withTimestamp(at)
                .withBody(ReminderDeletedEvent.builder().withAlertTokens(tokens).build())
                .build();
    }
}
