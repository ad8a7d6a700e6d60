package com.example.reminderskill.skill;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.reminderskill.skill.conversation.IntentNames;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the skill answers before a timer can go wrong, in each locale: a duration beyond the
 * Timers API's 24 hours, a label that is already running, and a label no timer has.
 */
class TimerAnswersTest extends ConversationTest {

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "en-US|P2D|NONE|A timer can run for up to 24 hours. For how long should it run?",
                "en-GB|PT48H|NONE|A timer can run for up to 24 hours. For how long should it run?",
                "de-DE|P2D|NONE|Ein Timer kann höchstens 24 Stunden laufen. Wie lange soll er laufen?",
                "en-US|PT48H|CONFIRMED|A timer can run for up to 24 hours. For how long should it run?"
            })
    void start_longerThanTheApiAllows_saysTheLimitAndAsksForANewDuration(
            String locale, String duration, String confirmation, String expected) throws IOException {
        JsonNode response = skill.call(start(confirmation, locale, duration, "bread"));

        assertThat(SkillHarness.speech(response)).isEqualTo("<speak>" + expected + "</speak>");
        assertThat(response.at("/response/reprompt/outputSpeech/ssml").asText())
                .isEqualTo("<speak>" + expected + "</speak>");
        assertThat(response.at("/response/directives/0/type").asText()).isEqualTo("Dialog.ElicitSlot");
        assertThat(response.at("/response/directives/0/slotToElicit").asText()).isEqualTo("duration");
        assertThat(response.at("/response/directives")).hasSize(1);
        assertThat(response.at("/response/directives/0/updatedIntent/confirmationStatus")
                        .asText())
                .isEqualTo("NONE");
        assertThat(response.at("/response/directives/0/updatedIntent/slots/duration/value")
                        .isMissingNode())
                .isTrue();
        assertThat(response.at("/response/directives/0/updatedIntent/slots/timerLabel/value")
                        .asText())
                .isEqualTo("bread");
        assertThat(response.at("/response/shouldEndSession").asBoolean(false)).isFalse();
        assertThat(timers()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "en-US|NONE|You already have a pasta timer with 10 minutes left. You can ask how much time is left, or cancel it and start a new one.",
                "en-GB|CONFIRMED|You already have a pasta timer with 10 minutes left. You can ask how much time is left, or cancel it and start a new one.",
                "de-DE|NONE|Du hast schon einen pasta Timer, noch 10 Minuten. Du kannst fragen, wie viel Zeit noch übrig ist, oder ihn stoppen und einen neuen stellen."
            })
    void start_withALabelAlreadyRunning_saysSoBeforeConfirming_andStartsNoSecond(
            String locale, String confirmation, String expected) throws IOException {
        skill.call(start("CONFIRMED", locale, "PT10M", "pasta"));

        JsonNode response = skill.call(start(confirmation, locale, "PT5M", "Pasta"));

        assertThat(SkillHarness.speech(response)).isEqualTo("<speak>" + expected + "</speak>");
        assertThat(response.at("/response/directives").isMissingNode()
                        || response.at("/response/directives").isEmpty())
                .isTrue();
        assertThat(response.at("/response/shouldEndSession").asBoolean(false)).isFalse();
        assertThat(timers()).hasSize(1);
        assertThat(timers().get(0).path("duration").asText()).isEqualTo("PT10M");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "en-US|TimeLeftIntent|You have no pizza timer. Your eggs timer has 3 minutes left. Your pasta timer has 10 minutes left.",
                "en-GB|PauseTimerIntent|You have no pizza timer. Your eggs timer has 3 minutes left. Your pasta timer has 10 minutes left.",
                "de-DE|CancelTimerIntent|Du hast keinen pizza Timer. Dein eggs Timer hat noch 3 Minuten. Dein pasta Timer hat noch 10 Minuten.",
                "en-US|ResumeTimerIntent|You have no pizza timer. Your eggs timer has 3 minutes left. Your pasta timer has 10 minutes left."
            })
    /** The timers are read soonest first, as the Timers API lists them. */
    void action_onALabelNoTimerHas_saysSoAndWhatIsRunning(String locale, String intent, String expected)
            throws IOException {
        skill.call(start("CONFIRMED", locale, "PT10M", "pasta"));
        skill.call(start("CONFIRMED", locale, "PT3M", "eggs"));

        JsonNode response = skill.call(action(intent, locale, "pizza"));

        assertThat(SkillHarness.speech(response)).isEqualTo("<speak>" + expected + "</speak>");
        assertThat(response.at("/response/directives").isMissingNode()
                        || response.at("/response/directives").isEmpty())
                .isTrue();
        assertThat(timers())
                .extracting(timer -> timer.path("timerLabel").asText() + " "
                        + timer.path("status").asText())
                .containsExactlyInAnyOrder("pasta ON", "eggs ON");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "en-US|You have no pizza timer. Your pasta timer is paused, with 10 minutes left.",
                "de-DE|Du hast keinen pizza Timer. Dein pasta Timer ist angehalten, noch 10 Minuten."
            })
    void action_onALabelNoTimerHas_saysWhichArePaused(String locale, String expected) throws IOException {
        skill.call(start("CONFIRMED", locale, "PT10M", "pasta"));
        skill.call(action(IntentNames.PAUSE_TIMER, locale, "pasta"));

        JsonNode response = skill.call(action(IntentNames.TIME_LEFT, locale, "pizza"));

        assertThat(SkillHarness.speech(response)).isEqualTo("<speak>" + expected + "</speak>");
        assertThat(timers().get(0).path("status").asText()).isEqualTo("PAUSED");
    }

    private JsonNode timers() throws IOException {
        return skill.timers(skillId, userId);
    }

    private ObjectNode start(String confirmation, String locale, String duration, String label) {
        ObjectNode request = withTimersScope(intent(IntentNames.START_TIMER, confirmation, locale));
        SkillHarness.slot(request, "duration", duration);
        return SkillHarness.slot(request, "timerLabel", label);
    }

    private ObjectNode action(String intent, String locale, String label) {
        return SkillHarness.slot(withTimersScope(intent(intent, "NONE", locale)), "timerLabel", label);
    }
}
