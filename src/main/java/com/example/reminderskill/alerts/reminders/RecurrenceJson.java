package com.example.reminderskill.alerts.reminders;

import static com.example.reminderskill.alerts.reminders.Json.present;
import static com.example.reminderskill.alerts.reminders.Json.show;

import com.example.reminderskill.alerts.AlertTimes;
import com.example.reminderskill.alerts.AlexaApiException;
import com.example.reminderskill.alerts.ErrorCode;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads a {@code trigger.recurrence} object: its start, end and rules, in either documented form. */
final class RecurrenceJson {

    private static final String PATH = "trigger.recurrence";
    private static final Set<String> WEEKDAYS = Set.of("SU", "MO", "TU", "WE", "TH", "FR", "SA");
    private static final Set<String> DEPRECATED_FREQ = Set.of("DAILY", "WEEKLY");
    private static final Set<String> OTHER_RFC_FREQ = Set.of("SECONDLY", "MINUTELY", "HOURLY", "MONTHLY", "YEARLY");

    private RecurrenceJson() {}

    static void requireObject(JsonNode recurrence) {
        if (!recurrence.isObject()) {
            throw invalid(PATH + " must be an object with recurrenceRules");
        }
    }

    static Optional<LocalDateTime> dateTime(JsonNode recurrence, String field) {
        JsonNode value = recurrence.get(field);
        if (!present(value)) {
            return Optional.empty();
        }
        Optional<LocalDateTime> parsed =
                value.isTextual() ? AlertTimes.parseLocalDateTime(value.asText()) : Optional.empty();
        return Optional.of(parsed.orElseThrow(() -> invalid(PATH + "." + field + " " + show(value)
                + " is not an ISO 8601 date-time such as 2019-05-10T06:00:00.000")));
    }

    /** The rules as RRULE text, from recurrenceRules or from the deprecated freq/byDay form. */
    static List<String> rules(JsonNode recurrence) {
        JsonNode rules = recurrence.get("recurrenceRules");
        boolean deprecatedForm = present(recurrence.get("freq")) || present(recurrence.get("byDay"));
        if (present(rules) && deprecatedForm) {
            throw invalid(PATH + " uses both recurrenceRules and the deprecated freq/byDay; use recurrenceRules only");
        }
        if (deprecatedForm) {
            return List.of(fromDeprecatedForm(recurrence));
        }
        if (!present(rules)) {
            throw invalid(PATH + ".recurrenceRules is required: RRULEs such as FREQ=DAILY;BYHOUR=7;BYMINUTE=0");
        }
        if (!rules.isArray()) {
            throw invalid(PATH + ".recurrenceRules must be an array of RRULE strings");
        }
        List<String> texts = new ArrayList<>(rules.size());
        for (int i = 0; i < rules.size(); i++) {
            JsonNode rule = rules.get(i);
            if (!rule.isTextual() || rule.asText().isBlank()) {
                throw invalid(PATH + ".recurrenceRules[" + i + "] must be a non-empty RRULE string, got " + show(rule));
            }
            texts.add(rule.asText());
        }
        return texts;
    }

    private static String fromDeprecatedForm(JsonNode recurrence) {
        JsonNode freq = recurrence.get("freq");
        if (!present(freq) || !freq.isTextual()) {
            throw invalid(PATH + ".freq is required with byDay: DAILY or WEEKLY");
        }
        if (!DEPRECATED_FREQ.contains(freq.asText())) {
            if (OTHER_RFC_FREQ.contains(freq.asText())) {
                throw AlexaApiException.invalidRequest(
                        ErrorCode.UNSUPPORTED_TRIGGER_RECURRENCE,
                        PATH + ".freq " + freq.asText()
                                + " is not supported by the deprecated form (DAILY or WEEKLY); use recurrenceRules");
            }
            throw invalid(PATH + ".freq " + show(freq) + " is not DAILY or WEEKLY");
        }
        StringBuilder rule = new StringBuilder("FREQ=").append(freq.asText());
        List<String> days = days(recurrence.get("byDay"));
        if (!days.isEmpty()) {
            rule.append(";BYDAY=").append(String.join(",", days));
        }
        JsonNode interval = recurrence.get("interval");
        if (present(interval)) {
            if (!interval.canConvertToInt() || !interval.isIntegralNumber() || interval.asInt() < 0) {
                throw invalid(PATH + ".interval " + show(interval) + " must be a whole number, 1 or more (0 means 1)");
            }
            if (interval.asInt() > 1) {
                rule.append(";INTERVAL=").append(interval.asInt());
            }
        }
        return rule.toString();
    }

    private static List<String> days(JsonNode byDay) {
        if (!present(byDay)) {
            return List.of();
        }
        List<String> days = new ArrayList<>();
        if (byDay.isTextual()) {
            days.add(byDay.asText());
        } else if (byDay.isArray()) {
            byDay.forEach(day -> days.add(day.isTextual() ? day.asText() : day.toString()));
        } else {
            throw invalid(PATH + ".byDay must be a list of days such as [\"MO\", \"TH\"]");
        }
        for (String day : days) {
            if (!WEEKDAYS.contains(day)) {
                throw invalid(PATH + ".byDay '" + day + "' is not one of SU, MO, TU, WE, TH, FR, SA");
            }
        }
        return days;
    }

    private static AlexaApiException invalid(String message) {
        return AlexaApiException.invalidRequest(ErrorCode.INVALID_TRIGGER_RECURRENCE, message);
    }
}
