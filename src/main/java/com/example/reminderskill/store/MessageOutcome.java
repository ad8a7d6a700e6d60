package com.example.reminderskill.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one out-of-session operation (a skill message), found by the web app with the
 * reference it sent, or by the message's request id when it sent none.
 *
 * @param reference  the message's client reference, else its request id
 * @param operation  GET, UPDATE or DELETE as the message said; the raw text for an unknown one
 * @param result     how it ended
 * @param code       for a failure, the Reminders API's error code or the message contract's
 * @param detail     for a failure, what was wrong, in words
 * @param reminders  the reminders it read or wrote, as they are after the operation
 */
public record MessageOutcome(
        String userId,
        String reference,
        String operation,
        Result result,
        Optional<String> code,
        Optional<String> detail,
        List<KeptReminder> reminders,
        Instant at) {

    /** SUCCEEDED; FAILED when the Reminders API refused or failed; REJECTED when the message itself was wrong. */
    public enum Result {
        SUCCEEDED,
        FAILED,
        REJECTED
    }

    public MessageOutcome {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
        reminders = List.copyOf(reminders);
        Objects.requireNonNull(at, "at");
    }

    /** The outcome as the web app reads it: the same JSON the stores keep. */
    public String toJson() {
        return StoreJson.outcomeNode(this).toPrettyString();
    }
}
