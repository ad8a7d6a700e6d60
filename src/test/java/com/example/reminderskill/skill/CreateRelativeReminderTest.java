package com.example.reminderskill.skill;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.reminderskill.emulator.AlexaEmulator;
import com.example.reminderskill.skill.conversation.IntentNames;
import com.example.reminderskill.skill.conversation.PendingReminder;
import com.example.reminderskill.skill.conversation.ReminderPermission;
import com.example.reminderskill.skill.conversation.ReminderSchedule;
import com.example.reminderskill.skill.conversation.Speech;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Remind me to walk the dog in twenty minutes", through the stream handler, with reminders on the emulator. */
class CreateRelativeReminderTest {

    private static final ObjectMapper MAPPER = SkillHarness.MAPPER;
    private static final String SKILL_ID = "amzn1.ask.skill.relative-test";
    private static final String USER = "amzn1.ask.account.relative-test";

    private SkillHarness skill;
    private AlexaEmulator emulator;

    @BeforeEach
    void startSkill() {
        start(AlexaEmulator.builder());
    }

    private void start(AlexaEmulator.Builder builder) {
        skill = new SkillHarness(SKILL_ID, builder);
        emulator = skill.emulator;
    }

    @AfterEach
    void stop() {
        skill.close();
    }

    @Test
    void firstTurn_confirmsExplicitlySayingWhenItRings() throws IOException {
        JsonNode response = call(intent("walk the dog", "PT20M", "NONE", "en-US", true));

        assertThat(speech(response)).isEqualTo("<speak>Shall I remind you to walk the dog in 20 minutes?</speak>");
        assertThat(response.at("/response/directives/0/type").asText()).isEqualTo("Dialog.ConfirmIntent");
        assertThat(remindersOnTheEmulator()).isEmpty();
    }

    @Test
    void firstTurn_inGerman_confirmsInGerman() throws IOException {
        JsonNode response = call(intent("mit dem Hund rausgehen", "PT1H30M", "NONE", "de-DE", true));

        assertThat(speech(response))
                .isEqualTo(
                        "<speak>Soll ich dich in einer Stunde und 30 Minuten erinnern: mit dem Hund rausgehen?</speak>");
    }

    @Test
    void confirmed_createsTheReminderAndSaysItWontRepeat() throws IOException {
        JsonNode response = call(intent("walk the dog", "PT20M", "CONFIRMED", "en-US", true));

        assertThat(speech(response))
                .isEqualTo("<speak>OK, I'll remind you to walk the dog in 20 minutes. It won't repeat.</speak>");
        assertThat(response.at("/response/card/title").asText()).isEqualTo("Reminder set");
        JsonNode reminders = remindersOnTheEmulator();
        assertThat(reminders).hasSize(1);
        assertThat(reminders.get(0).at("/trigger/type").asText()).isEqualTo("SCHEDULED_RELATIVE");
        assertThat(reminders.get(0).at("/trigger/offsetInSeconds").asInt()).isEqualTo(1200);
        assertThat(reminders.get(0).at("/alertInfo/spokenInfo/content/0/text").asText())
                .isEqualTo("walk the dog");
        assertThat(reminders.get(0).at("/alertInfo/spokenInfo/content/0/locale").asText())
                .isEqualTo("en-US");
    }

    @Test
    void denied_createsNothing() throws IOException {
        JsonNode response = call(intent("walk the dog", "PT20M", "DENIED", "en-US", true));

        assertThat(speech(response)).isEqualTo("<speak>OK, I won't set that reminder.</speak>");
        assertThat(remindersOnTheEmulator()).isEmpty();
    }

    @Test
    void missingDuration_isAskedFor() throws IOException {
        JsonNode response = call(intent("walk the dog", null, "NONE", "en-GB", true));

        assertThat(speech(response)).isEqualTo("<speak>In how long should I remind you?</speak>");
        assertThat(response.at("/response/directives/0/type").asText()).isEqualTo("Dialog.ElicitSlot");
        assertThat(response.at("/response/directives/0/slotToElicit").asText()).isEqualTo("duration");
    }

    @Test
    void userText_isEscapedInSpeech() throws IOException {
        JsonNode response = call(intent("buy salt & <pepper>", "PT5M", "NONE", "en-US", true));

        assertThat(speech(response)).contains("buy salt &amp; &lt;pepper&gt;");
    }

