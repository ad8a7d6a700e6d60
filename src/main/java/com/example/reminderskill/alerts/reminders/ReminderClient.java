package com.example.reminderskill.alerts.reminders;

import com.amazon.ask.model.services.reminderManagement.AlertInfo;
import com.amazon.ask.model.services.reminderManagement.GetRemindersResponse;
import com.amazon.ask.model.services.reminderManagement.ReminderRequest;
import com.amazon.ask.model.services.reminderManagement.ReminderResponse;
import com.amazon.ask.model.services.reminderManagement.Trigger;
import com.amazon.ask.model.services.reminderManagement.TriggerType;
import com.example.reminderskill.alerts.AlexaApiAccess;
import com.example.reminderskill.alerts.AlexaApiClientBuilder;
import com.example.reminderskill.alerts.AlexaApiException;
import com.example.reminderskill.alerts.ApiEndpoints;
import com.example.reminderskill.alerts.ErrorCode;
import com.example.reminderskill.alerts.ServiceCall;
import com.example.reminderskill.retry.Retrier;
import com.example.reminderskill.retry.RetryableException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Reminders API for the skill: the SDK's {@code ReminderManagementServiceClient} behind
 * local validation, a trusted regional endpoint, retries inside a time budget and typed errors.
 * Every method throws {@link AlexaApiException} on failure. Thread-safe; build one and share it.
 */
public final class ReminderClient {

    private static final String REMINDERS_PATH = "/v1/alerts/reminders";
    /** Pages followed at most: 500 reminders per user is the service's limit. */
    private static final int MAX_PAGES = 20;
    /** How far the service's clock may lag ours when recognising a reminder we created. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    private final ApiEndpoints endpoints;
    private final Clock clock;
    private final Retrier retrier;
    private final ServiceCall calls;
    private final ReminderRequestValidator validator = new ReminderRequestValidator();

    private ReminderClient(Builder builder) {
        this.calls = builder.serviceCall();
        this.endpoints = builder.endpoints();
        this.clock = builder.clock();
        this.retrier = builder.retrier();
    }

    /**
     * Builds the Reminders API serializer with what a first create writes and reads (tens of
     * milliseconds of a cold create), discarding both: for a second core while the first is busy.
     */
    public static void warmUp() {
        ServiceCall.warmUp(
                SpokenReminders.request(
                        Instant.EPOCH,
                        Trigger.builder()
                                .withType(TriggerType.SCHEDULED_RELATIVE)
                                .withOffsetInSeconds(60)
                                .build(),
                        "en-US",
                        "warm-up"),
                "{\"alertToken\":\"warm-up\",\"createdTime\":\"1970-01-01T00:00:00.000Z\","
                        + "\"updatedTime\":\"1970-01-01T00:00:00.000Z\",\"status\":\"ON\",\"version\":\"1\","
                        + "\"href\":\"/v1/alerts/reminders/warm-up\"}",
                ReminderResponse.class);
    }

    public static Builder builder(ApiEndpoints endpoints) {
        return new Builder(endpoints);
    }

    /**
     * Creates a reminder, judging a trigger without {@code timeZoneId} in the device's zone; without
     * it, a time counts as past only when it is past everywhere.
     */
    public ReminderReceipt create(AlexaApiAccess access, ReminderRequest request, Optional<ZoneId> deviceTimeZone) {
        Objects.requireNonNull(request, "request");
        validator.validate(
                calls.serializer().toTree(request), ValidationContext.forCreate(clock.instant(), deviceTimeZone));
        String base = endpoints.resolve(access.apiEndpoint());
        Instant notBefore = clock.instant().minus(CLOCK_SKEW);
        // A create is not idempotent: after an unknown outcome, look for the reminder before sending again.
        return retrier.call(
                "create reminder",
                (timeout, earlierMayHaveTakenEffect) ->
                        send(base, access, timeout, client -> ReminderReceipt.from(client.createReminder(request))),
                RetryableException::outcomeUnknown,
                timeout -> findCreated(base, access, request, notBefore, timeout));
    }

    /** Replaces a reminder, judging a trigger without {@code timeZoneId} as {@link #create} does. */
    public ReminderReceipt update(
            AlexaApiAccess access, String alertToken, ReminderRequest request, Optional<ZoneId> deviceTimeZone) {
        requireToken(alertToken);
        Objects.requireNonNull(request, "request");
        validator.validate(
                calls.serializer().toTree(request), ValidationContext.forUpdate(clock.instant(), deviceTimeZone));
        String base = endpoints.resolve(access.apiEndpoint());
        return retrier.call(
                "update reminder",
                (timeout, earlierMayHaveTakenEffect) -> send(
                        base,
                        access,
                        timeout,
                        client -> ReminderReceipt.from(client.updateReminder(alertToken, request))));
    }

    public Reminder get(AlexaApiAccess access, String alertToken) {
        requireToken(alertToken);
        String base = endpoints.resolve(access.apiEndpoint());
        return retrier.call(
                "get reminder",
                (timeout, earlierMayHaveTakenEffect) ->
                        send(base, access, timeout, client -> Reminder.from(client.getReminder(alertToken))));
    }

