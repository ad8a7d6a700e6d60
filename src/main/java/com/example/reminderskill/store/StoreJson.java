package com.example.reminderskill.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one JSON form of what the stores keep, so that the file store and DynamoDB hold the same
 * documents, and the two rules about reminders they share. Mapped field by field rather than through Jackson's record support: the stored form
 * stays stable when a record gains a component, absent optionals are left out rather than written
 * as null, and a missing optional field reads as empty, so older documents stay readable.
 */
final class StoreJson {

    /** How long a DELETED reminder is kept, so that late events for it cannot bring it back. */
    static final Duration DELETED_REMINDER_LIFETIME = Duration.ofDays(30);

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private StoreJson() {}

    /** When a reminder written at {@code now} stops counting: only DELETED ones expire. */
    static Optional<Instant> reminderExpiry(KeptReminder reminder, Instant now) {
        return reminder.state() == ReminderState.DELETED
                ? Optional.of(now.plus(DELETED_REMINDER_LIFETIME))
                : Optional.empty();
    }

    /** What {@code updateReminder} lets its change do: anything but move the reminder or touch its revision. */
    static void requireSameReminder(KeptReminder current, KeptReminder next) {
        if (!next.userId().equals(current.userId()) || !next.alertToken().equals(current.alertToken())) {
            throw new IllegalArgumentException("the change must keep the reminder's user and alert token");
        }
        if (next.revision() != current.revision()) {
            throw new IllegalArgumentException("the change must keep the reminder's revision");
        }
    }

    static ObjectNode reminderNode(KeptReminder reminder) {
        ObjectNode node = NODES.objectNode();
        node.put("userId", reminder.userId());
        node.put("alertToken", reminder.alertToken());
        reminder.text().ifPresent(value -> node.put("text", value));
        // Embedded as JSON, so the outcome a web app reads shows the trigger as the Reminders API does.
        reminder.trigger().ifPresent(value -> node.set("trigger", parse(value)));
        node.put("state", reminder.state().name());
        reminder.externalReference().ifPresent(value -> node.put("externalReference", value));
        reminder.lastEventAt().ifPresent(value -> node.put("lastEventAt", value.toString()));
        reminder.lastStartedAt().ifPresent(value -> node.put("lastStartedAt", value.toString()));
        node.put("updatedAt", reminder.updatedAt().toString());
        node.put("revision", reminder.revision());
        return node;
    }

    static KeptReminder reminder(JsonNode node) {
        requireObject(node, "reminder");
        return new KeptReminder(
                requiredText(node, "userId"),
                requiredText(node, "alertToken"),
                optionalText(node, "text"),
                trigger(node),
                enumValue(ReminderState.class, requiredText(node, "state"), "state"),
                optionalText(node, "externalReference"),
                optionalText(node, "lastEventAt").map(value -> instant(value, "lastEventAt")),
                optionalText(node, "lastStartedAt").map(value -> instant(value, "lastStartedAt")),
                instant(requiredText(node, "updatedAt"), "updatedAt"),
                requiredLong(node, "revision"));
    }

    static ObjectNode timerNode(KeptTimer timer) {
        ObjectNode node = NODES.objectNode();
        node.put("userId", timer.userId());
        node.put("timerId", timer.timerId());
        timer.label().ifPresent(value -> node.put("label", value));
        node.put("duration", timer.duration().toString());
        node.put("createdAt", timer.createdAt().toString());
        return node;
    }

    static KeptTimer timer(JsonNode node) {
        requireObject(node, "timer");
        return new KeptTimer(
                requiredText(node, "userId"),
                requiredText(node, "timerId"),
                optionalText(node, "label"),
                duration(requiredText(node, "duration"), "duration"),
                instant(requiredText(node, "createdAt"), "createdAt"));
    }

    static ObjectNode deviceZoneNode(KeptDeviceZone device) {
        ObjectNode node = NODES.objectNode();
        node.put("userId", device.userId());
        node.put("deviceId", device.deviceId());
        node.put("timeZone", device.zone().getId());
        node.put("expiresAt", device.expiresAt().toString());
        return node;
    }

