package com.example.reminderskill.skill;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.reminderskill.skill.conversation.IntentNames;
import com.example.reminderskill.skill.conversation.ReminderPermission;
import com.example.reminderskill.skill.conversation.ReminderSchedule;
import com.example.reminderskill.skill.conversation.Speech;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Without a permission the skill asks for its own scope (reminders or timers) by voice and says
 * nothing about a card; a refusal, or a scope the API refuses, gets an answer that names the scope
 * and the consent card it speaks of.
 */
class PermissionRequestTest extends ConversationTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "en-US, PauseTimerIntent",
        "en-GB, ResumeTimerIntent",
        "de-DE, CancelTimerIntent",
        "en-US, TimeLeftIntent"
    })
    void timerAction_withoutTheTimersPermission_asksForTheTimersScopeByVoice(String locale, String intent)
            throws IOException {
        skill.call(startPasta(locale));

        JsonNode asked = skill.call(SkillHarness.slot(intent(intent, "NONE", locale), "timerLabel", "pasta"));

        assertAsksByVoice(asked, ReminderPermission.TIMERS_SCOPE);
        assertThat(pasta().path("status").asText()).isEqualTo("ON");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "en-US|OK, I paused your pasta timer, with 10 minutes left.",
                "en-GB|OK, I paused your pasta timer, with 10 minutes left.",
                "de-DE|Okay, ich habe deinen pasta Timer angehalten, noch 10 Minuten."
            })
    void timerAction_permissionAccepted_finishesTheAction(String locale, String expected) throws IOException {
        String token = askedWithAPastaTimer(IntentNames.PAUSE_TIMER, locale);

        JsonNode answered = skill.call(withTimersScope(answer(locale, token, "ACCEPTED")));

        assertThat(SkillHarness.speech(answered)).isEqualTo("<speak>" + expected + "</speak>");
        assertThat(answered.at("/response/card").isMissingNode()).isTrue();
        assertThat(pasta().path("status").asText()).isEqualTo("PAUSED");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "en-US|OK. Without your permission I can't manage your timers. You can allow it any time in the Alexa app.",
                "en-GB|OK. Without your permission I can't manage your timers. You can allow it any time in the Alexa app.",
                "de-DE|Okay. Ohne deine Erlaubnis kann ich deine Timer nicht verwalten. Du kannst sie jederzeit in der Alexa App erteilen."
            })
    void timerAction_permissionRefused_sendsTheTimersConsentCard(String locale, String expected) throws IOException {
        String token = askedWithAPastaTimer(IntentNames.CANCEL_TIMER, locale);

        JsonNode refused = skill.call(answer(locale, token, "DENIED"));

        assertThat(SkillHarness.speech(refused)).isEqualTo("<speak>" + expected + "</speak>");
        assertConsentCard(refused, ReminderPermission.TIMERS_SCOPE);
        assertThat(pasta().path("status").asText()).isEqualTo("ON");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "en-US|I need your permission to manage timers. I've sent a card to the Alexa app that explains how to allow it.",
                "de-DE|Ich brauche deine Erlaubnis, um Timer zu verwalten. Ich habe dir dazu eine Karte in der Alexa App geschickt."
            })
    void timerAction_whenTheApiRefusesTheTimersScope_namesItAndSendsItsCard(String locale, String expected)
            throws IOException {
        skill.call(startPasta(locale));
        ObjectNode pause = SkillHarness.slot(
                withTimersScope(intent(IntentNames.PAUSE_TIMER, "NONE", locale)), "timerLabel", "pasta");
        // The request says granted, the token no longer carries the scope: the user withdrew it meanwhile.
        ((ObjectNode) pause.at("/context/System"))
                .put(
                        "apiAccessToken",
                        skill.emulator.mintToken(skillId, userId, true, Set.of(ReminderPermission.SCOPE)));

        JsonNode response = skill.call(pause);

        assertThat(SkillHarness.speech(response)).isEqualTo("<speak>" + expected + "</speak>");
        assertConsentCard(response, ReminderPermission.TIMERS_SCOPE);
        assertThat(pasta().path("status").asText()).isEqualTo("ON");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "en-US, ListRemindersIntent",
        "en-GB, DeleteReminderIntent",
        "de-DE, ChangeReminderIntent",
        "de-DE, DeleteAllRemindersIntent"
    })
    void reminderAction_withoutTheRemindersPermission_asksForTheRemindersScopeByVoice(String locale, String intent)
            throws IOException {
        given("walk the dog", new ReminderSchedule.At(LocalDateTime.of(2026, 11, 22, 19, 0), Optional.of(BERLIN)));
        ObjectNode request =
                SkillHarness.slot(withoutPermissions(intent(intent, "CONFIRMED", locale)), "position", "1");

        JsonNode asked = skill.call(request);

        assertAsksByVoice(asked, ReminderPermission.SCOPE);
        assertThat(reminders()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "en-US|You have one reminder. First: walk the dog, today at 7:00 PM. What would you like to do?",
                "de-DE|Du hast eine Erinnerung. Erstens: walk the dog, heute um 19:00 Uhr. Was möchtest du tun?"
            })
    void listReminders_permissionAccepted_readsThem(String locale, String expected) throws IOException {
        given("walk the dog", new ReminderSchedule.At(LocalDateTime.of(2026, 11, 22, 19, 0), Optional.of(BERLIN)));
        String token = skill.call(withoutPermissions(intent(IntentNames.LIST_REMINDERS, "NONE", locale)))
                .at("/response/directives/0/token")
                .asText();

        JsonNode answered = skill.call(answer(locale, token, "ACCEPTED"));

        assertThat(SkillHarness.speech(answered)).isEqualTo("<speak>" + expected + "</speak>");
        assertThat(answered.at("/response/card").isMissingNode()).isTrue();
    }

    @Test
    void listRemindersForADay_permissionAccepted_readsThatDaysReminders() throws IOException {
        given("walk the dog", new ReminderSchedule.At(LocalDateTime.of(2026, 11, 22, 19, 0), Optional.of(BERLIN)));
        given("call mom", new ReminderSchedule.At(LocalDateTime.of(2026, 11, 23, 19, 0), Optional.of(BERLIN)));
        ObjectNode tomorrow = SkillHarness.slot(
                withoutPermissions(intent(IntentNames.LIST_REMINDERS, "NONE", "en-US")), "date", "2026-11-23");
        String token = skill.call(tomorrow).at("/response/directives/0/token").asText();

        JsonNode answered = skill.call(answer("en-US", token, "ACCEPTED"));

        assertThat(SkillHarness.speech(answered))
                .isEqualTo(
                        "<speak>You have one reminder tomorrow. Second: call mom, tomorrow at 7:00 PM. What would you like to do?</speak>");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en-US", "en-GB", "de-DE"})
    void deleteReminder_permissionAccepted_asksAgainWhichOne(String locale) throws IOException {
        given("walk the dog", new ReminderSchedule.At(LocalDateTime.of(2026, 11, 22, 19, 0), Optional.of(BERLIN)));
        String token = skill.call(SkillHarness.slot(
                        withoutPermissions(intent(IntentNames.DELETE_REMINDER, "NONE", locale)), "position", "1"))
                .at("/response/directives/0/token")
                .asText();

        JsonNode answered = skill.call(answer(locale, token, "ACCEPTED"));

        assertThat(SkillHarness.speech(answered))
                .isEqualTo("<speak>" + Speech.forLocale(locale).say("permission.granted") + "</speak>");
        assertThat(answered.at("/response/shouldEndSession").asBoolean(false)).isFalse();
        assertThat(reminders()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "en-US|OK. Without your permission I can't read or change your reminders. You can allow it any time in the Alexa app.",
                "de-DE|Okay. Ohne deine Erlaubnis kann ich deine Erinnerungen nicht vorlesen oder ändern. Du kannst sie jederzeit in der Alexa App erteilen."
            })
    void listReminders_permissionRefused_sendsTheRemindersConsentCard(String locale, String expected)
            throws IOException {
        String token = skill.call(withoutPermissions(intent(IntentNames.LIST_REMINDERS, "NONE", locale)))
                .at("/response/directives/0/token")
                .asText();

        JsonNode refused = skill.call(answer(locale, token, "DENIED"));

        assertThat(SkillHarness.speech(refused)).isEqualTo("<speak>" + expected + "</speak>");
        assertConsentCard(refused, ReminderPermission.SCOPE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "en-US|I need your permission to manage reminders. I've sent a card to the Alexa app that explains how to allow it.",
                "en-GB|I need your permission to manage reminders. I've sent a card to the Alexa app that explains how to allow it.",
                "de-DE|Ich brauche deine Erlaubnis, um Erinnerungen zu verwalten. Ich habe dir dazu eine Karte in der Alexa App geschickt."
            })
    void listReminders_whenTheApiRefusesTheRemindersScope_sendsTheCardItSpeaksOf(String locale, String expected)
            throws IOException {
        given("walk the dog", new ReminderSchedule.At(LocalDateTime.of(2026, 11, 22, 19, 0), Optional.of(BERLIN)));
        ObjectNode list = intent(IntentNames.LIST_REMINDERS, "NONE", locale);
        ((ObjectNode) list.at("/context/System"))
                .put("apiAccessToken", skill.emulator.mintToken(skillId, userId, true, Set.of()));

        JsonNode response = skill.call(list);

        assertThat(SkillHarness.speech(response)).isEqualTo("<speak>" + expected + "</speak>");
        assertConsentCard(response, ReminderPermission.SCOPE);
        assertThat(reminders()).hasSize(1);
    }

    private static void assertAsksByVoice(JsonNode response, String scope) {
        JsonNode directive = response.at("/response/directives/0");
        assertThat(directive.path("type").asText()).isEqualTo("Connections.SendRequest");
        assertThat(directive.path("name").asText()).isEqualTo("AskFor");
        assertThat(directive.at("/payload/permissionScopes")).hasSize(1);
        assertThat(directive.at("/payload/permissionScopes/0/permissionScope").asText())
                .isEqualTo(scope);
        assertThat(response.at("/response/outputSpeech").isMissingNode())
                .as("Alexa asks; the skill says nothing, least of all about a card")
                .isTrue();
        assertThat(response.at("/response/card").isMissingNode()).isTrue();
    }

    private static void assertConsentCard(JsonNode response, String scope) {
        assertThat(response.at("/response/card/type").asText()).isEqualTo("AskForPermissionsConsent");
        assertThat(response.at("/response/card/permissions")).hasSize(1);
        assertThat(response.at("/response/card/permissions/0").asText()).isEqualTo(scope);
        assertThat(response.at("/response/directives").isMissingNode()
                        || response.at("/response/directives").isEmpty())
                .isTrue();
    }

    /** Starts a pasta timer, then asks for {@code intent} on it without the timers permission: the voice request's token. */
    private String askedWithAPastaTimer(String intent, String locale) throws IOException {
        skill.call(startPasta(locale));
        return skill.call(SkillHarness.slot(intent(intent, "NONE", locale), "timerLabel", "pasta"))
                .at("/response/directives/0/token")
                .asText();
    }

    private ObjectNode startPasta(String locale) {
        ObjectNode start = withTimersScope(intent(IntentNames.START_TIMER, "CONFIRMED", locale));
        SkillHarness.slot(start, "duration", "PT10M");
        return SkillHarness.slot(start, "timerLabel", "pasta");
    }

    private JsonNode pasta() throws IOException {
        return skill.timers(skillId, userId).get(0);
    }

    /** The request with no scope granted, in the request and in its token. */
    private ObjectNode withoutPermissions(ObjectNode request) {
        ((ObjectNode) request.at("/context/System/user/permissions/scopes")).removeAll();
        ((ObjectNode) request.at("/context/System"))
                .put("apiAccessToken", skill.emulator.mintToken(skillId, userId, true, Set.of(), BERLIN));
        return request;
    }

    /** Alexa's Connections.Response to the voice request that carried {@code token}; it keeps the reminders scope. */
    private ObjectNode answer(String locale, String token, String status) {
        ObjectNode answer = intent(IntentNames.LIST_REMINDERS, "NONE", locale);
        ObjectNode request = (ObjectNode) answer.get("request");
        request.remove("intent");
        request.remove("dialogState");
        request.put("type", "Connections.Response").put("name", "AskFor").put("token", token);
        request.putObject("payload").put("status", status);
        return answer;
    }
}
