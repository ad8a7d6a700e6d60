package com.example.reminderskill.alerts;

import static com.example.reminderskill.alerts.reminders.ReminderRequests.spoken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.amazon.ask.model.services.SerializerException;
import com.amazon.ask.model.services.reminderManagement.Error;
import com.amazon.ask.model.services.reminderManagement.GetReminderResponse;
import com.amazon.ask.model.services.reminderManagement.GetRemindersResponse;
import com.amazon.ask.model.services.reminderManagement.PushNotification;
import com.amazon.ask.model.services.reminderManagement.PushNotificationStatus;
import com.amazon.ask.model.services.reminderManagement.Recurrence;
import com.amazon.ask.model.services.reminderManagement.Reminder;
import com.amazon.ask.model.services.reminderManagement.ReminderRequest;
import com.amazon.ask.model.services.reminderManagement.ReminderResponse;
import com.amazon.ask.model.services.reminderManagement.Status;
import com.amazon.ask.model.services.reminderManagement.Trigger;
import com.amazon.ask.model.services.reminderManagement.TriggerType;
import com.example.reminderskill.alerts.reminders.ReminderRequests;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link AlertsSerializer} on the SDK's Reminders model, with the timestamps the reference pages show. */
class AlertsSerializerTest {

    private final AlertsSerializer serializer = new AlertsSerializer();

    // ---- answers: timestamps ----------------------------------------------------------------

    @Test
    void deserialize_readsAOneDigitHourIntoLocalDateTime() {
        // given: the current page's get-one answer, startDateTime "2019-05-10T6:00:00.000"
        // when
        GetReminderResponse reminder =
                serializer.deserialize(ReferenceBodies.CURRENT_GET_ONE, GetReminderResponse.class);

        // then
        Recurrence recurrence = reminder.getTrigger().getRecurrence();
        assertThat(recurrence.getStartDateTime()).isEqualTo(LocalDateTime.of(2019, 5, 10, 6, 0));
        assertThat(recurrence.getEndDateTime()).isEqualTo(LocalDateTime.of(2019, 8, 10, 10, 0));
        assertThat(recurrence.getRecurrenceRules())
                .containsExactly(
                        "FREQ=DAILY;BYDAY=SU;BYHOUR=17;BYMINUTE=15;BYSECOND=0;INTERVAL=1;",
                        "FREQ=MONTHLY;BYMONTHDAY=5;BYHOUR=10;INTERVAL=1;");
    }

    @Test
    void deserialize_readsAScheduledTimeWithZIntoLocalDateTime_droppingTheOffset() {
        // given: the older page's list answer, scheduledTime "2019-08-14T16:03:38.811Z"
        // when
        GetRemindersResponse list = serializer.deserialize(ReferenceBodies.OLDER_LIST, GetRemindersResponse.class);

        // then
        Trigger trigger = list.getAlerts().get(0).getTrigger();
        assertThat(trigger.getScheduledTime()).isEqualTo(LocalDateTime.of(2019, 8, 14, 16, 3, 38, 811_000_000));
        assertThat(trigger.getRecurrence().getStartDateTime()).isEqualTo(LocalDateTime.of(2019, 5, 10, 6, 0));
    }

    @Test
    void deserialize_readsTheOlderGetOneAnswer_unwrappingItsOneItemList() {
        // given: the older page answers a get-one with {"totalCount", "alerts": [ ... ], "links"}
        // when
        GetReminderResponse reminder = serializer.deserialize(ReferenceBodies.OLDER_GET_ONE, GetReminderResponse.class);

        // then
        assertThat(reminder.getAlertToken()).isEqualTo("string");
        assertThat(reminder.getStatus()).isEqualTo(Status.ON);
        assertThat(reminder.getCreatedTime())
                .isEqualTo(OffsetDateTime.of(2019, 8, 14, 15, 47, 48, 386_000_000, ZoneOffset.UTC));
        assertThat(reminder.getTrigger().getScheduledTime())
                .isEqualTo(LocalDateTime.of(2019, 8, 14, 15, 47, 48, 387_000_000));
        assertThat(reminder.getTrigger().getOffsetInSeconds()).isZero();
        assertThat(reminder.getTrigger().getRecurrence().getRecurrenceRules()).hasSize(3);
    }

    @Test
    void deserialize_readsACreatedTimeWithZIntoOffsetDateTime() {
        // when
        GetReminderResponse reminder =
                serializer.deserialize(ReferenceBodies.CURRENT_GET_ONE, GetReminderResponse.class);

        // then
        assertThat(reminder.getCreatedTime())
                .isEqualTo(OffsetDateTime.of(2019, 8, 14, 15, 40, 55, 2_000_000, ZoneOffset.UTC));
        assertThat(reminder.getUpdatedTime()).isEqualTo(reminder.getCreatedTime());
    }