    @Test
    void withoutPermission_asksByVoice_andTheAnswerCreatesTheConfirmedReminder() throws IOException {
        JsonNode asked = call(intent("water the plants", "PT45M", "CONFIRMED", "en-US", false));

        JsonNode directive = asked.at("/response/directives/0");
        assertThat(directive.path("type").asText()).isEqualTo("Connections.SendRequest");
        assertThat(directive.path("name").asText()).isEqualTo("AskFor");
        assertThat(directive.at("/payload/permissionScopes/0/permissionScope").asText())
                .isEqualTo(ReminderPermission.SCOPE);
        assertThat(remindersOnTheEmulator()).isEmpty();

        JsonNode accepted =
                call(permissionAnswer("ACCEPTED", directive.path("token").asText()));

        assertThat(speech(accepted))
                .isEqualTo("<speak>OK, I'll remind you to water the plants in 45 minutes. It won't repeat.</speak>");
        assertThat(remindersOnTheEmulator()).hasSize(1);
    }

    @Test
    void permissionRefused_getsAGracefulAnswerAndTheConsentCard() throws IOException {
        String token = new PendingReminder(
                        "water the plants", new ReminderSchedule.In(java.time.Duration.ofMinutes(45)), "en-US")
                .toToken();

        JsonNode refused = call(permissionAnswer("DENIED", token));

        assertThat(speech(refused)).contains("Without your permission I can't set reminders");
        assertThat(refused.at("/response/card/type").asText()).isEqualTo("AskForPermissionsConsent");
        assertThat(remindersOnTheEmulator()).isEmpty();
    }

    @Test
    void serviceError_isSpokenInTheUsersLanguage() throws IOException {
        skill.close();
        start(AlexaEmulator.builder().maxRemindersPerUser(0));

        JsonNode response = call(intent("mit dem Hund rausgehen", "PT20M", "CONFIRMED", "de-DE", true));

        assertThat(speech(response))
                .isEqualTo("<speak>" + Speech.forLocale("de-DE").say("error.tooManyReminders") + "</speak>");
    }

    private JsonNode remindersOnTheEmulator() throws IOException {
        return skill.reminders(SKILL_ID, USER);
    }

    private JsonNode call(JsonNode request) throws IOException {
        return skill.call(request);
    }

    private static String speech(JsonNode response) {
        return SkillHarness.speech(response);
    }

    private ObjectNode intent(
            String text, String duration, String confirmation, String locale, boolean permissionGranted) {
        ObjectNode envelope = envelope(locale, permissionGranted);
        ObjectNode intent = ((ObjectNode) envelope.get("request"))
                .put("type", "IntentRequest")
                .put("dialogState", "IN_PROGRESS")
                .putObject("intent")
                .put("name", IntentNames.CREATE_RELATIVE_REMINDER)
                .put("confirmationStatus", confirmation);
        ObjectNode slots = intent.putObject("slots");
        slots.putObject("reminderText")
                .put("name", "reminderText")
                .put("value", text)
                .put("confirmationStatus", "NONE");
        ObjectNode durationSlot =
                slots.putObject("duration").put("name", "duration").put("confirmationStatus", "NONE");
        if (duration != null) {
            durationSlot.put("value", duration);
        }
        return envelope;
    }

    private ObjectNode permissionAnswer(String status, String token) {
        ObjectNode envelope = envelope("en-US", status.equals("ACCEPTED"));
        ObjectNode request = ((ObjectNode) envelope.get("request"))
                .put("type", "Connections.Response")
                .put("name", "AskFor")
                .put("token", token);
        request.putObject("status").put("code", "200").put("message", "OK");
        ObjectNode payload = request.putObject("payload").put("status", status);
        payload.putArray("permissionScopes")
                .addObject()
                .put("permissionScope", ReminderPermission.SCOPE)
                .put("consentLevel", "ACCOUNT");
        return envelope;
    }

    private ObjectNode envelope(String locale, boolean permissionGranted) {
        ObjectNode envelope = MAPPER.createObjectNode().put("version", "1.0");
        ObjectNode system = envelope.putObject("context").putObject("System");
        system.putObject("application").put("applicationId", SKILL_ID);
        ObjectNode user = system.putObject("user").put("userId", USER);
        if (permissionGranted) {
            user.putObject("permissions")
                    .putObject("scopes")
                    .putObject(ReminderPermission.SCOPE)
                    .put("status", "GRANTED");
        }
        system.put("apiEndpoint", "https://api.amazonalexa.com");
        system.put(
                "apiAccessToken",
                emulator.mintToken(
                        SKILL_ID, USER, true, permissionGranted ? Set.of(ReminderPermission.SCOPE) : Set.of()));
        ObjectNode session =
                envelope.putObject("session").put("new", false).put("sessionId", "amzn1.echo-api.session.relative");
        session.putObject("application").put("applicationId", SKILL_ID);
        session.putObject("user").put("userId", USER);
        envelope.putObject("request")
                .put("requestId", "amzn1.echo-api.request.relative")
                .put("timestamp", "2026-11-22T10:00:00Z")
                .put("locale", locale);
        return envelope;
    }
}
