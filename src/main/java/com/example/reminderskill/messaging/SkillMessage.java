package com.example.reminderskill.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The out-of-session message contract, version 1: the {@code data} a web app sends through Skill
 * Messaging and the skill reads from {@code Messaging.MessageReceived}. Both sides use this one
 * class, so what one writes the other reads.
 *
 * <pre>{@code
 * {"version": "1", "operation": "UPDATE", "alertToken": "...", "clientReference": "match-42-moved",
 *  "text": "Match day: Arsenal v Spurs", "scheduledTime": "2026-11-29T15:00:00", "timeZoneId": "Europe/London"}
 * }</pre>
 *
 * <ul>
 *   <li>{@code operation}: GET, UPDATE or DELETE. GET with an empty or no {@code alertToken} and no
 *       {@code externalReference} reads all the user's reminders, as the out-of-session article does.</li>
 *   <li>{@code alertToken} or {@code externalReference} names the reminder (UPDATE and DELETE need one).
 *       An UPDATE with both attaches the reference to that reminder, so later messages can use it.</li>
 *   <li>An UPDATE changes {@code text}, {@code scheduledTime} (local time, as the Reminders API writes it;
 *       {@code timeZoneId} only beside it) and {@code recurrenceRules} (RRULEs; an empty list stops it repeating).</li>
 *   <li>{@code clientReference} lets the web app find the outcome; {@code version} may be left out (it is "1").</li>
 * </ul>
 * Anything else is refused with {@link InvalidMessageException}, unknown fields included, so a typo
 * is an error rather than a silent no-op.
 */
