package com.example.reminderskill.alerts.reminders;

import com.fasterxml.jackson.databind.JsonNode;

/** Small helpers for reading request bodies as JSON trees. */
final class Json {

    private Json() {}

    /** Present and not JSON null: the service treats an explicit null like an absent field. */
    static boolean present(JsonNode node) {
        return node != null && !node.isNull() && !node.isMissingNode();
    }

    /** The value as written, for messages: strings without their JSON quotes. */
    static String show(JsonNode node) {
        return node.isTextual() ? "'" + node.asText() + "'" : node.toString();
    }
}
