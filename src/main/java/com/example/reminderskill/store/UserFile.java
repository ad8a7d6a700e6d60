package com.example.reminderskill.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the file {@code users/<sha256(userId)>.json} of the file store holds. Version 2 is a small
 * header: whose the data is and when its expired items were last swept; the items are files of
 * their own. Version 1, written by earlier releases, held every item of the user in this one file;
 * the store reads it once to move its items out.
 *
 * <p>Those releases read no version: a header must not look to them like a user without data,
 * or they would write a user file over it that hides the item files. So the header's
 * {@code reminders} is text, not the array they expect, and they refuse the file as corrupt.
 */
sealed interface UserFile {

    int LEGACY_VERSION = 1;
    int CURRENT_VERSION = 2;

    /** A header of version 2: the user's items are in files of their own. */
    record Current(Instant sweptAt) implements UserFile {}

    /** A file of version 1 with all the user's items in it, unexpired or not. */
    record Legacy(List<StoredItem<?>> items) implements UserFile {}

    static ObjectNode header(String userId, Instant sweptAt) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("version", CURRENT_VERSION);
        root.put("userId", userId);
        root.put("sweptAt", sweptAt.toString());
        root.put("reminders", "one file each, in the user's item folder");
        return root;
    }

    /** Reads either version; a file of another user, or of an unknown version, is refused. */
    static UserFile fromJson(String userId, JsonNode root) {
        StoreJson.requireObject(root, "user file");
        if (!userId.equals(StoreJson.requiredText(root, "userId"))) {
            throw new StoreException("it belongs to another user");
        }
        long version = StoreJson.requiredLong(root, "version");
        if (version == CURRENT_VERSION) {
            return new Current(StoreJson.instant(StoreJson.requiredText(root, "sweptAt"), "sweptAt"));
        }
        if (version == LEGACY_VERSION) {
            return new Legacy(legacyItems(root));
        }
        throw new StoreException("its version " + version + " is not one this release knows");
    }

    /** The entries of a version 1 file: arrays of stored items per kind, and processed ids as an object of id to expiry. */
    private static List<StoredItem<?>> legacyItems(JsonNode root) {
        List<StoredItem<?>> items = new ArrayList<>();
        addEntries(items, root, "reminders", ItemKind.REMINDER);
        addEntries(items, root, "timers", ItemKind.TIMER);
        addEntries(items, root, "deviceZones", ItemKind.DEVICE_ZONE);
        JsonNode processed = root.get("processed");
        if (StoreJson.present(processed)) {
            StoreJson.requireObject(processed, "processed ids");
            processed
                    .properties()
                    .forEach(field -> items.add(new StoredItem<>(
                            ItemKind.PROCESSED,
                            field.getKey(),
                            Optional.of(StoreJson.instant(field.getValue().asText(), "processed")))));
        }
        addEntries(items, root, "outcomes", ItemKind.OUTCOME);
        return items;
    }

    private static void addEntries(List<StoredItem<?>> items, JsonNode root, String field, ItemKind<?> kind) {
        JsonNode node = root.get(field);
        if (!StoreJson.present(node)) {
            return;
        }
        if (!node.isArray()) {
            throw new StoreException("field '" + field + "' is not an array");
        }
        node.forEach(entry -> items.add(StoredItem.fromJson(kind, entry)));
    }
}
