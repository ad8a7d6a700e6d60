package com.example.reminderskill.skill;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.example.reminderskill.alerts.reminders.ReminderRequestValidator;
import com.example.reminderskill.alerts.reminders.ValidationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the skill's hot paths once before a SnapStart snapshot, so the restored function starts
 * with its classes loaded and initialised and its JSON mappers warm: launch and help in each
 * locale, a confirmed reminder without the permission (the AskFor answer), the fallback and a
 * session end, plus local validation of a repeating reminder. None of them calls an Alexa API:
 * without the permission the skill asks for it instead of calling the Reminders API.
 */
public final class SkillPriming {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> LOCALES = List.of("en-US", "en-GB", "de-DE");

    private SkillPriming() {
    }

    /** Sends the priming requests through {@code handler}, as Lambda would, and returns the response envelopes (JSON). */
    public static List<String> prime(RequestStreamHandler handler, String skillId) {
        List<String> responses = new ArrayList<>();
        for (ObjectNode request : requests(skillId)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                handler.handleRequest(new ByteArrayInputStream(request.toString().getBytes(StandardCharsets.UTF_8)), out, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            responses.add(out.toString(StandardCharsets.UTF_8));
        }
        validateARepeatingReminder();
        return responses;
    }

    private static List<ObjectNode> requests(String skillId) {
        List<ObjectNode> requests = new ArrayList<>();
        for (String locale : LOCALES) {
            requests.add(envelope(skillId, locale, true).set("request", request("LaunchRequest", locale)));
            requests.add(envelope(skillId, locale, false).set("request", intent("AMAZON.HelpIntent", locale)));
        }
        ObjectNode create = intent(IntentNames.CREATE_RELATIVE_REMINDER, "en-US");
        ObjectNode slots = (ObjectNode) create.path("intent").path("slots");
        slots.putObject("reminderText").put("name", "reminderText").put("value", "stretch");
        slots.putObject("duration").put("name", "duration").put("value", "PT20M");
        ((ObjectNode) create.path("intent")).put("confirmationStatus", "CONFIRMED");
        requests.add(envelope(skillId, "en-US", false).set("request", create));
        requests.add(envelope(skillId, "en-US", false).set("request", intent("AMAZON.FallbackIntent", "en-US")));
        requests.add(envelope(skillId, "en-US", false).set("request", request("SessionEndedRequest", "en-US").put("reason", "USER_INITIATED")));
        return requests;
    }

    private static ObjectNode envelope(String skillId, String locale, boolean newSession) {
        ObjectNode envelope = MAPPER.createObjectNode().put("version", "1.0");
        ObjectNode system = envelope.putObject("context").putObject("System");
        system.putObject("application").put("applicationId", skillId);
        system.putObject("user").put("userId", "amzn1.ask.account.priming");
        system.putObject("device").put("deviceId", "amzn1.ask.device.priming").putObject("supportedInterfaces");
        system.put("apiEndpoint", "https://api.amazonalexa.com").put("apiAccessToken", "priming-no-api-call");
        ObjectNode session = envelope.putObject("session").put("new", newSession).put("sessionId", "amzn1.echo-api.session.priming-" + locale);
        session.putObject("application").put("applicationId", skillId);
        session.putObject("user").put("userId", "amzn1.ask.account.priming");
        session.putObject("attributes");
        return envelope;
    }

    private static ObjectNode request(String type, String locale) {
        return MAPPER.createObjectNode().put("type", type).put("requestId", "amzn1.echo-api.request.priming")
                .put("timestamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()).put("locale", locale);
    }

    private static ObjectNode intent(String name, String locale) {
        ObjectNode request = request("IntentRequest", locale).put("dialogState", "COMPLETED");
        request.putObject("intent").put("name", name).put("confirmationStatus", "NONE").putObject("slots");
        return request;
    }

    /** The recurrence engine (RRULE parsing and expansion) is the slowest code to load and the one most reminders use. */
    private static void validateARepeatingReminder() {
        LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).plusDays(1).truncatedTo(ChronoUnit.SECONDS);
        ObjectNode body = MAPPER.createObjectNode().put("requestTime", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        ObjectNode trigger = body.putObject("trigger").put("type", "SCHEDULED_ABSOLUTE").put("timeZoneId", "Europe/Berlin");
        trigger.putObject("recurrence").put("startDateTime", start.toString()).putArray("recurrenceRules")
                .add("FREQ=WEEKLY;BYDAY=MO,TH;BYHOUR=18;BYMINUTE=0;BYSECOND=0");
        body.putObject("alertInfo").putObject("spokenInfo").putArray("content").addObject().put("locale", "en-US").put("text", "go running");
        body.putObject("pushNotification").put("status", "ENABLED");
        new ReminderRequestValidator().validate(body, ValidationContext.forCreate(Instant.now(), Optional.of(ZoneOffset.UTC)));
    }
}
