package com.example.reminderskill.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;

/**
 * One kind of item the file store keeps, one file each: the folder its files go in, the id a
 * value is filed under, and its JSON form (StoreJson's, as DynamoDB keeps it).
 *
 * @param folder the folder of the user's files of this kind
 * @param noun   what error messages call one
 */
record ItemKind<T>(
        String folder,
        String noun,
        Function<T, String> id,
        Function<T, ObjectNode> toJson,
        Function<JsonNode, T> fromJson) {

    static final ItemKind<KeptReminder> REMINDER = new ItemKind<>(
            "reminders", "reminder", KeptReminder::alertToken, StoreJson::reminderNode, StoreJson::reminder);
    static final ItemKind<KeptTimer> TIMER =
            new ItemKind<>("timers", "timer", KeptTimer::timerId, StoreJson::timerNode, StoreJson::timer);
    static final ItemKind<KeptDeviceZone> DEVICE_ZONE = new ItemKind<>(
            "devices", "device zone", KeptDeviceZone::deviceId, StoreJson::deviceZoneNode, StoreJson::deviceZone);
    /** A processed event or message id: the id is all there is. */
    static final ItemKind<String> PROCESSED = new ItemKind<>(
            "processed", "processed id", Function.identity(), ItemKind::processedNode, ItemKind::processed);

    static final ItemKind<MessageOutcome> OUTCOME = new ItemKind<>(
            "outcomes", "outcome", MessageOutcome::reference, StoreJson::outcomeNode, StoreJson::outcome);

    static final List<ItemKind<?>> ALL = List.of(REMINDER, TIMER, DEVICE_ZONE, PROCESSED, OUTCOME);

    private static ObjectNode processedNode(String id) {
        return JsonNodeFactory.instance.objectNode().put("id", id);
    }

    private static String processed(JsonNode node) {
        StoreJson.requireObject(node, "processed id");
        return StoreJson.requiredText(node, "id");
    }
}
