package com.example.reminderskill.skill.handlers;

import com.amazon.ask.model.services.reminderManagement.ReminderRequest;
import com.example.reminderskill.alerts.AlexaApiAccess;
import com.example.reminderskill.alerts.AlexaApiException;
import com.example.reminderskill.alerts.ErrorCode;
import com.example.reminderskill.alerts.reminders.Reminder;
import com.example.reminderskill.alerts.reminders.ReminderClient;
import com.example.reminderskill.messaging.InvalidMessageException;
import com.example.reminderskill.messaging.SkillMessage;
import com.example.reminderskill.store.KeptReminder;
import com.example.reminderskill.store.MessageOutcome;
import com.example.reminderskill.store.MessageOutcome.Result;
import com.example.reminderskill.store.ReminderState;
import com.example.reminderskill.store.StoreException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs what a web app asks through a skill message (GET, UPDATE or DELETE of a user's reminder)
 * against the Reminders API, remembers the result, and records the outcome under the message's
 * client reference (else its request id) for the web app to find. A message whose outcome is
 * already recorded is not run again, unless it failed, so redelivery is safe.
 */
final class OutOfSessionReminders {

    /** How long an outcome stays to be found. */
    static final Duration OUTCOMES_KEPT = Duration.ofDays(7);
    /** A reminder named by an external reference the skill does not know. */
    static final String REFERENCE_NOT_FOUND = "REFERENCE_NOT_FOUND";
    /** The skill's own store failed; the message may be sent again. */
    static final String STORE_FAILED = "STORE_FAILED";

    private static final Logger LOG = LoggerFactory.getLogger(OutOfSessionReminders.class);

    private final ReminderClient reminders;
    private final ReminderMemory memory;
    private final Clock clock;

    OutOfSessionReminders(ReminderClient reminders, ReminderMemory memory, Clock clock) {
        this.reminders = reminders;
        this.memory = memory;
        this.clock = clock;
    }

    /** Runs the message {@code data} for the user and returns its outcome, as recorded. */
    MessageOutcome run(String userId, String requestId, JsonNode data, AlexaApiAccess access) {
        String reference = SkillMessage.clientReferenceOf(data).orElse(requestId);
        Optional<MessageOutcome> earlier = earlierOutcome(userId, reference);
        if (earlier.isPresent() && earlier.get().result() != Result.FAILED) {
            LOG.info("message {} already ran: {}", reference, earlier.get().result());
            return earlier.get();
        }
        MessageOutcome outcome;
        try {
            SkillMessage message = SkillMessage.fromData(data);
            outcome = run(userId, reference, message, access);
        } catch (InvalidMessageException e) {
            LOG.warn("message {} refused: {} {}", reference, e.code(), e.getMessage());
            String operation = Optional.ofNullable(data)
                    .map(json -> json.path("operation").asText(""))
                    .orElse("");
            outcome = outcome(
                    userId,
                    reference,
                    operation,
                    Result.REJECTED,
                    Optional.of(e.code()),
                    Optional.of(e.getMessage()),
                    List.of());
        }
        try {
            memory.store().putOutcome(outcome, clock.instant().plus(OUTCOMES_KEPT));
        } catch (StoreException e) {
            LOG.error("could not record the outcome of message {}: {}", reference, e.getMessage());
        }
        return outcome;
    }

    private Optional<MessageOutcome> earlierOutcome(String userId, String reference) {
        try {
            return memory.store().outcome(userId, reference);
        } catch (StoreException e) {
            LOG.error("could not read the outcome of message {}: {}", reference, e.getMessage());
            return Optional.empty();
        }
    }

    private MessageOutcome run(String userId, String reference, SkillMessage message, AlexaApiAccess access) {
        String operation = message.operation().name();
        try {
            List<KeptReminder> result = switch (message.operation()) {
                case GET -> get(userId, message, access);
                case UPDATE -> List.of(update(userId, message, access));
                case DELETE -> List.of(delete(userId, message, access));
            };
            LOG.info("message {}: {} succeeded", reference, operation);
            return outcome(userId, reference, operation, Result.SUCCEEDED, Optional.empty(), Optional.empty(), result);
        } catch (AlexaApiException e) {
            LOG.warn("message {}: {} failed: {} {}", reference, operation, e.code(), e.detail());
            return outcome(
                    userId,
                    reference,
                    operation,
                    Result.FAILED,
                    Optional.of(e.code()),
                    Optional.of(e.detail()),
                    List.of());
        } catch (InvalidMessageException e) {
            LOG.warn("message {}: {} refused: {} {}", reference, operation, e.code(), e.getMessage());
            return outcome(
                    userId,
                    reference,
                    operation,
                    Result.REJECTED,
                    Optional.of(e.code()),
                    Optional.of(e.getMessage()),
                    List.of());
        } catch (StoreException e) {
            LOG.error("message {}: {} failed in the store: {}", reference, operation, e.getMessage());
            return outcome(
                    userId,
                    reference,
                    operation,
                    Result.FAILED,
                    Optional.of(STORE_FAILED),
                    Optional.of(e.getMessage()),
                    List.of());
        }
    }

    private List<KeptReminder> get(String userId, SkillMessage message, AlexaApiAccess access) {
        if (message.alertToken().isEmpty() && message.externalReference().isEmpty()) {
            return reminders.list(access).stream()
                    .map(reminder -> remembered(userId, reminder))
                    .toList();
        }
        return List.of(remembered(userId, reminders.get(access, target(userId, message))));
    }

    private KeptReminder update(String userId, SkillMessage message, AlexaApiAccess access) {
        String alertToken = target(userId, message);
        Reminder current = reminders.get(access, alertToken);
        KeptReminder kept;
        if (message.changesReminder()) {
            ReminderRequest request = ReminderChange.apply(current, message, clock.instant());
            // Out of session no device is named, so no device zone is known.
            reminders.update(access, alertToken, request, Optional.empty());
            kept = memory.written(userId, alertToken, request.getAlertInfo(), request.getTrigger())
                    .orElseGet(() -> unremembered(userId, alertToken));
        } else {
            kept = remembered(userId, current);
        }
        if (message.alertToken().isPresent() && message.externalReference().isPresent()) {
            kept = memory.referenced(
                            userId, alertToken, message.externalReference().get())
                    .orElse(kept);
        }
        return kept;
    }

    private KeptReminder delete(String userId, SkillMessage message, AlexaApiAccess access) {
        String alertToken = target(userId, message);
        try {
            reminders.delete(access, alertToken);
        } catch (AlexaApiException e) {
            boolean alreadyDeleted = e.errorCode() == ErrorCode.ALERT_NOT_FOUND
                    && memory.store()
                            .reminder(userId, alertToken)
                            .filter(reminder -> reminder.state() == ReminderState.DELETED)
                            .isPresent();
            if (!alreadyDeleted) {
                throw e;
            }
        }
        return memory.deleted(userId, alertToken).orElseGet(() -> unremembered(userId, alertToken));
    }

    /** The reminder's alert token: the message's own, else the one the web app's reference was attached to. */
    private String target(String userId, SkillMessage message) {
        if (message.alertToken().isPresent()) {
            return message.alertToken().get();
        }
        String reference = message.externalReference().orElseThrow();
        return memory.store()
                .reminderByReference(userId, reference)
                .map(KeptReminder::alertToken)
                .orElseThrow(() -> new InvalidMessageException(
                        REFERENCE_NOT_FOUND, "no reminder of this user has externalReference '" + reference + "'"));
    }

    private KeptReminder remembered(String userId, Reminder reminder) {
        return memory.read(userId, reminder).orElseGet(() -> unremembered(userId, reminder.alertToken()));
    }

    /** What the outcome shows when the store failed: the token alone. */
    private KeptReminder unremembered(String userId, String alertToken) {
        return KeptReminder.unknown(userId, alertToken, clock.instant());
    }

    private MessageOutcome outcome(
            String userId,
            String reference,
            String operation,
            Result result,
            Optional<String> code,
            Optional<String> detail,
            List<KeptReminder> reminders) {
        Instant now = clock.instant();
        return new MessageOutcome(userId, reference, operation, result, code, detail, reminders, now);
    }
}
