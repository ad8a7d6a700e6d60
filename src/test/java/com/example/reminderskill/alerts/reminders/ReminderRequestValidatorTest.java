package com.example.reminderskill.alerts.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.example.reminderskill.alerts.AlexaApiException;
import com.example.reminderskill.alerts.ErrorCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table in {@code reminders/validation-cases.json}: each case is a base body (the
 * reference pages' examples and a few of ours) with a JSON merge patch (RFC 7396) and the
 * verdict the Reminders API gives.
 */
class ReminderRequestValidatorTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNode TABLE = readTable();

    /** The 400 codes local validation can give; each must have a case in the table. */
    private static final Set<ErrorCode> VALIDATION_CODES = EnumSet.of(
            ErrorCode.INVALID_REQUEST_TIME_FORMAT,
            ErrorCode.INVALID_TRIGGER,
            ErrorCode.TRIGGER_SCHEDULED_TIME_IN_PAST,
            ErrorCode.INVALID_TRIGGER_SCHEDULED_TIME_FORMAT,
            ErrorCode.UNSUPPORTED_SCHEDULED_TIME_FORMAT,
            ErrorCode.INVALID_TRIGGER_TIME_ZONE,
            ErrorCode.INVALID_TRIGGER_RECURRENCE,
            ErrorCode.UNSUPPORTED_TRIGGER_RECURRENCE,
            ErrorCode.UNSUPPORTED_TRIGGER_RECURRENCE_INTERVAL,
            ErrorCode.INVALID_ALERT_INFO,
            ErrorCode.INVALID_TRIGGER_OFFSET,
            ErrorCode.INVALID_PUSH_NOTIFICATION,
            ErrorCode.INVALID_REQUEST_BODY);

    private final ReminderRequestValidator validator = new ReminderRequestValidator();

    static Stream<Arguments> cases() {
        return StreamSupport.stream(TABLE.get("cases").spliterator(), false)
                .map(testCase -> Arguments.of(testCase.get("name").asText(), testCase));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void validate_givesTheServiceVerdict(String name, JsonNode testCase) {
        JsonNode body = body(testCase);
        ValidationContext context = context(testCase);
        String expected = testCase.get("expect").asText();

        if (expected.equals("OK")) {
            assertThatCode(() -> validator.validate(body, context)).doesNotThrowAnyException();
            return;
        }
        AlexaApiException error =
                catchThrowableOfType(AlexaApiException.class, () -> validator.validate(body, context));
        assertThat(error).as("expected %s", expected).isNotNull();
        assertThat(error.code()).isEqualTo(expected);
        assertThat(error.httpStatus()).isEqualTo(400);
        assertThat(error.retryable()).isFalse();
        if (testCase.has("messageContains")) {
            assertThat(error.getMessage())
                    .contains(testCase.get("messageContains").asText());
        }
    }

    @Test
    void table_hasACaseForEveryValidationCode() {
        Set<ErrorCode> covered = StreamSupport.stream(TABLE.get("cases").spliterator(), false)
                .map(testCase -> testCase.get("expect").asText())
                .filter(code -> !code.equals("OK"))
                .map(ErrorCode::fromCode)
                .collect(Collectors.toSet());
        assertThat(covered).containsAll(VALIDATION_CODES);
    }

    @Test
    void validate_doesNotChangeTheBody() {
        JsonNode body = TABLE.get("bases").get("recurring").deepCopy();
        JsonNode before = body.deepCopy();

        validator.validate(body, ValidationContext.forCreate(Instant.parse("2026-11-22T10:00:00Z"), Optional.empty()));

        assertThat(body).isEqualTo(before);
    }

    private static JsonNode body(JsonNode testCase) {
        if (testCase.has("body")) {
            return testCase.get("body");
        }
        JsonNode base = TABLE.get("bases").get(testCase.get("base").asText()).deepCopy();
        return testCase.has("patch") ? mergePatch(base, testCase.get("patch")) : base;
    }

    private static ValidationContext context(JsonNode testCase) {
        JsonNode defaults = TABLE.get("defaults");
        Instant now = Instant.parse(setting(testCase, defaults, "now").asText());
        JsonNode zone = setting(testCase, defaults, "deviceTimeZone");
        Optional<ZoneId> deviceZone = zone.isNull() ? Optional.empty() : Optional.of(ZoneId.of(zone.asText()));
        boolean create = setting(testCase, defaults, "operation").asText().equals("create");
        return create ? ValidationContext.forCreate(now, deviceZone) : ValidationContext.forUpdate(now, deviceZone);
    }

    private static JsonNode setting(JsonNode testCase, JsonNode defaults, String name) {
        return testCase.has(name) ? testCase.get(name) : defaults.get(name);
    }

    /** RFC 7396: objects merge, null removes, anything else replaces. */
    private static JsonNode mergePatch(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target.isObject() ? (ObjectNode) target : MAPPER.createObjectNode();
        patch.properties().forEach(field -> {
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), mergePatch(result.path(field.getKey()), field.getValue()));
            }
        });
        return result;
    }

    private static JsonNode readTable() {
        try (InputStream in =
                ReminderRequestValidatorTest.class.getResourceAsStream("/reminders/validation-cases.json")) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
