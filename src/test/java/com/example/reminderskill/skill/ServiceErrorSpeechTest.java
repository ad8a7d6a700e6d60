package com.example.reminderskill.skill;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.reminderskill.emulator.AlexaEmulator;
import com.example.reminderskill.retry.RetryPolicy;
import com.example.reminderskill.skill.conversation.IntentNames;
import com.example.reminderskill.skill.conversation.Speech;
import com.example.reminderskill.testing.TestClocks;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A confirmed reminder meets each failure the service documents, produced by the emulator,
 * and the user hears a polite answer in their language: through the whole stream handler.
 */
class ServiceErrorSpeechTest {

    private static final String SKILL_ID = "amzn1.ask.skill.errors";
    private static final String USER = "amzn1.ask.account.errors";

    /** Retries spaced by milliseconds in a 300 ms budget: the same path, without the 4-second wait. */
    private static final RetryPolicy QUICK = new RetryPolicy(
            Duration.ofMillis(300), Duration.ofMillis(250), Duration.ofMillis(5), Duration.ofMillis(20));

    private SkillHarness skill;

    /** Changes the request the way the failure needs, e.g. a token the user withdrew the scope from. */
    @FunctionalInterface
    interface Tamper {
        ObjectNode apply(SkillHarness skill, ObjectNode request);
    }

    static Stream<Arguments> failures() {
        Tamper unchanged = (skill, request) -> request;
        Tamper scopeWithdrawn =
                (skill, request) -> withToken(request, skill.emulator.mintToken(SKILL_ID, USER, true, Set.of()));
        Tamper forged = (skill, request) -> withToken(request, "forged");
        return Stream.of(
                // A 5xx may come after the service created the reminder, and no list can check it here: never "try
                // again".
                Arguments.of(
                        "503/500 answers until the budget is spent",
                        AlexaEmulator.builder().faults(1.0, Duration.ZERO),
                        unchanged,
                        "reminder.maybeCreated"),
                Arguments.of(
                        "429 throttled", AlexaEmulator.builder().maxRequestsPerSecond(0), unchanged, "error.retry"),
                Arguments.of(
                        "403 MAX_REMINDERS_EXCEEDED",
                        AlexaEmulator.builder().maxRemindersPerUser(0),
                        unchanged,
                        "error.tooManyReminders"),
                Arguments.of(
                        "401 UNAUTHORIZED: the scope was withdrawn",
                        AlexaEmulator.builder(),
                        scopeWithdrawn,
                        "error.permission"),
                Arguments.of("401 INVALID_BEARER_TOKEN", AlexaEmulator.builder(), forged, "error.generic"));
    }

    @AfterEach
    void stop() {
        if (skill != null) {
            skill.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void confirmedReminder_whenTheServiceFails_isAnsweredPolitely(
            String failure, AlexaEmulator.Builder emulator, Tamper tamper, String expectedKey) throws IOException {
        skill = new SkillHarness(SKILL_ID, emulator, TestClocks.tickingFrom(SkillHarness.START), QUICK);
        for (String locale : new String[] {"en-US", "de-DE"}) {
            ObjectNode confirmed = skill.intentRequest(
                    SKILL_ID,
                    USER,
                    IntentNames.CREATE_RELATIVE_REMINDER,
                    "CONFIRMED",
                    locale,
                    java.util.Optional.empty());
            SkillHarness.slot(confirmed, "reminderText", "walk the dog");
            SkillHarness.slot(confirmed, "duration", "PT20M");

            JsonNode response = skill.call(tamper.apply(skill, confirmed));

            assertThat(SkillHarness.speech(response))
                    .as(locale)
                    .isEqualTo("<speak>" + Speech.forLocale(locale).say(expectedKey) + "</speak>");
            assertThat(response.toString()).doesNotContain("Exception", "at com.");
        }
    }

    private static ObjectNode withToken(ObjectNode request, String token) {
        ((ObjectNode) request.at("/context/System")).put("apiAccessToken", token);
        return request;
    }
}