    @Test
    void deserialize_takesACreatedTimeWithoutOffsetAsUtc() {
        // when
        Reminder reminder = serializer.deserialize(
                "{\"alertToken\": \"alert.token.1\", \"createdTime\": \"2019-08-14T15:40:55.002\"}", Reminder.class);

        // then
        assertThat(reminder.getCreatedTime())
                .isEqualTo(OffsetDateTime.of(2019, 8, 14, 15, 40, 55, 2_000_000, ZoneOffset.UTC));
    }

    @Test
    void deserialize_keepsAnOffsetOtherThanUtc() {
        // when
        Reminder reminder = serializer.deserialize(
                "{\"alertToken\": \"alert.token.1\", \"createdTime\": \"2019-08-14T17:40:55.002+02:00\"}",
                Reminder.class);

        // then
        assertThat(reminder.getCreatedTime().toInstant())
                .isEqualTo(OffsetDateTime.parse("2019-08-14T15:40:55.002Z").toInstant());
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2019-13-10T06:00:00", "2019-05-10 06:00:00"})
    void deserialize_refusesAStartDateTimeThatIsNoDateTime(String value) {
        String body = "{\"trigger\": {\"type\": \"SCHEDULED_ABSOLUTE\", \"recurrence\": {\"startDateTime\": \"" + value
                + "\"}}}";

        assertThrows(SerializerException.class, () -> serializer.deserialize(body, GetReminderResponse.class));
    }

    // ---- answers: the documented bodies ------------------------------------------------------

    @Test
    void deserialize_readsTheCurrentListAnswer_withItsPlaceholderCountAndLinks() {
        // when
        GetRemindersResponse list = serializer.deserialize(ReferenceBodies.CURRENT_LIST, GetRemindersResponse.class);

        // then
        assertThat(list.getTotalCount()).isEqualTo("string");
        assertThat(list.getLinks()).isEqualTo("link.to.next.reminder");
        assertThat(list.getAlerts())
                .extracting(Reminder::getAlertToken)
                .containsExactly("alert.token.1", "alert.token.2");
        Reminder completed = list.getAlerts().get(1);
        assertThat(completed.getStatus()).isEqualTo(Status.COMPLETED);
        assertThat(completed.getTrigger().getType()).isEqualTo(TriggerType.SCHEDULED_RELATIVE);
        assertThat(completed.getTrigger().getOffsetInSeconds()).isEqualTo(7200);
        assertThat(completed.getCreatedTime())
                .isEqualTo(OffsetDateTime.of(2019, 8, 13, 15, 40, 55, 2_000_000, ZoneOffset.UTC));
    }

    @Test
    void deserialize_readsTheCreateAnswer_keepingItsTimesAsText() {
        // when
        ReminderResponse response =
                serializer.deserialize(ReferenceBodies.CURRENT_CREATE_RESPONSE, ReminderResponse.class);

        // then
        assertThat(response.getAlertToken()).isEqualTo("alert.token.1");
        assertThat(response.getCreatedTime()).isEqualTo("2019-08-14T15:40:55.002Z");
        assertThat(response.getStatus()).isEqualTo(Status.ON);
        assertThat(response.getVersion()).isEqualTo("1");
        assertThat(response.getHref()).isEqualTo("www.-example-new-alert.com");
    }

    @Test
    void deserialize_readsFromAStreamLikeFromAString() {
        byte[] bytes = ReferenceBodies.CURRENT_GET_ONE.getBytes(StandardCharsets.UTF_8);

        GetReminderResponse fromStream =
                serializer.deserialize(new ByteArrayInputStream(bytes), GetReminderResponse.class);

        assertThat(fromStream)
                .isEqualTo(serializer.deserialize(ReferenceBodies.CURRENT_GET_ONE, GetReminderResponse.class));
    }

    // ---- error answers -----------------------------------------------------------------------

    @Test
    void deserialize_readsTheServiceErrorBody() {
        Error error = serializer.deserialize(
                "{\"message\": \"The property is outside the allowed range.\", \"code\": \"INVALID_STRING_LENGTH\"}",
                Error.class);

        assertThat(error.getCode()).isEqualTo("INVALID_STRING_LENGTH");
        assertThat(error.getMessage()).isEqualTo("The property is outside the allowed range.");
    }

    @Test
    void deserialize_turnsAnHtmlErrorPageIntoAnErrorWithAnExcerpt() {
        // given
        String html = """
                <html>
                  <head><title>500 Internal Server Error</title></head>
                  <body><center><h1>500 Internal Server Error</h1></center></body>
                </html>
                """;

        // when
        Error error = serializer.deserialize(html, Error.class);

        // then
        assertThat(error.getCode()).isNull();
        assertThat(error.getMessage())
                .startsWith("answer is not JSON: ")
                .contains("<html> <head><title>500 Internal Server Error</title></head>");
    }

    @Test
    void deserialize_shortensTheExcerptOfALongNonJsonBody() {
        // given
        String body = "<html>" + "x".repeat(5_000) + "</html>";

        // when
        Error error = serializer.deserialize(body, Error.class);

        // then
        assertThat(error.getMessage())
                .startsWith("answer is not JSON: <html>xxx")
                .endsWith("…")
                .hasSizeLessThan(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void deserialize_givesAnEmptyErrorForAnEmptyErrorBody(String body) {
        Error error = serializer.deserialize(body, Error.class);

        assertThat(error).isNotNull();
        assertThat(error.getCode()).isNull();
    }

    @Test
    void deserialize_refusesANonJsonBodyForAnythingButAnError() {
        assertThrows(
                SerializerException.class, () -> serializer.deserialize("<html>OK</html>", GetReminderResponse.class));
    }

    // ---- requests ----------------------------------------------------------------------------

    @Test
    void serialize_writesScheduledTimeWithoutOffset_andRequestTimeWithIt() {
        // given
        ReminderRequest request = reminderRequest(LocalDateTime.of(2026, 11, 23, 19, 0, 0));

        // when
        JsonNode json = serializer.toTree(request);

        // then
        assertThat(json.at("/trigger/scheduledTime").asText()).isEqualTo("2026-11-23T19:00:00");
        assertThat(json.at("/requestTime").asText()).isEqualTo("2026-11-22T10:00:00Z");
        assertThat(json.at("/trigger/type").asText()).isEqualTo("SCHEDULED_ABSOLUTE");
        assertThat(json.at("/trigger/timeZoneId").asText()).isEqualTo("America/New_York");
        assertThat(json.at("/alertInfo/spokenInfo/content/0/locale").asText()).isEqualTo("en-US");
        assertThat(json.at("/alertInfo/spokenInfo/content/0/text").asText()).isEqualTo("walk the dog");
        assertThat(json.at("/pushNotification/status").asText()).isEqualTo("ENABLED");
        assertThat(json.path("trigger").has("offsetInSeconds"))
                .as("unset fields are left out")
                .isFalse();
        assertThat(json.path("trigger").has("recurrence")).isFalse();
    }

    @Test
    void serialize_writesTheSameJsonAsToTree() throws Exception {
        ReminderRequest request = reminderRequest(LocalDateTime.of(2026, 11, 23, 19, 0, 0));

        String text = serializer.serialize(request);

        assertThat(new ObjectMapper().readTree(text)).isEqualTo(serializer.toTree(request));
        assertThat(text).contains("\"scheduledTime\":\"2026-11-23T19:00:00\"");
    }

    @Test
    void serialize_writesRecurrenceTimesWithoutOffset() {
        // given
        ReminderRequest request = ReminderRequest.builder()
                .withRequestTime(OffsetDateTime.of(2026, 11, 22, 10, 0, 0, 0, ZoneOffset.UTC))
                .withTrigger(Trigger.builder()
                        .withType(TriggerType.SCHEDULED_ABSOLUTE)
                        .withRecurrence(Recurrence.builder()
                                .withStartDateTime(LocalDateTime.of(2026, 11, 23, 6, 0, 0))
                                .withRecurrenceRules(List.of("FREQ=DAILY;BYHOUR=7;BYMINUTE=0"))
                                .build())
                        .build())
                .withAlertInfo(spoken("stretch"))
                .withPushNotification(PushNotification.builder()
                        .withStatus(PushNotificationStatus.DISABLED)
                        .build())
                .build();

        // when
        JsonNode json = serializer.toTree(request);

        // then
        assertThat(json.at("/trigger/recurrence/startDateTime").asText()).isEqualTo("2026-11-23T06:00:00");
        assertThat(json.at("/trigger/recurrence/recurrenceRules/0").asText())
                .isEqualTo("FREQ=DAILY;BYHOUR=7;BYMINUTE=0");
        assertThat(json.at("/pushNotification/status").asText()).isEqualTo("DISABLED");
    }

    @Test
    void serialize_thenDeserialize_givesBackAnEqualRequest() {
        ReminderRequest request = reminderRequest(LocalDateTime.of(2026, 11, 23, 19, 0, 0));

        ReminderRequest copy = serializer.deserialize(serializer.serialize(request), ReminderRequest.class);

        assertThat(copy).isEqualTo(request);
    }

    private static ReminderRequest reminderRequest(LocalDateTime scheduledTime) {
        return ReminderRequests.absolute(
                Instant.parse("2026-11-22T10:00:00Z"), scheduledTime, "America/New_York", "walk the dog");
    }
}
