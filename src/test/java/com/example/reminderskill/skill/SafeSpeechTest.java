package com.example.reminderskill.skill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.amazon.ask.model.services.reminderManagement.ReminderRequest;
import com.amazon.ask.model.services.reminderManagement.Trigger;
import com.amazon.ask.model.services.reminderManagement.TriggerType;
import com.amazon.ask.model.services.timerManagement.TimerRequest;
import com.example.reminderskill.alerts.AlexaApiAccess;
import com.example.reminderskill.alerts.ApiEndpoints;
import com.example.reminderskill.alerts.reminders.ReminderClient;
import com.example.reminderskill.alerts.reminders.SpokenReminders;
import com.example.reminderskill.alerts.timers.Timer;
import com.example.reminderskill.alerts.timers.TimerClient;
import com.example.reminderskill.http.JdkHttpApiClient;
import com.example.reminderskill.retry.RetryPolicy;
import com.example.reminderskill.skill.conversation.IntentNames;
import com.example.reminderskill.skill.conversation.PendingReminder;
import com.example.reminderskill.skill.conversation.PendingTimer;
import com.example.reminderskill.skill.conversation.ReminderPermission;
import com.example.reminderskill.skill.conversation.ReminderSchedule;
import com.example.reminderskill.skill.conversation.Speech;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/** Speech Alexa accepts, whatever the user said or a reminder holds: valid SSML, within 8000 characters. */
class SafeSpeechTest extends ConversationTest {

    /** What XML forbids; an unpaired surrogate does not survive UTF-8 on the wire, so {@link SsmlTest} covers that one. */
    private static final String CONTROLS = "\u0000\u0007\u001B\uFFFF";

    private static final int MAX_SSML = 8000;