public record SkillMessage(
        Operation operation,
        Optional<String> alertToken,
        Optional<String> externalReference,
        Optional<String> clientReference,
        Optional<String> text,
        Optional<LocalDateTime> scheduledTime,
        Optional<ZoneId> timeZone,
        Optional<List<String>> recurrenceRules) {

    public static final String VERSION = "1";

    /** What the skill does with the user's reminder. */
    public enum Operation {
        GET,
        UPDATE,
        DELETE
    }

    static final int MAX_TEXT_LENGTH = 1_000;
    static final int MAX_RECURRENCE_RULES = 5;
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._:\\-]{1,128}");
    private static final Pattern ALERT_TOKEN = Pattern.compile("[\\x21-\\x7e]{1,256}");
    private static final DateTimeFormatter SCHEDULED_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final Set<String> FIELDS = Set.of(
            "version",
            "operation",
            "alertToken",
            "externalReference",
            "clientReference",
            "text",
            "scheduledTime",
            "timeZoneId",
            "recurrenceRules");

    public SkillMessage {
        Objects.requireNonNull(operation, "operation");
        alertToken = Objects.requireNonNull(alertToken, "alertToken").filter(token -> !token.isEmpty());
        Objects.requireNonNull(externalReference, "externalReference");
        Objects.requireNonNull(clientReference, "clientReference");
        Objects.requireNonNull(text, "text");
        scheduledTime = Objects.requireNonNull(scheduledTime, "scheduledTime")
                .map(time -> time.truncatedTo(ChronoUnit.SECONDS));
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(recurrenceRules, "recurrenceRules")
                .ifPresent(rules -> rules.forEach(rule ->
                        check(rule != null && !rule.isBlank(), "recurrenceRules must hold RRULE strings, not blanks")));
        recurrenceRules = recurrenceRules.map(List::copyOf);
        check(
                alertToken.isEmpty() || ALERT_TOKEN.matcher(alertToken.get()).matches(),
                "alertToken must be 1 to 256 printable characters without spaces");
        externalReference.ifPresent(reference -> checkReference("externalReference", reference));
        clientReference.ifPresent(reference -> checkReference("clientReference", reference));
        text.ifPresent(value -> check(
                !value.isBlank() && value.length() <= MAX_TEXT_LENGTH,
                "text must not be blank and at most " + MAX_TEXT_LENGTH + " characters"));
        check(timeZone.isEmpty() || scheduledTime.isPresent(), "timeZoneId is only allowed beside scheduledTime");
        recurrenceRules.ifPresent(rules -> check(
                rules.size() <= MAX_RECURRENCE_RULES,
                "recurrenceRules takes at most " + MAX_RECURRENCE_RULES + " rules"));
        // Only tz database names, as the Reminders API takes them: no offsets such as +01:00.
        timeZone.ifPresent(zone -> check(
                ZoneId.getAvailableZoneIds().contains(zone.getId()),
                "timeZoneId '" + zone.getId() + "' is not a time zone such as Europe/London"));
        boolean names = alertToken.isPresent() || externalReference.isPresent();
        boolean changes = changes(text, scheduledTime, recurrenceRules);
        switch (operation) {
            case GET ->
                check(!changes, "a GET changes nothing: text, scheduledTime and recurrenceRules are for UPDATE");
            case DELETE -> {
                check(names, "a DELETE needs alertToken or externalReference");
                check(!changes, "a DELETE changes nothing: text, scheduledTime and recurrenceRules are for UPDATE");
            }
            case UPDATE -> {
                check(names, "an UPDATE needs alertToken or externalReference");
                check(
                        changes || (alertToken.isPresent() && externalReference.isPresent()),
                        "an UPDATE needs text, scheduledTime or recurrenceRules, or alertToken with an externalReference to attach");
            }
        }
    }

    /** Whether it changes the reminder itself (text, time or recurrence), not only reads it or attaches a reference. */
    public boolean changesReminder() {
        return changes(text, scheduledTime, recurrenceRules);
    }

    private static boolean changes(
            Optional<String> text, Optional<LocalDateTime> scheduledTime, Optional<List<String>> recurrenceRules) {
        return text.isPresent() || scheduledTime.isPresent() || recurrenceRules.isPresent();
    }

    /**
     * The {@code clientReference} of the message {@code data}, when it is a well-formed one, even if
     * the rest of the message is not: so the outcome of a refused message can be found too.
     */
    public static Optional<String> clientReferenceOf(JsonNode data) {
        JsonNode value = data == null ? null : data.get("clientReference");
        return value != null
                        && value.isTextual()
                        && REFERENCE.matcher(value.asText()).matches()
                ? Optional.of(value.asText())
                : Optional.empty();
    }

    public static Builder builder(Operation operation) {
        return new Builder(operation);
    }

    /** The message as the {@code data} of a Skill Messaging request. */
    public ObjectNode toData() {
        ObjectNode data =
                JsonNodeFactory.instance.objectNode().put("version", VERSION).put("operation", operation.name());
        alertToken.ifPresent(value -> data.put("alertToken", value));
        externalReference.ifPresent(value -> data.put("externalReference", value));
        clientReference.ifPresent(value -> data.put("clientReference", value));
        text.ifPresent(value -> data.put("text", value));
        scheduledTime.ifPresent(value -> data.put("scheduledTime", SCHEDULED_TIME.format(value)));
        timeZone.ifPresent(value -> data.put("timeZoneId", value.getId()));
        recurrenceRules.ifPresent(rules -> {
            ArrayNode array = data.putArray("recurrenceRules");
            rules.forEach(array::add);
        });
        return data;
    }

    /**
     * Reads the {@code message} of a {@code Messaging.MessageReceived} request.
     *
     * @throws InvalidMessageException naming the field and the rule it breaks
     */
    public static SkillMessage fromData(JsonNode data) {
        if (data == null || !data.isObject()) {
            throw new InvalidMessageException(
                    InvalidMessageException.INVALID_MESSAGE, "the message must be a JSON object");
        }
        // The version first: a later version may well have fields this one does not know.
        Optional<String> version = string(data, "version");
        if (version.isPresent() && !version.get().equals(VERSION)) {
            throw new InvalidMessageException(
                    InvalidMessageException.UNSUPPORTED_VERSION,
                    "version '" + version.get() + "' is not supported; this skill reads version " + VERSION);
        }
        for (Iterator<String> names = data.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            check(
                    FIELDS.contains(name),
                    "unknown field '" + name + "'; version " + VERSION + " has "
                            + String.join(", ", FIELDS.stream().sorted().toList()));
        }
        String operation =
                string(data, "operation").orElseThrow(() -> invalid("operation is required: GET, UPDATE or DELETE"));
        Operation parsed;
        try {
            parsed = Operation.valueOf(operation);
        } catch (IllegalArgumentException e) {
            throw new InvalidMessageException(
                    InvalidMessageException.UNKNOWN_OPERATION,
                    "operation '" + operation + "' is not GET, UPDATE or DELETE");
        }
        return new SkillMessage(
                parsed,
                string(data, "alertToken"),
                string(data, "externalReference"),
                string(data, "clientReference"),
                string(data, "text"),
                scheduledTime(data),
                timeZone(data),
                rules(data));
    }

    private static Optional<String> string(JsonNode data, String field) {
        JsonNode value = data.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        check(value.isTextual(), field + " must be a string");
        return Optional.of(value.asText());
    }

    private static Optional<LocalDateTime> scheduledTime(JsonNode data) {
        return string(data, "scheduledTime").map(value -> {
            try {
                return LocalDateTime.parse(value);
            } catch (DateTimeException e) {
                throw invalid("scheduledTime '" + value + "' is not a local date and time such as 2026-11-29T15:00:00");
            }
        });
    }

    private static Optional<ZoneId> timeZone(JsonNode data) {
        return string(data, "timeZoneId").map(value -> {
            try {
                return ZoneId.of(value);
            } catch (DateTimeException e) {
                throw invalid("timeZoneId '" + value + "' is not a time zone such as Europe/London");
            }
        });
    }

    private static Optional<List<String>> rules(JsonNode data) {
        JsonNode value = data.get("recurrenceRules");
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        check(value.isArray(), "recurrenceRules must be an array of RRULE strings");
        List<String> rules = new ArrayList<>();
        value.forEach(rule -> {
            check(rule.isTextual(), "recurrenceRules must be an array of RRULE strings");
            rules.add(rule.asText());
        });
        return Optional.of(rules);
    }

    private static void checkReference(String field, String value) {
        check(REFERENCE.matcher(value).matches(), field + " must be 1 to 128 letters, digits, '.', '_', ':' or '-'");
    }

    private static void check(boolean rule, String message) {
        if (!rule) {
            throw invalid(message);
        }
    }

    private static InvalidMessageException invalid(String message) {
        return new InvalidMessageException(InvalidMessageException.INVALID_MESSAGE, message);
    }

    /** Builds a message; {@link #build()} applies the same rules as {@link #fromData}. */
    public static final class Builder {
        private final Operation operation;
        private Optional<String> alertToken = Optional.empty();
        private Optional<String> externalReference = Optional.empty();
        private Optional<String> clientReference = Optional.empty();
        private Optional<String> text = Optional.empty();
        private Optional<LocalDateTime> scheduledTime = Optional.empty();
        private Optional<ZoneId> timeZone = Optional.empty();
        private Optional<List<String>> recurrenceRules = Optional.empty();

        private Builder(Operation operation) {
            this.operation = Objects.requireNonNull(operation, "operation");
        }

        public Builder alertToken(String value) {
            alertToken = Optional.of(value);
            return this;
        }

        public Builder externalReference(String value) {
            externalReference = Optional.of(value);
            return this;
        }

        public Builder clientReference(String value) {
            clientReference = Optional.of(value);
            return this;
        }

        public Builder text(String value) {
            text = Optional.of(value);
            return this;
        }

        public Builder scheduledTime(LocalDateTime value) {
            scheduledTime = Optional.of(value);
            return this;
        }

        public Builder timeZone(ZoneId value) {
            timeZone = Optional.of(value);
            return this;
        }

        public Builder recurrenceRules(List<String> value) {
            recurrenceRules = Optional.of(value);
            return this;
        }

        /** @throws InvalidMessageException when the message breaks the contract */
        public SkillMessage build() {
            return new SkillMessage(
                    operation,
                    alertToken,
                    externalReference,
                    clientReference,
                    text,
                    scheduledTime,
                    timeZone,
                    recurrenceRules);
        }
    }
}
