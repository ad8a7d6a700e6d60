package com.example.reminderskill.skill;

import com.example.reminderskill.alerts.AlexaApiAccess;
import com.example.reminderskill.alerts.ApiEndpoints;
import com.example.reminderskill.alerts.reminders.ReminderClient;
import com.example.reminderskill.emulator.AlexaEmulator;
import com.example.reminderskill.skill.conversation.PendingReminder;
import com.example.reminderskill.skill.conversation.ReminderPermission;
import com.example.reminderskill.skill.conversation.ReminderSchedule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A conversation with the skill on Sunday 2026-11-22 at 11:00 in Berlin (10:00 UTC), the
 * device's zone: a skill and user of its own per test class, reminders on an emulator.
 */
abstract class ConversationTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Clock NOW = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    final String skillId = "amzn1.ask.skill." + getClass().getSimpleName();
    final String userId = "amzn1.ask.account." + getClass().getSimpleName();
    SkillHarness skill;

    @BeforeEach
    void startSkill() {
        skill = new SkillHarness(skillId, AlexaEmulator.builder(), NOW);
    }

    @AfterEach
    void stopSkill() {
        skill.close();
    }

    /** Puts a reminder on the emulator as the skill would have created it. */
    void given(String text, ReminderSchedule schedule) {
        ReminderClient reminders = ReminderClient.builder(ApiEndpoints.localEmulator(skill.emulator.baseUri()))
                .clock(NOW)
                .build();
        AlexaApiAccess access = new AlexaApiAccess(
                "https://api.amazonalexa.com",
                skill.emulator.mintToken(skillId, userId, true, Set.of(ReminderPermission.SCOPE), BERLIN));
        reminders.create(
                access, new PendingReminder(text, schedule, "en-US").toRequest(NOW.instant()), Optional.of(BERLIN));
    }

    ObjectNode intent(String name, String confirmation, String locale) {
        return skill.intentRequest(skillId, userId, name, confirmation, locale, Optional.of(BERLIN));
    }

    /** Grants the timers scope too, in the request and in its token. */
    ObjectNode withTimersScope(ObjectNode request) {
        ObjectNode system = (ObjectNode) request.at("/context/System");
        ((ObjectNode) system.at("/user/permissions/scopes"))
                .putObject(ReminderPermission.TIMERS_SCOPE)
                .put("status", "GRANTED");
        system.put(
                "apiAccessToken",
                skill.emulator.mintToken(
                        skillId,
                        userId,
                        true,
                        Set.of(ReminderPermission.SCOPE, ReminderPermission.TIMERS_SCOPE),
                        BERLIN));
        return request;
    }

    JsonNode reminders() throws IOException {
        return skill.reminders(skillId, userId);
    }
}
