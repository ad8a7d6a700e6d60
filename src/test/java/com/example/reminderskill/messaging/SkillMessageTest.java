package com.example.reminderskill.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.reminderskill.messaging.SkillMessage.Operation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The out-of-session message contract: what one side writes the other reads, and every rule refused by name. */
class SkillMessageTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String TOKEN = "806d8d7d-f45a-4779-91d8-c56fb6efca93";

    static Stream<SkillMessage> messages() {
        return Stream.of(
                SkillMessage.builder(Operation.GET).build(),
                SkillMessage.builder(Operation.GET)
                        .alertToken(TOKEN)
                        .clientReference("get-1")
                        .build(),
                SkillMessage.builder(Operation.GET)
                        .externalReference("match-42")
                        .build(),
                SkillMessage.builder(Operation.UPDATE)
                        .alertToken(TOKEN)
                        .clientReference("match-42-moved")
                        .text("Match day: Arsenal v Spurs")
                        .scheduledTime(LocalDateTime.parse("2026-11-29T15:00:00"))
                        .timeZone(ZoneId.of("Europe/London"))
                        .recurrenceRules(List.of("FREQ=WEEKLY;BYDAY=SA"))
                        .build(),
                SkillMessage.builder(Operation.UPDATE)
                        .externalReference("match-42")
                        .recurrenceRules(List.of())
                        .build(),
                SkillMessage.builder(Operation.UPDATE)
                        .alertToken(TOKEN)
                        .externalReference("match-42")
                        .build(),
                SkillMessage.builder(Operation.UPDATE)
                        .externalReference("match-42")
                        .scheduledTime(LocalDateTime.parse("2026-11-29T15:00:00"))
                        .build(),
                SkillMessage.builder(Operation.DELETE).alertToken(TOKEN).build(),
                SkillMessage.builder(Operation.DELETE)
                        .externalReference("match-42")
                        .clientReference("cancel:42")
                        .build());
    }

    @ParameterizedTest
    @MethodSource("messages")
    void toDataThenFromData_givesTheSameMessage(SkillMessage message) {
        JsonNode data = message.toData();

        assertThat(SkillMessage.fromData(data)).isEqualTo(message);
        assertThat(data.path("version").asText()).isEqualTo("1");
        assertThat(data.path("operation").asText())
                .isEqualTo(message.operation().name());
    }

    @ParameterizedTest
    @MethodSource("messages")
    void toData_survivesJsonText(SkillMessage message) throws IOException {
        String text = MAPPER.writeValueAsString(message.toData());

        assertThat(SkillMessage.fromData(MAPPER.readTree(text))).isEqualTo(message);
    }

    @Test
    void toData_writesTheDocumentedFieldNamesAndTimeFormat() {
        SkillMessage message = SkillMessage.builder(Operation.UPDATE)
                .alertToken(TOKEN)
                .clientReference("c-1")
                .text("walk the dog")
                .scheduledTime(LocalDateTime.parse("2026-11-29T15:00:00.750"))
                .timeZone(ZoneId.of("Europe/London"))
                .recurrenceRules(List.of("FREQ=DAILY"))
                .build();

        assertThat(message.toData()).isEqualTo(json("""
                {"version": "1", "operation": "UPDATE", "alertToken": "%s", "clientReference": "c-1", "text": "walk the dog",
                 "scheduledTime": "2026-11-29T15:00:00", "timeZoneId": "Europe/London", "recurrenceRules": ["FREQ=DAILY"]}
                """.formatted(TOKEN)));
    }

    @Test
    void theArticlesOwnShape_withoutVersionAndAnEmptyAlertToken_readsAsGetAll() {
        SkillMessage message = SkillMessage.fromData(json("{\"operation\": \"GET\", \"alertToken\": \"\"}"));

        assertThat(message.operation()).isEqualTo(Operation.GET);
        assertThat(message.alertToken()).isEmpty();
        assertThat(message.externalReference()).isEmpty();
        assertThat(message.toData()).isEqualTo(json("{\"version\": \"1\", \"operation\": \"GET\"}"));
    }

    @Test
    void theArticlesGetWithAToken_readsAsGetOfThatReminder() {
        SkillMessage message =
                SkillMessage.fromData(json("{\"operation\": \"GET\", \"alertToken\": \"" + TOKEN + "\"}"));

        assertThat(message.alertToken()).contains(TOKEN);
    }

    @Test
    void nullFields_readAsAbsent() {
        SkillMessage message = SkillMessage.fromData(json("""
                {"version": null, "operation": "DELETE", "alertToken": "%s", "externalReference": null, "text": null,
                 "recurrenceRules": null}""".formatted(TOKEN)));

        assertThat(message)
                .isEqualTo(
                        SkillMessage.builder(Operation.DELETE).alertToken(TOKEN).build());
    }

    static Stream<Arguments> refused() {
        String time = "\"scheduledTime\": \"2026-11-29T15:00:00\"";
        return Stream.of(
                refusal("not an object", "[\"GET\"]", InvalidMessageException.INVALID_MESSAGE, "JSON object"),
                refusal("text instead of an object", "\"GET\"", InvalidMessageException.INVALID_MESSAGE, "JSON object"),
                refusal(
                        "unknown field",
                        "{\"operation\": \"GET\", \"alertTokn\": \"x\"}",
                        InvalidMessageException.INVALID_MESSAGE,
                        "alertTokn"),
                refusal(
                        "version 2",
                        "{\"version\": \"2\", \"operation\": \"GET\"}",
                        InvalidMessageException.UNSUPPORTED_VERSION,
                        "version"),
                refusal(
                        "version 2 with a field of its own",
                        "{\"version\": \"2\", \"operation\": \"GET\", \"snoozeMinutes\": 5}",
                        InvalidMessageException.UNSUPPORTED_VERSION,
                        "version"),
                refusal(
                        "zone as an offset",
                        "{\"operation\": \"UPDATE\", \"alertToken\": \"t\", " + time + ", \"timeZoneId\": \"+01:00\"}",
                        InvalidMessageException.INVALID_MESSAGE,
                        "timeZoneId"),
                refusal(
                        "zone as UTC+1",
                        "{\"operation\": \"UPDATE\", \"alertToken\": \"t\", " + time + ", \"timeZoneId\": \"UTC+1\"}",
                        InvalidMessageException.INVALID_MESSAGE,
                        "timeZoneId"),
                refusal(
                        "version as a number",
                        "{\"version\": 1, \"operation\": \"GET\"}",
                        InvalidMessageException.INVALID_MESSAGE,
                        "version"),
                refusal(
                        "no operation",
                        "{\"alertToken\": \"x\"}",
                        InvalidMessageException.INVALID_MESSAGE,
                        "operation"),
                refusal(
                        "operation as a number",
                        "{\"operation\": 1}",
                        InvalidMessageException.INVALID_MESSAGE,
                        "operation"),
                refusal(
                        "unknown operation",
                        "{\"operation\": \"CREATE\"}",
                        InvalidMessageException.UNKNOWN_OPERATION,
                        "CREATE"),
                refusal(
                        "lower-case operation",
                        "{\"operation\": \"get\"}",
                        InvalidMessageException.UNKNOWN_OPERATION,
                        "operation"),
                refusal(
                        "alertToken as a number",
                        "{\"operation\": \"DELETE\", \"alertToken\": 42}",
                        InvalidMessageException.INVALID_MESSAGE,
                        "alertToken"),
                refusal(
                        "alertToken with a space",
                        "{\"operation\": \"DELETE\", \"alertToken\": \"a b\"}",
                        InvalidMessageException.INVALID_MESSAGE,
                        "alertToken"),
                refusal(
                        "alertToken too long",
                        "{\"operation\": \"DELETE\", \"alertToken\": \"" + "a".repeat(257) + "\"}",
                        InvalidMessageException.INVALID_MESSAGE,
                        "alertToken"),
                refusal(
                        "externalReference with a space",
                        "{\"operation\": \"DELETE\", \"externalReference\": \"match 42\"}",
                        InvalidMessageException.INVALID_MESSAGE,
                        "externalReference"),
                refusal(
                        "externalReference with a slash",
                        "{\"operation\": \"DELETE\", \"externalReference\": \"a/b\"}",
                        InvalidMessageException.INVALID_MESSAGE,
                        "externalReference"),
                refusal(
                        "externalReference too long",
                        "{\"operation\": \"DELETE\", \"externalReference\": \"" + "r".repeat(129) + "\"}",
                        InvalidMessageException.INVALID_MESSAGE,
                        "externalReference"),
                refusal(
                        "empty clientReference",
                        "{\"operation\": \"GET\", \"clientReference\": \"\"}",
                        InvalidMessageException.INVALID_MESSAGE,
                        "clientReference"),
                refusal(
                        "clientReference with non-ASCII",
                        "{\"operation\": \"GET\", \"clientReference\": \"caf\u00e9\"}",
                        InvalidMessageException.INVALID_MESSAGE,
                        "clientReference"),
                refusal(
                        "blank text",
                        "{\"operation\": \"UPDATE\", \"alertToken\": \"t\", \"text\": \"  \"}",
                        InvalidMessageException.INVALID_MESSAGE,
                        "text"),
                refusal(
                        "text too long",
                        "{\"operation\": \"UPDATE\", \"alertToken\": \"t\", \"text\": \"" + "x".repeat(1001) + "\"}",
                        InvalidMessageException.INVALID_MESSAGE,
                        "text"),
                refusal(
                        "text as an array",
                        "{\"operation\": \"UPDATE\", \"alertToken\": \"t\", \"text\": [\"x\"]}",
                        InvalidMessageException.INVALID_MESSAGE,
                        "text"),
                refusal(
                        "scheduledTime with an offset",
                        "{\"operation\": \"UPDATE\", \"alertToken\": \"t\", \"scheduledTime\": \"2026-11-29T15:00:00Z\"}",
                        InvalidMessageException.INVALID_MESSAGE,
                        "scheduledTime"),
                refusal(
                        "scheduledTime not a time",
                        "{\"operation\": \"UPDATE\", \"alertToken\": \"t\", \"scheduledTime\": \"tomorrow\"}",
                        InvalidMessageException.INVALID_MESSAGE,
                        "scheduledTime"),
                refusal(
                        "scheduledTime as a number",
                        "{\"operation\": \"UPDATE\", \"alertToken\": \"t\", \"scheduledTime\": 1764428400}",
                        InvalidMessageException.INVALID_MESSAGE,
                        "scheduledTime"),
                refusal(
                        "unknown zone",
                        "{\"operation\": \"UPDATE\", \"alertToken\": \"t\", " + time
                                + ", \"timeZoneId\": \"Mars/Olympus\"}",
                        InvalidMessageException.INVALID_MESSAGE,
                        "timeZoneId"),
                refusal(
                        "zone without time",
                        "{\"operation\": \"UPDATE\", \"alertToken\": \"t\", \"text\": \"x\", \"timeZoneId\": \"Europe/London\"}",
                        InvalidMessageException.INVALID_MESSAGE,
                        "timeZoneId"),
                refusal(
                        "recurrenceRules as a string",
                        "{\"operation\": \"UPDATE\", \"alertToken\": \"t\", \"recurrenceRules\": \"FREQ=DAILY\"}",
                        InvalidMessageException.INVALID_MESSAGE,
                        "recurrenceRules"),
                refusal(
                        "recurrenceRules with a number",
                        "{\"operation\": \"UPDATE\", \"alertToken\": \"t\", \"recurrenceRules\": [1]}",
                        InvalidMessageException.INVALID_MESSAGE,
                        "recurrenceRules"),
                refusal(
                        "recurrenceRules with a blank",
                        "{\"operation\": \"UPDATE\", \"alertToken\": \"t\", \"recurrenceRules\": [\" \"]}",
                        InvalidMessageException.INVALID_MESSAGE,
                        "recurrenceRules"),
                refusal(
                        "six recurrenceRules",
                        "{\"operation\": \"UPDATE\", \"alertToken\": \"t\", \"recurrenceRules\": "
                                + "[\"FREQ=DAILY\", \"FREQ=DAILY\", \"FREQ=DAILY\", \"FREQ=DAILY\", \"FREQ=DAILY\", \"FREQ=DAILY\"]}",
                        InvalidMessageException.INVALID_MESSAGE,
                        "recurrenceRules"),
                refusal(
                        "GET with a change",
                        "{\"operation\": \"GET\", \"alertToken\": \"t\", \"text\": \"x\"}",
                        InvalidMessageException.INVALID_MESSAGE,
                        "GET"),
                refusal(
                        "UPDATE without a target",
                        "{\"operation\": \"UPDATE\", \"text\": \"x\"}",
                        InvalidMessageException.INVALID_MESSAGE,
                        "alertToken or externalReference"),
                refusal(
                        "UPDATE with an empty alertToken",
                        "{\"operation\": \"UPDATE\", \"alertToken\": \"\", \"text\": \"x\"}",
                        InvalidMessageException.INVALID_MESSAGE,
                        "alertToken or externalReference"),
                refusal(
                        "UPDATE without a change",
                        "{\"operation\": \"UPDATE\", \"alertToken\": \"t\"}",
                        InvalidMessageException.INVALID_MESSAGE,
                        "text, scheduledTime or recurrenceRules"),
                refusal(
                        "DELETE without a target",
                        "{\"operation\": \"DELETE\"}",
                        InvalidMessageException.INVALID_MESSAGE,
                        "alertToken or externalReference"),
                refusal(
                        "DELETE with the article's empty alertToken",
                        "{\"operation\": \"DELETE\", \"alertToken\": \"\"}",
                        InvalidMessageException.INVALID_MESSAGE,
                        "alertToken or externalReference"),
                refusal(
                        "DELETE with a change",
                        "{\"operation\": \"DELETE\", \"alertToken\": \"t\", \"recurrenceRules\": []}",
                        InvalidMessageException.INVALID_MESSAGE,
                        "DELETE"));
    }

    private static Arguments refusal(String label, String data, String code, String named) {
        return Arguments.of(label, data, code, named);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("refused")
    void fromData_refusesWithTheCodeAndAMessageNamingTheField(String label, String data, String code, String named) {
        assertThatThrownBy(() -> SkillMessage.fromData(json(data)))
                .isInstanceOfSatisfying(
                        InvalidMessageException.class, e -> assertThat(e.code()).isEqualTo(code))
                .hasMessageContaining(named);
    }

    @Test
    void fromData_refusesNull() {
        assertThatThrownBy(() -> SkillMessage.fromData(null))
                .isInstanceOfSatisfying(
                        InvalidMessageException.class,
                        e -> assertThat(e.code()).isEqualTo(InvalidMessageException.INVALID_MESSAGE));
    }

    @Test
    void builder_appliesTheSameRules() {
        assertThatThrownBy(() -> SkillMessage.builder(Operation.DELETE).build())
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("alertToken or externalReference");
        assertThatThrownBy(() -> SkillMessage.builder(Operation.UPDATE)
                        .alertToken(TOKEN)
                        .clientReference("bad reference")
                        .text("x")
                        .build())
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("clientReference");
        assertThatThrownBy(() -> SkillMessage.builder(Operation.UPDATE)
                        .alertToken(TOKEN)
                        .timeZone(ZoneId.of("UTC"))
                        .text("x")
                        .build())
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("timeZoneId");
    }

    @Test
    void builder_refusesANullRule_asTheContractsError() {
        List<String> rules = new java.util.ArrayList<>();
        rules.add(null);

        assertThatThrownBy(() -> SkillMessage.builder(Operation.UPDATE)
                        .alertToken(TOKEN)
                        .recurrenceRules(rules)
                        .build())
                .isInstanceOfSatisfying(
                        InvalidMessageException.class,
                        e -> assertThat(e.code()).isEqualTo(InvalidMessageException.INVALID_MESSAGE))
                .hasMessageContaining("recurrenceRules");
    }

    @Test
    void message_keepsItsOwnCopyOfTheRules() {
        List<String> rules = new java.util.ArrayList<>(List.of("FREQ=DAILY"));
        SkillMessage message = SkillMessage.builder(Operation.UPDATE)
                .alertToken(TOKEN)
                .recurrenceRules(rules)
                .build();

        rules.add("FREQ=WEEKLY");

        assertThat(message.recurrenceRules()).isEqualTo(Optional.of(List.of("FREQ=DAILY")));
    }

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
