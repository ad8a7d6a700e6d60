package com.example.reminderskill.skill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.reminderskill.emulator.AlexaEmulator;
import com.example.reminderskill.skill.conversation.Speech;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The skill as Lambda runs it: JSON in through the {@link LambdaHandler}'s {@link TreeStreamHandler}, JSON out, Alexa APIs on the emulator. */
class SkillStreamTest {

    private static final ObjectMapper MAPPER = SkillHarness.MAPPER;
    private static final String SKILL_ID = "amzn1.ask.skill.stream-test";

    private SkillHarness skill;

    @BeforeEach
    void startSkill() {
        skill = new SkillHarness(SKILL_ID, AlexaEmulator.builder());
    }

    @AfterEach
    void stop() {
        skill.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "en-GB", "de-DE"})
    void launch_welcomesInTheUsersLanguageAndListens(String locale) throws IOException {
        JsonNode response = call(request("LaunchRequest", null, locale));

        assertThat(speech(response))
                .isEqualTo("<speak>" + Speech.forLocale(locale).say("welcome") + "</speak>");
        assertThat(response.at("/response/reprompt/outputSpeech/ssml").asText())
                .contains(Speech.forLocale(locale).say("welcome.reprompt"));
        assertThat(response.at("/response/shouldEndSession").asBoolean()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "en-GB", "de-DE"})
    void help_givesExamplesAndListens(String locale) throws IOException {
        JsonNode response = call(request("IntentRequest", "AMAZON.HelpIntent", locale));

        assertThat(speech(response)).contains(Speech.forLocale(locale).say("help"));
        assertThat(response.at("/response/shouldEndSession").asBoolean()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent"})
    void stopCancelAndHome_sayGoodbyeAndEndTheSession(String intent) throws IOException {
        JsonNode response = call(request("IntentRequest", intent, "de-DE"));

        assertThat(speech(response)).isEqualTo("<speak>Tschüss!</speak>");
        assertThat(response.at("/response/shouldEndSession").asBoolean()).isTrue();
    }

    @Test
    void fallback_saysWhatTheSkillCanDo() throws IOException {
        JsonNode response = call(request("IntentRequest", "AMAZON.FallbackIntent", "en-GB"));

        assertThat(speech(response)).contains(Speech.forLocale("en-GB").say("fallback"));
        assertThat(response.at("/response/shouldEndSession").asBoolean()).isFalse();
    }

    @Test
    void sessionEnded_saysNothing() throws IOException {
        ObjectNode request = request("SessionEndedRequest", null, "en-US");
        ((ObjectNode) request.get("request")).put("reason", "USER_INITIATED");

        JsonNode response = call(request);

        assertThat(response.at("/response/outputSpeech").isMissingNode()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Reminders.ReminderCreated",
                "Reminders.ReminderStarted",
                "Messaging.MessageReceived",
                "AlexaSkillEvent.SkillPermissionAccepted",
                "AlexaSkillEvent.SkillDisabled"
            })
    void events_areAcknowledgedWithoutSpeech(String type) throws IOException {
        ObjectNode request = request(type, null, "en-US");
        request.remove("session");
        ObjectNode body = ((ObjectNode) request.get("request")).putObject("body");
        body.put("alertToken", "token-1");

        JsonNode response = call(request);

        assertThat(response.at("/response/outputSpeech").isMissingNode()).isTrue();
    }

    @Test
    void unknownIntent_getsTheFallbackAnswer() throws IOException {
        JsonNode response = call(request("IntentRequest", "SomeIntentNobodyHandles", "en-US"));

        assertThat(speech(response))
                .isEqualTo("<speak>" + Speech.forLocale("en-US").say("fallback") + "</speak>");
        assertThat(response.at("/response/shouldEndSession").asBoolean()).isFalse();
    }

    @Test
    void unknownRequestType_isAcknowledgedWithoutSpeech() throws IOException {
        JsonNode response = call(request("Alexa.Presentation.APL.UserEvent", null, "en-US"));

        assertThat(response.at("/response/outputSpeech").isMissingNode()).isTrue();
        assertThat(response.toString()).doesNotContain("Exception", "at com.");
    }

    @Test
    void requestForAnotherSkill_isRefused() {
        ObjectNode request = request("LaunchRequest", null, "en-US");
        ((ObjectNode) request.at("/context/System/application")).put("applicationId", "amzn1.ask.skill.someone-else");

        assertThatThrownBy(() -> call(request)).isInstanceOf(RuntimeException.class);
    }

    private JsonNode call(JsonNode request) throws IOException {
        return skill.call(request);
    }

    private static String speech(JsonNode response) {
        return SkillHarness.speech(response);
    }

    private static ObjectNode request(String type, String intent, String locale) {
        ObjectNode envelope = MAPPER.createObjectNode().put("version", "1.0");
        ObjectNode system = envelope.putObject("context").putObject("System");
        system.putObject("application").put("applicationId", SKILL_ID);
        system.putObject("user").put("userId", "amzn1.ask.account.stream-test");
        system.put("apiEndpoint", "https://api.amazonalexa.com");
        system.put("apiAccessToken", "not-used-by-these-requests");
        ObjectNode session =
                envelope.putObject("session").put("new", true).put("sessionId", "amzn1.echo-api.session.1");
        session.putObject("application").put("applicationId", SKILL_ID);
        session.putObject("user").put("userId", "amzn1.ask.account.stream-test");
        ObjectNode request = envelope.putObject("request")
                .put("type", type)
                .put("requestId", "amzn1.echo-api.request.1")
                .put("timestamp", "2026-11-22T10:00:00Z")
                .put("locale", locale);
        if (intent != null) {
            request.putObject("intent").put("name", intent).put("confirmationStatus", "NONE");
        }
        return envelope;
    }
}
