package com.example.reminderskill.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One item as the file store keeps it: its value and when it stops counting, if ever. Its JSON,
 * {@code {"value": {...}, "expiresAt": "..."}}, is one item file, and was one entry of the
 * version 1 user file.
 */
record StoredItem<T>(ItemKind<T> kind, T value, Optional<Instant> expiresAt) {

    StoredItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** The id it is filed under (a reminder's alert token, an outcome's reference, ...). */
    String id() {
        return kind.id().apply(value);
    }

    /** Whether it still counts at {@code now} (up to and including its expiry). */
    boolean alive(Instant now) {
        return expiresAt.map(expiry -> !expiry.isBefore(now)).orElse(true);
    }

    ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.set("value", kind.toJson().apply(value));
        expiresAt.ifPresent(expiry -> node.put("expiresAt", expiry.toString()));
        return node;
    }

    static <T> StoredItem<T> fromJson(ItemKind<T> kind, JsonNode node) {
        StoreJson.requireObject(node, kind.noun() + " entry");
        Optional<Instant> expiresAt =
                StoreJson.optionalText(node, "expiresAt").map(value -> StoreJson.instant(value, "expiresAt"));
        return new StoredItem<>(kind, kind.fromJson().apply(node.get("value")), expiresAt);
    }
}