    @Test
    void create_withControlCharactersInTheText_answersValidSsml_andStoresCleanText() throws IOException {
        JsonNode response = skill.call(create("walk\u0000 the\u0007 dog & cat", "PT20M", "CONFIRMED"));

        assertValidSsml(SkillHarness.speech(response));
        assertThat(SkillHarness.speech(response)).contains("walk the dog &amp; cat");
        assertThat(response.at("/response/card/content").asText()).contains("walk the dog & cat");
        JsonNode stored = reminders();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).at("/alertInfo/spokenInfo/content/0/text").asText())
                .isEqualTo("walk the dog & cat");
        assertThat(skill.store
                        .reminder(userId, stored.get(0).path("alertToken").asText())
                        .orElseThrow()
                        .text())
                .contains("walk the dog & cat");
    }

    @Test
    void create_withOnlyControlCharactersAsText_asksForTheText() throws IOException {
        JsonNode response = skill.call(create(CONTROLS, "PT20M", "CONFIRMED"));

        assertThat(response.at("/response/directives/0/slotToElicit").asText()).isEqualTo("reminderText");
        assertThat(reminders()).isEmpty();
    }

    @Test
    void confirm_ofA9000CharacterText_speaksAndRepromptsWithin8000Characters() throws IOException {
        String text = ("buy \"salt\" & <pepper>" + CONTROLS + " ").repeat(400).substring(0, 9000);

        JsonNode response = skill.call(create(text, "PT20M", "NONE"));

        String speech = SkillHarness.speech(response);
        String reprompt = response.at("/response/reprompt/outputSpeech/ssml").asText();
        assertThat(speech)
                .hasSizeLessThanOrEqualTo(MAX_SSML)
                .startsWith("<speak>Shall I remind you to buy &quot;salt&quot; &amp;")
                .contains("...");
        assertThat(reprompt).isEqualTo(speech);
        assertValidSsml(speech);
    }

    @Test
    void list_ofFiveLongReminders_fitsAndParses() throws IOException {
        for (int i = 1; i <= 6; i++) {
            given(("task " + i + " & \"more\" ").repeat(400), new ReminderSchedule.In(Duration.ofMinutes(10L * i)));
        }

        String speech = SkillHarness.speech(skill.call(intent(IntentNames.LIST_REMINDERS, "NONE", "en-US")));

        assertThat(speech)
                .hasSizeLessThanOrEqualTo(MAX_SSML)
                .contains("Fifth: task 5")
                .contains("And one more.");
        assertValidSsml(speech);
    }

    @Test
    void list_ofAReminderTheServiceHoldsWithControlCharacters_isValidSsml() throws IOException {
        String dirty = "call\u0000 mom\u0007 " + CONTROLS + "\uD83C\uDF55";
        remindersClient().create(access(Set.of(ReminderPermission.SCOPE)), dirtyRequest(dirty), Optional.empty());
        assertThat(reminders().get(0).at("/alertInfo/spokenInfo/content/0/text").asText())
                .contains("\u0000", "\u0007", "\u001B");

        String speech = SkillHarness.speech(skill.call(intent(IntentNames.LIST_REMINDERS, "NONE", "en-US")));

        assertThat(speech).contains("First: call mom \uD83C\uDF55,");
        assertValidSsml(speech);
    }

    @Test
    void timer_withControlCharactersInTheLabel_isConfirmedAndStartedWithValidSsml_andACleanLabel() throws IOException {
        String confirm = SkillHarness.speech(skill.call(startTimer("pasta\u0000\u0007 & sauce", "NONE")));
        JsonNode started = skill.call(startTimer("pasta\u0000\u0007 & sauce", "CONFIRMED"));

        assertThat(confirm).isEqualTo("<speak>Shall I start a pasta &amp; sauce timer for 10 minutes?</speak>");
        assertValidSsml(SkillHarness.speech(started));
        assertThat(timers()).extracting(timer -> timer.label().orElse("")).containsExactly("pasta & sauce");
    }

    @Test
    void timeLeft_ofATimerTheServiceHoldsWithControlCharacters_isValidSsml() throws IOException {
        TimerRequest clean = new PendingTimer(Duration.ofMinutes(10), Optional.of("tea"), "en-US")
                .toRequest(Speech.forLocale("en-US"));
        timersClient()
                .create(
                        access(Set.of(ReminderPermission.TIMERS_SCOPE)),
                        TimerRequest.builder()
                                .withDuration(clean.getDuration())
                                .withTimerLabel("tea\u0007\u0000" + CONTROLS)
                                .withCreationBehavior(clean.getCreationBehavior())
                                .withTriggeringBehavior(clean.getTriggeringBehavior())
                                .build());

        String speech =
                SkillHarness.speech(skill.call(withTimersScope(intent(IntentNames.TIME_LEFT, "NONE", "en-US"))));

        assertThat(speech).contains("tea timer");
        assertValidSsml(speech);
    }

    private static void assertValidSsml(String ssml) {
        assertThatCode(() -> DocumentBuilderFactory.newInstance()
                        .newDocumentBuilder()
                        .parse(new InputSource(new StringReader(ssml))))
                .as("parses as XML: %s", ssml)
                .doesNotThrowAnyException();
    }

    private ObjectNode create(String text, String duration, String confirmation) {
        ObjectNode request = intent(IntentNames.CREATE_RELATIVE_REMINDER, confirmation, "en-US");
        SkillHarness.slot(request, "reminderText", text);
        return SkillHarness.slot(request, "duration", duration);
    }

    private ObjectNode startTimer(String label, String confirmation) {
        ObjectNode request = withTimersScope(intent(IntentNames.START_TIMER, confirmation, "en-US"));
        SkillHarness.slot(request, "duration", "PT10M");
        return SkillHarness.slot(request, "timerLabel", label);
    }

    /** A reminder as an older skill version or another client could have written it, not through {@link PendingReminder}. */
    private static ReminderRequest dirtyRequest(String text) {
        return SpokenReminders.request(
                NOW.instant(),
                Trigger.builder()
                        .withType(TriggerType.SCHEDULED_RELATIVE)
                        .withOffsetInSeconds(600)
                        .build(),
                "en-US",
                text);
    }

    private ReminderClient remindersClient() {
        return ReminderClient.builder(ApiEndpoints.localEmulator(skill.emulator.baseUri()))
                .clock(NOW)
                .build();
    }

    private TimerClient timersClient() {
        return TimerClient.builder(ApiEndpoints.localEmulator(skill.emulator.baseUri()))
                .httpClient(JdkHttpApiClient.create(Duration.ofSeconds(1), Duration.ofSeconds(2)))
                .retryPolicy(RetryPolicy.DEFAULT)
                .clock(NOW)
                .build();
    }

    private List<Timer> timers() {
        return timersClient().list(access(Set.of(ReminderPermission.TIMERS_SCOPE)));
    }

    private AlexaApiAccess access(Set<String> scopes) {
        return new AlexaApiAccess(
                "https://api.amazonalexa.com", skill.emulator.mintToken(skillId, userId, true, scopes, BERLIN));
    }
}