    /** All the skill's reminders for this user, active and recently completed, following {@code links} pages. */
    public List<Reminder> list(AlexaApiAccess access) {
        String base = endpoints.resolve(access.apiEndpoint());
        return retrier.call("list reminders", (timeout, earlierMayHaveTakenEffect) -> listAll(base, access, timeout));
    }

    /** Deletes an active reminder; a retry that finds it gone after an unknown outcome counts as done. */
    public void delete(AlexaApiAccess access, String alertToken) {
        requireToken(alertToken);
        String base = endpoints.resolve(access.apiEndpoint());
        retrier.call("delete reminder", (timeout, earlierMayHaveTakenEffect) -> {
            try {
                return send(base, access, timeout, client -> {
                    client.deleteReminder(alertToken);
                    return Boolean.TRUE;
                });
            } catch (AlexaApiException e) {
                if (e.errorCode() == ErrorCode.ALERT_NOT_FOUND && earlierMayHaveTakenEffect) {
                    return Boolean.TRUE;
                }
                throw e;
            }
        });
    }

    private <T> T send(String base, AlexaApiAccess access, Duration timeout, Function<ReminderServiceClient, T> call) {
        return calls.send(base, access, timeout, ReminderServiceClient::new, call);
    }

    private List<Reminder> listAll(String base, AlexaApiAccess access, Duration timeout) {
        return send(base, access, timeout, client -> {
            List<Reminder> reminders = new ArrayList<>();
            Set<String> visited = new HashSet<>(Set.of(REMINDERS_PATH));
            GetRemindersResponse page = client.getReminders();
            for (int pages = 1; page != null; pages++) {
                if (page.getAlerts() != null) {
                    page.getAlerts().forEach(alert -> reminders.add(Reminder.from(alert)));
                }
                Optional<String> next = nextPage(base, page.getLinks()).filter(visited::add);
                page = next.isPresent() && pages < MAX_PAGES ? client.getRemindersPage(next.get()) : null;
            }
            return List.copyOf(reminders);
        });
    }

    /**
     * The path of the next page, when {@code links} names one on the same host under the
     * reminders path; anything else (the reference's placeholder text, another host) ends paging,
     * so the token is never sent elsewhere.
     */
    static Optional<String> nextPage(String base, String links) {
        if (links == null || links.isBlank()) {
            return Optional.empty();
        }
        try {
            URI origin = URI.create(base + REMINDERS_PATH);
            URI next = origin.resolve(links.trim()).normalize();
            boolean sameOrigin = Objects.equals(origin.getScheme(), next.getScheme())
                    && Objects.equals(origin.getRawAuthority(), next.getRawAuthority());
            String path = Objects.toString(next.getRawPath(), "");
            String prefix = Objects.toString(URI.create(base).getRawPath(), "") + REMINDERS_PATH;
            if (!sameOrigin || !(path.equals(prefix) || path.startsWith(prefix + "/"))) {
                return Optional.empty();
            }
            String relative = path.substring(prefix.length() - REMINDERS_PATH.length());
            return Optional.of(next.getRawQuery() == null ? relative : relative + "?" + next.getRawQuery());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The newest reminder created since the first attempt with the same trigger and content, if any. */
    private Optional<ReminderReceipt> findCreated(
            String base, AlexaApiAccess access, ReminderRequest request, Instant notBefore, Duration timeout) {
        return listAll(base, access, timeout).stream()
                .filter(reminder -> reminder.createdTime()
                        .map(created -> !created.isBefore(notBefore))
                        .orElse(false))
                .filter(reminder -> sameTrigger(request.getTrigger(), reminder.trigger()))
                .filter(reminder -> spokenContent(request.getAlertInfo())
                        .equals(reminder.alertInfo()
                                .map(ReminderClient::spokenContent)
                                .orElse(Set.of())))
                .max(Comparator.comparing(reminder -> reminder.createdTime().orElse(Instant.MIN)))
                .map(ReminderReceipt::from);
    }

    private static boolean sameTrigger(Trigger requested, Optional<Trigger> found) {
        if (found.isEmpty()
                || !Objects.equals(requested.getTypeAsString(), found.get().getTypeAsString())) {
            return false;
        }
        // The service computes the time of a relative trigger itself; content and creation time identify those.
        return "SCHEDULED_RELATIVE".equals(requested.getTypeAsString())
                || Objects.equals(requested.getScheduledTime(), found.get().getScheduledTime());
    }

    private static Set<String> spokenContent(AlertInfo alertInfo) {
        if (alertInfo == null
                || alertInfo.getSpokenInfo() == null
                || alertInfo.getSpokenInfo().getContent() == null) {
            return Set.of();
        }
        return alertInfo.getSpokenInfo().getContent().stream()
                .map(text -> text.getLocale() + "\u0000" + text.getText())
                .collect(Collectors.toUnmodifiableSet());
    }

    private static void requireToken(String alertToken) {
        if (alertToken == null || alertToken.isBlank()) {
            throw new IllegalArgumentException("alertToken must not be blank");
        }
    }

    /** Configures a {@link ReminderClient}; everything but the endpoints has a production default. */
    public static final class Builder extends AlexaApiClientBuilder<Builder> {
        private Builder(ApiEndpoints endpoints) {
            super(endpoints);
        }

        public ReminderClient build() {
            return new ReminderClient(this);
        }
    }
}
