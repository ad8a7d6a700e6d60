package com.example.reminderskill.alerts.timers;

import com.example.reminderskill.alerts.AlexaApiException;
import com.example.reminderskill.alerts.AlexaLocales;
import com.example.reminderskill.alerts.ErrorCode;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * Validates a Timers API create body before any call, as the emulator and the timer wrapper
 * both need: the ISO 8601 {@code duration} within its bounds, {@code timerLabel},
 * {@code creationBehavior} and {@code triggeringBehavior} with each operation's own fields.
 * A broken body throws {@link ErrorCode#INVALID_REQUEST} (HTTP 400) naming the field and the rule.
 */
public final class TimerRequestValidator {

    /** Timers run from one second to 24 hours. */
    public static final Duration MIN_DURATION = Duration.ofSeconds(1);

    public static final Duration MAX_DURATION = Duration.ofHours(24);
    public static final int MAX_LABEL_LENGTH = 256;

    private static final Set<String> VISIBILITIES = Set.of("VISIBLE", "HIDDEN");
    private static final Set<String> OPERATIONS = Set.of("NOTIFY_ONLY", "ANNOUNCE", "LAUNCH_TASK");

    /**
     * @return the timer's duration
     * @throws AlexaApiException 400 {@code INVALID_REQUEST} when the body breaks a rule
     */
    public Duration validate(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw invalid("the request body must be a JSON object");
        }
        Duration duration = duration(body.get("duration"));
        JsonNode label = body.get("timerLabel");
        if (present(label) && (!label.isTextual() || label.asText().length() > MAX_LABEL_LENGTH)) {
            throw invalid("timerLabel must be a string of at most " + MAX_LABEL_LENGTH + " characters");
        }
        JsonNode visibility =
                body.path("creationBehavior").path("displayExperience").path("visibility");
        if (!visibility.isTextual() || !VISIBILITIES.contains(visibility.asText())) {
            throw invalid("creationBehavior.displayExperience.visibility is required: VISIBLE or HIDDEN");
        }
        checkTriggeringBehavior(body.path("triggeringBehavior"));
        return duration;
    }

    private static Duration duration(JsonNode node) {
        if (!present(node) || !node.isTextual()) {
            throw invalid("duration is required: an ISO 8601 duration such as PT10M");
        }
        Duration duration;
        try {
            duration = Duration.parse(node.asText());
        } catch (DateTimeParseException e) {
            throw invalid("duration '" + node.asText() + "' is not an ISO 8601 duration such as PT10M or PT1H30M");
        }
        if (duration.compareTo(MIN_DURATION) < 0 || duration.compareTo(MAX_DURATION) > 0) {
            throw invalid("duration " + node.asText() + " must be from PT1S to PT24H");
        }
        return duration;
    }

    private static void checkTriggeringBehavior(JsonNode behavior) {
        if (!behavior.isObject()) {
            throw invalid("triggeringBehavior is required: an object with operation and notificationConfig");
        }
        JsonNode operation = behavior.path("operation");
        String type = operation.path("type").asText("");
        if (!OPERATIONS.contains(type)) {
            throw invalid("triggeringBehavior.operation.type is required: NOTIFY_ONLY, ANNOUNCE or LAUNCH_TASK");
        }
        if (type.equals("ANNOUNCE")) {
            checkTexts(operation.path("textToAnnounce"), "triggeringBehavior.operation.textToAnnounce");
        }
        if (type.equals("LAUNCH_TASK")) {
            checkTexts(operation.path("textToConfirm"), "triggeringBehavior.operation.textToConfirm");
            JsonNode task = operation.path("task");
            if (!task.path("name").isTextual()
                    || task.path("name").asText().isBlank()
                    || !task.path("version").isTextual()) {
                throw invalid("triggeringBehavior.operation.task needs a name and a version");
            }
        }
        if (!behavior.path("notificationConfig").path("playAudible").isBoolean()) {
            throw invalid("triggeringBehavior.notificationConfig.playAudible is required: true or false");
        }
    }

    private static void checkTexts(JsonNode texts, String path) {
        if (!texts.isArray() || texts.isEmpty()) {
            throw invalid(path + " must hold at least one {locale, text}");
        }
        for (int i = 0; i < texts.size(); i++) {
            JsonNode item = texts.get(i);
            if (!item.path("locale").isTextual()
                    || !AlexaLocales.isValid(item.path("locale").asText())) {
                throw invalid(path + "[" + i + "].locale is not a locale such as en-US");
            }
            if (!item.path("text").isTextual() || item.path("text").asText().isBlank()) {
                throw invalid(path + "[" + i + "].text is required and must not be blank");
            }
        }
    }

    private static boolean present(JsonNode node) {
        return node != null && !node.isNull() && !node.isMissingNode();
    }

    private static AlexaApiException invalid(String message) {
        return AlexaApiException.invalidRequest(ErrorCode.INVALID_REQUEST, message);
    }
}
