package com.example.reminderskill.skill;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.example.reminderskill.alerts.ApiEndpoints;
import com.example.reminderskill.alerts.reminders.ReminderRequestValidator;
import com.example.reminderskill.alerts.reminders.ValidationContext;
import com.example.reminderskill.emulator.AlexaEmulator;
import com.example.reminderskill.skill.conversation.IntentNames;
import com.example.reminderskill.skill.conversation.ReminderPermission;
import com.example.reminderskill.skill.conversation.SlotNames;
import com.example.reminderskill.store.FileSkillStore;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Runs the skill's hot paths once before a SnapStart snapshot, so the restored function starts
 * with its classes loaded and initialised and its JSON mappers warm: every request is a whole
 * envelope as an Echo Show sends it, so the first request after a restore builds no deserializer.
 * <ul>
 * <li>{@link #prime} sends through the function's own handler launch and help in each locale, a
 * confirmed reminder without the permission (the AskFor answer), the fallback and a session end,
 * plus local validation of a repeating reminder. None of them calls an Alexa API: without the
 * permission the skill asks for it instead of calling the Reminders API.
 * <li>{@link #primeAlexaApiTurns} runs the turns that do call Alexa APIs (create, list, change,
 * delete, start a timer) through a second skill built by the same code, against the embedded
 * emulator on loopback and a throwaway store. Without it a restored function's first create
 * took about 0.15 s to load and warm the HTTP and Reminders API code.
 * </ul>
 */
public final class SkillPriming {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> LOCALES = List.of("en-US", "en-GB", "de-DE");
    private static final String PRIMING_SKILL = "amzn1.ask.skill.priming";
    private static final String PRIMING_USER = "amzn1.ask.account.priming";
    /**
     * The context of a request from an Echo Show ({@code priming/context.json}): interfaces, unit,
     * player state, viewports, extensions. The SDK builds the deserializer of each part the first
     * time a request holds it; priming with all of them leaves none to build after a restore.
     */
    private static final ObjectNode DEVICE_CONTEXT = deviceContext();

    private SkillPriming() {}

    /** Sends the priming requests through {@code handler}, as Lambda would, at {@code clock}'s time, and returns the response envelopes (JSON). */
    public static List<String> prime(RequestStreamHandler handler, String skillId, Clock clock) {
        List<String> responses = new ArrayList<>();
        for (ObjectNode request : requests(skillId, clock.instant())) {
            responses.add(send(handler, request));
        }
        validateARepeatingReminder(clock.instant());
        return responses;
    }

    private static List<ObjectNode> requests(String skillId, Instant now) {
        List<ObjectNode> requests = new ArrayList<>();
        for (String locale : LOCALES) {
            requests.add(envelope(skillId, locale, true).set("request", request("LaunchRequest", locale, now)));
            requests.add(envelope(skillId, locale, false).set("request", intent("AMAZON.HelpIntent", locale, now)));
        }
        ObjectNode create = confirmed(intent(IntentNames.CREATE_RELATIVE_REMINDER, "en-US", now));
        slot(create, SlotNames.REMINDER_TEXT, "stretch");
        slot(create, SlotNames.DURATION, "PT20M");
        requests.add(envelope(skillId, "en-US", false).set("request", create));
        requests.add(envelope(skillId, "en-US", false).set("request", intent("AMAZON.FallbackIntent", "en-US", now)));
        requests.add(envelope(skillId, "en-US", false)
                .set("request", request("SessionEndedRequest", "en-US", now).put("reason", "USER_INITIATED")));
        return requests;
    }

    /** A whole envelope, with everything an Echo Show sends beside the request (its {@link #DEVICE_CONTEXT}). */
    private static ObjectNode envelope(String skillId, String locale, boolean newSession) {
        ObjectNode envelope = MAPPER.createObjectNode().put("version", "1.0");
        ObjectNode context = DEVICE_CONTEXT.deepCopy();
        envelope.set("context", context);
        ObjectNode system = (ObjectNode) context.get("System");
        system.putObject("application").put("applicationId", skillId);
        system.putObject("user").put("userId", PRIMING_USER);
        ((ObjectNode) system.get("device")).put("deviceId", "amzn1.ask.device.priming");
        system.put("apiEndpoint", "https://api.amazonalexa.com").put("apiAccessToken", "priming-no-api-call");
        ObjectNode session = envelope.putObject("session")
                .put("new", newSession)
                .put("sessionId", "amzn1.echo-api.session.priming-" + locale);
        session.putObject("application").put("applicationId", skillId);
        session.putObject("user")
                .put("userId", PRIMING_USER)
                .putObject("permissions")
                .put("consentToken", "priming-no-api-call");
        session.putObject("attributes");
        return envelope;
    }

    private static ObjectNode deviceContext() {
        try (InputStream json = SkillPriming.class.getResourceAsStream("/priming/context.json")) {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode request(String type, String locale, Instant now) {
        return MAPPER.createObjectNode()
                .put("type", type)
                .put("requestId", "amzn1.echo-api.request.priming")
                .put("timestamp", now.truncatedTo(ChronoUnit.SECONDS).toString())
                .put("locale", locale);
    }

    private static ObjectNode intent(String name, String locale, Instant now) {
        ObjectNode request = request("IntentRequest", locale, now).put("dialogState", "COMPLETED");
        request.putObject("intent")
                .put("name", name)
                .put("confirmationStatus", "NONE")
                .putObject("slots");
        return request;
    }

    /**
     * Runs create, list, change, delete and a timer against the embedded emulator on loopback, as a
     * user who granted both permissions, and returns the response envelopes (JSON). Nothing leaves
     * the machine and nothing reaches {@code store}s other than a temporary one, deleted afterwards.
     */
    public static List<String> primeAlexaApiTurns(Clock clock) {
        return onThrowawaySkill(clock, false);
    }

    /**
     * Every turn of {@link #prime} and {@link #primeAlexaApiTurns} on a throwaway skill of its own
     * (the embedded emulator, a temporary store): what a start-up archive made by one run should
     * hold, whichever turn that run was. Returns the response envelopes (JSON).
     */
    public static List<String> primeEveryTurn(Clock clock) {
        return onThrowawaySkill(clock, true);
    }

    private static List<String> onThrowawaySkill(Clock clock, boolean everyTurn) {
        Path data;
        try {
            data = Files.createTempDirectory("skill-priming");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (AlexaEmulator emulator = AlexaEmulator.builder().clock(clock).start()) {
            SkillSettings settings = new SkillSettings(
                    ApiEndpoints.localEmulator(emulator.baseUri()),
                    Optional.empty(),
                    emulator.clock(),
                    FileSkillStore.open(data, emulator.clock()));
            Instant now = emulator.clock().instant();
            RequestStreamHandler handler = new TreeStreamHandler(ReminderSkill.create(settings));
            String token = emulator.mintToken(
                    PRIMING_SKILL,
                    PRIMING_USER,
                    true,
                    Set.of(ReminderPermission.SCOPE, ReminderPermission.TIMERS_SCOPE));
            List<ObjectNode> turns = new ArrayList<>();
            ObjectNode create = confirmed(intent(IntentNames.CREATE_RELATIVE_REMINDER, "en-US", now));
            slot(create, SlotNames.REMINDER_TEXT, "stretch");
            slot(create, SlotNames.DURATION, "PT20M");
            turns.add(create);
            turns.add(intent(IntentNames.LIST_REMINDERS, "en-US", now));
            ObjectNode change = confirmed(intent(IntentNames.CHANGE_REMINDER, "en-US", now));
            slot(change, SlotNames.POSITION, "1");
            slot(change, SlotNames.NEW_TEXT, "stretch again");
            turns.add(change);
            ObjectNode delete = confirmed(intent(IntentNames.DELETE_REMINDER, "en-US", now));
            slot(delete, SlotNames.POSITION, "1");
            turns.add(delete);
            ObjectNode timer = confirmed(intent(IntentNames.START_TIMER, "en-US", now));
            slot(timer, SlotNames.DURATION, "PT10M");
            slot(timer, SlotNames.TIMER_LABEL, "pasta");
            turns.add(timer);
            List<String> responses = new ArrayList<>();
            if (everyTurn) {
                responses.addAll(prime(handler, PRIMING_SKILL, emulator.clock()));
            }
            for (ObjectNode turn : turns) {
                ObjectNode envelope = envelope(PRIMING_SKILL, "en-US", false);
                envelope.set("request", turn);
                ObjectNode system = (ObjectNode) envelope.path("context").path("System");
                system.put("apiAccessToken", token);
                ObjectNode scopes = ((ObjectNode) system.path("user"))
                        .putObject("permissions")
                        .putObject("scopes");
                scopes.putObject(ReminderPermission.SCOPE).put("status", "GRANTED");
                scopes.putObject(ReminderPermission.TIMERS_SCOPE).put("status", "GRANTED");
                responses.add(send(handler, envelope));
            }
            return responses;
        } finally {
            deleteQuietly(data);
        }
    }

    private static String send(RequestStreamHandler handler, ObjectNode envelope) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(
                    new ByteArrayInputStream(envelope.toString().getBytes(StandardCharsets.UTF_8)), out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static ObjectNode confirmed(ObjectNode intentRequest) {
        ((ObjectNode) intentRequest.path("intent")).put("confirmationStatus", "CONFIRMED");
        return intentRequest;
    }

    /** A slot as Alexa fills it, with its entity resolution (no match: a free-form value) and its typed value. */
    private static void slot(ObjectNode intentRequest, String name, String value) {
        ObjectNode slot = ((ObjectNode) intentRequest.path("intent").path("slots"))
                .putObject(name)
                .put("name", name)
                .put("value", value)
                .put("confirmationStatus", "NONE");
        slot.putObject("resolutions")
                .putArray("resolutionsPerAuthority")
                .addObject()
                .put("authority", "amzn1.er-authority.echo-sdk.priming." + name)
                .putObject("status")
                .put("code", "ER_SUCCESS_NO_MATCH");
        slot.putObject("slotValue").put("type", "Simple").put("value", value);
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A leftover temporary folder costs nothing; the snapshot goes on.
        }
    }

    /** The recurrence engine (RRULE parsing and expansion) is the slowest code to load and the one most reminders use. */
    private static void validateARepeatingReminder(Instant now) {
        LocalDateTime start =
                LocalDateTime.ofInstant(now, ZoneOffset.UTC).plusDays(1).truncatedTo(ChronoUnit.SECONDS);
        ObjectNode body = MAPPER.createObjectNode()
                .put("requestTime", now.truncatedTo(ChronoUnit.SECONDS).toString());
        ObjectNode trigger =
                body.putObject("trigger").put("type", "SCHEDULED_ABSOLUTE").put("timeZoneId", "Europe/Berlin");
        trigger.putObject("recurrence")
                .put("startDateTime", start.toString())
                .putArray("recurrenceRules")
                .add("FREQ=WEEKLY;BYDAY=MO,TH;BYHOUR=18;BYMINUTE=0;BYSECOND=0");
        body.putObject("alertInfo")
                .putObject("spokenInfo")
                .putArray("content")
                .addObject()
                .put("locale", "en-US")
                .put("text", "go running");
        body.putObject("pushNotification").put("status", "ENABLED");
        new ReminderRequestValidator().validate(body, ValidationContext.forCreate(now, Optional.of(ZoneOffset.UTC)));
    }
}