    static KeptDeviceZone deviceZone(JsonNode node) {
        requireObject(node, "device zone");
        String zone = requiredText(node, "timeZone");
        try {
            return new KeptDeviceZone(
                    requiredText(node, "userId"),
                    requiredText(node, "deviceId"),
                    ZoneId.of(zone),
                    instant(requiredText(node, "expiresAt"), "expiresAt"));
        } catch (DateTimeException e) {
            throw new StoreException("stored field 'timeZone' is not a time zone: " + zone, e);
        }
    }

    static ObjectNode outcomeNode(MessageOutcome outcome) {
        ObjectNode node = NODES.objectNode();
        node.put("userId", outcome.userId());
        node.put("reference", outcome.reference());
        node.put("operation", outcome.operation());
        node.put("result", outcome.result().name());
        outcome.code().ifPresent(value -> node.put("code", value));
        outcome.detail().ifPresent(value -> node.put("detail", value));
        ArrayNode reminders = node.putArray("reminders");
        outcome.reminders().forEach(reminder -> reminders.add(reminderNode(reminder)));
        node.put("at", outcome.at().toString());
        return node;
    }

    static MessageOutcome outcome(JsonNode node) {
        requireObject(node, "outcome");
        List<KeptReminder> reminders = new ArrayList<>();
        JsonNode stored = node.get("reminders");
        if (present(stored)) {
            if (!stored.isArray()) {
                throw new StoreException("stored field 'reminders' is not an array");
            }
            stored.forEach(element -> reminders.add(reminder(element)));
        }
        return new MessageOutcome(
                requiredText(node, "userId"),
                requiredText(node, "reference"),
                requiredText(node, "operation"),
                enumValue(MessageOutcome.Result.class, requiredText(node, "result"), "result"),
                optionalText(node, "code"),
                optionalText(node, "detail"),
                reminders,
                instant(requiredText(node, "at"), "at"));
    }

    /** The trigger as JSON text, whether embedded as an object or written as a string. */
    private static Optional<String> trigger(JsonNode node) {
        JsonNode trigger = node.get("trigger");
        return trigger != null && trigger.isObject() ? Optional.of(text(trigger)) : optionalText(node, "trigger");
    }

    static String text(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new StoreException("could not write stored JSON", e);
        }
    }

    /** Parses a stored document; what was wrong goes in the cause, the content stays out of the message. */
    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored JSON is malformed", e);
        }
    }

    /** Reads one stored document with {@code reader}, or says which {@code where} it could not read. */
    static <T> T read(String json, Function<JsonNode, T> reader, String where) {
        try {
            return reader.apply(parse(json));
        } catch (StoreException e) {
            throw new StoreException("could not read " + where + ": " + e.getMessage(), e);
        }
    }

    static Instant instant(String value, String field) {
        try {
            return Instant.parse(value);
        } catch (DateTimeException e) {
            throw new StoreException("stored field '" + field + "' is not an ISO instant", e);
        }
    }

    static boolean present(JsonNode node) {
        return node != null && !node.isNull() && !node.isMissingNode();
    }

    static void requireObject(JsonNode node, String what) {
        if (node == null || !node.isObject()) {
            throw new StoreException("stored " + what + " is not a JSON object");
        }
    }

    static String requiredText(JsonNode node, String field) {
        return optionalText(node, field)
                .orElseThrow(() -> new StoreException("stored field '" + field + "' is missing"));
    }

    static Optional<String> optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (!present(value)) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new StoreException("stored field '" + field + "' is not a string");
        }
        return Optional.of(value.textValue());
    }

    static long requiredLong(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (!present(value)) {
            throw new StoreException("stored field '" + field + "' is missing");
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new StoreException("stored field '" + field + "' is not a whole number");
        }
        return value.longValue();
    }

    private static Duration duration(String value, String field) {
        try {
            return Duration.parse(value);
        } catch (DateTimeException e) {
            throw new StoreException("stored field '" + field + "' is not an ISO duration", e);
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new StoreException("stored field '" + field + "' has an unknown value", e);
        }
    }
}
