package com.example.reminderskill.emulator;

import static com.example.reminderskill.emulator.EmulatorHttp.OTHER_SKILL;
import static com.example.reminderskill.emulator.EmulatorHttp.REMINDERS;
import static com.example.reminderskill.emulator.EmulatorHttp.SKILL;
import static com.example.reminderskill.emulator.EmulatorHttp.USER;
import static com.example.reminderskill.emulator.SkillMessagingHttp.CLIENT_ID;
import static com.example.reminderskill.emulator.SkillMessagingHttp.CLIENT_SECRET;
import static com.example.reminderskill.emulator.SkillMessagingHttp.FORM;
import static com.example.reminderskill.emulator.SkillMessagingHttp.MESSAGING_SCOPE;
import static com.example.reminderskill.emulator.SkillMessagingHttp.OTHER_CLIENT_ID;
import static com.example.reminderskill.emulator.SkillMessagingHttp.OTHER_CLIENT_SECRET;
import static com.example.reminderskill.emulator.SkillMessagingHttp.TOKEN_PATH;
import static com.example.reminderskill.emulator.SkillMessagingHttp.credentialsForm;
import static com.example.reminderskill.emulator.SkillMessagingHttp.form;
import static com.example.reminderskill.emulator.SkillMessagingHttp.messageBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.reminderskill.emulator.SkillMessagingHttp.Reply;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The emulated Login with Amazon token endpoint: client credentials per skill give a Skill
 * Messaging token for an hour of emulated time; everything else gets OAuth 2.0's errors.
 */
class EmulatorLwaTest extends EmulatorTest {

    private static final String DATA = "{\"operation\": \"GET\"}";

    private SkillMessagingHttp lwa;

    private void startWithSkills() {
        start(SkillMessagingHttp.emulatorWithSkills());
        lwa = new SkillMessagingHttp(emulator.baseUri());
    }

    // ---- issuing tokens --------------------------------------------------------------------

    @Test
    void token_withSkillCredentials_answersABearerTokenForAnHourWithTheScope() {
        startWithSkills();

        Reply answer = lwa.token(credentialsForm(CLIENT_ID, CLIENT_SECRET));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.field("access_token")).startsWith("Atc|");
        assertThat(answer.json().path("expires_in").isIntegralNumber()).isTrue();
        assertThat(answer.json().path("expires_in").asLong()).isEqualTo(3600);
        assertThat(answer.field("token_type")).isEqualTo("bearer");
        assertThat(answer.field("scope")).isEqualTo(MESSAGING_SCOPE);
        assertThat(answer.json().has("refresh_token")).isFalse();
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.cacheControl()).isEqualTo("no-store");
    }

    @Test
    void token_onTheUpperCaseO2PathTheSdksUse_isIssuedToo() {
        startWithSkills();

        Reply answer = lwa.request("POST", "/auth/O2/token", null, FORM, credentialsForm(CLIENT_ID, CLIENT_SECRET));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.field("access_token")).startsWith("Atc|");
    }

    @Test
    void token_eachRequest_getsADifferentTokenAndBothWork() {
        startWithSkills();
        api.token(SKILL, USER);

        String first = lwa.lwaToken(CLIENT_ID, CLIENT_SECRET);
        String second = lwa.lwaToken(CLIENT_ID, CLIENT_SECRET);

        assertThat(first).isNotEqualTo(second);
        assertThat(lwa.messageWith(first, USER, messageBody(DATA, null)).status())
                .isEqualTo(202);
        assertThat(lwa.messageWith(second, USER, messageBody(DATA, null)).status())
                .isEqualTo(202);
    }

    @Test
    void token_withFormFieldsInAnyOrderAndEncoded_isIssued() {
        startWithSkills();

        Reply answer = lwa.token("scope=alexa%3Askill_messaging&client_secret=" + CLIENT_SECRET + "&client_id="
                + CLIENT_ID + "&grant_type=client_credentials");

        assertThat(answer.status()).isEqualTo(200);
    }

    @Test
    void token_isForTheSkillOfItsCredentials() {
        startWithSkills();
        api.token(SKILL, USER);
        String otherSkillsToken = lwa.lwaToken(OTHER_CLIENT_ID, OTHER_CLIENT_SECRET);

        Reply answer = lwa.messageWith(otherSkillsToken, USER, messageBody(DATA, null));

        assertThat(answer.status())
                .as("USER is a user of SKILL, not of OTHER_SKILL")
                .isEqualTo(404);
    }

    // ---- expiry ----------------------------------------------------------------------------

    @Test
    void token_expiresAfter3600SecondsOfEmulatedTime() {
        startWithSkills();
        api.token(SKILL, USER);
        String token = lwa.lwaToken(CLIENT_ID, CLIENT_SECRET);
        api.advance(3599);
        assertThat(lwa.messageWith(token, USER, messageBody(DATA, null)).status())
                .as("still valid just before the hour")
                .isEqualTo(202);

        api.advance(1);
        Reply answer = lwa.messageWith(token, USER, messageBody(DATA, null));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json().path("code").asInt()).isEqualTo(403);
        assertThat(answer.field("message")).containsIgnoringCase("expired");
        assertThat(lwa.messageWith(lwa.lwaToken(CLIENT_ID, CLIENT_SECRET), USER, messageBody(DATA, null))
                        .status())
                .as("a fresh token works")
                .isEqualTo(202);
    }

    // ---- errors ----------------------------------------------------------------------------

    static Stream<Arguments> invalidRequests() {
        return Stream.of(
                Arguments.of("empty form", "", 400, "invalid_request"),
                Arguments.of(
                        "no grant_type",
                        form("client_id", CLIENT_ID, "client_secret", CLIENT_SECRET, "scope", MESSAGING_SCOPE),
                        400,
                        "invalid_request"),
                Arguments.of(
                        "authorization_code grant",
                        form(
                                "grant_type",
                                "authorization_code",
                                "code",
                                "abc",
                                "client_id",
                                CLIENT_ID,
                                "client_secret",
                                CLIENT_SECRET),
                        400,
                        "unsupported_grant_type"),
                Arguments.of(
                        "refresh_token grant",
                        form(
                                "grant_type",
                                "refresh_token",
                                "refresh_token",
                                "Atzr|x",
                                "client_id",
                                CLIENT_ID,
                                "client_secret",
                                CLIENT_SECRET),
                        400,
                        "unsupported_grant_type"),
                Arguments.of(
                        "no client_id",
                        form(
                                "grant_type",
                                "client_credentials",
                                "client_secret",
                                CLIENT_SECRET,
                                "scope",
                                MESSAGING_SCOPE),
                        400,
                        "invalid_request"),
                Arguments.of(
                        "blank client_id",
                        form(
                                "grant_type",
                                "client_credentials",
                                "client_id",
                                " ",
                                "client_secret",
                                CLIENT_SECRET,
                                "scope",
                                MESSAGING_SCOPE),
                        400,
                        "invalid_request"),
                Arguments.of(
                        "no client_secret",
                        form("grant_type", "client_credentials", "client_id", CLIENT_ID, "scope", MESSAGING_SCOPE),
                        400,
                        "invalid_request"),
                Arguments.of(
                        "no scope",
                        form(
                                "grant_type",
                                "client_credentials",
                                "client_id",
                                CLIENT_ID,
                                "client_secret",
                                CLIENT_SECRET),
                        400,
                        "invalid_request"),
                Arguments.of(
                        "repeated scope",
                        credentialsForm(CLIENT_ID, CLIENT_SECRET) + "&scope=" + MESSAGING_SCOPE,
                        400,
                        "invalid_request"),
                Arguments.of(
                        "undecodable form",
                        credentialsForm(CLIENT_ID, CLIENT_SECRET) + "&state=%zz",
                        400,
                        "invalid_request"),
                Arguments.of(
                        "profile scope",
                        form(
                                "grant_type",
                                "client_credentials",
                                "client_id",
                                CLIENT_ID,
                                "client_secret",
                                CLIENT_SECRET,
                                "scope",
                                "profile"),
                        400,
                        "invalid_scope"),
                Arguments.of(
                        "two scopes",
                        form(
                                "grant_type",
                                "client_credentials",
                                "client_id",
                                CLIENT_ID,
                                "client_secret",
                                CLIENT_SECRET,
                                "scope",
                                MESSAGING_SCOPE + " profile"),
                        400,
                        "invalid_scope"),
                Arguments.of(
                        "reminders scope",
                        form(
                                "grant_type",
                                "client_credentials",
                                "client_id",
                                CLIENT_ID,
                                "client_secret",
                                CLIENT_SECRET,
                                "scope",
                                EmulatorHttp.SCOPE),
                        400,
                        "invalid_scope"),
                Arguments.of("wrong secret", credentialsForm(CLIENT_ID, "not-the-secret"), 401, "invalid_client"),
                Arguments.of(
                        "other skill's secret", credentialsForm(CLIENT_ID, OTHER_CLIENT_SECRET), 401, "invalid_client"),
                Arguments.of(
                        "secret in another case",
                        credentialsForm(CLIENT_ID, CLIENT_SECRET.toUpperCase()),
                        401,
                        "invalid_client"),
                Arguments.of(
                        "unknown client_id",
                        credentialsForm("amzn1.application-oa2-client.unknown", CLIENT_SECRET),
                        401,
                        "invalid_client"),
                Arguments.of(
                        "wrong secret and wrong scope",
                        form(
                                "grant_type",
                                "client_credentials",
                                "client_id",
                                CLIENT_ID,
                                "client_secret",
                                "not-the-secret",
                                "scope",
                                "profile"),
                        401,
                        "invalid_client"));
    }

    @ParameterizedTest(name = "{0}: {2} {3}")
    @MethodSource("invalidRequests")
    void token_invalidRequest_answersTheOAuthError(String label, String form, int status, String error) {
        startWithSkills();

        Reply answer = lwa.token(form);

        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.field("error")).isEqualTo(error);
        assertThat(answer.field("error_description"))
                .isNotBlank()
                .doesNotContain(CLIENT_SECRET)
                .doesNotContain(OTHER_CLIENT_SECRET);
        assertThat(answer.json().has("access_token")).isFalse();
        assertThat(answer.contentType()).startsWith("application/json");
    }

    @Test
    void token_withJsonInsteadOfAForm_answers400InvalidRequest() {
        startWithSkills();
        String json = "{\"grant_type\": \"client_credentials\", \"client_id\": \"" + CLIENT_ID
                + "\", \"client_secret\": \"" + CLIENT_SECRET + "\", \"scope\": \"" + MESSAGING_SCOPE + "\"}";

        Reply answer = lwa.request("POST", TOKEN_PATH, null, "application/json", json);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.field("error")).isEqualTo("invalid_request");
        assertThat(answer.field("error_description")).contains("application/x-www-form-urlencoded");
    }

    @Test
    void token_withGet_isRefused() {
        startWithSkills();

        Reply answer =
                lwa.request("GET", TOKEN_PATH + "?" + credentialsForm(CLIENT_ID, CLIENT_SECRET), null, null, null);

        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.field("error")).isEqualTo("invalid_request");
        assertThat(answer.json().has("access_token")).isFalse();
    }

    @Test
    void token_withoutAnySkillConfigured_answers401InvalidClient() {
        start(EmulatorHttp.emulatorAtNow());
        lwa = new SkillMessagingHttp(emulator.baseUri());

        Reply answer = lwa.token(credentialsForm(CLIENT_ID, CLIENT_SECRET));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.field("error")).isEqualTo("invalid_client");
    }

    @Test
    void lwaToken_isNoApiAccessTokenForTheRemindersApi() {
        startWithSkills();
        String token = lwa.lwaToken(CLIENT_ID, CLIENT_SECRET);

        EmulatorHttp.Answer answer = api.send("GET", REMINDERS, EmulatorHttp.bearer(token), null);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo("INVALID_BEARER_TOKEN");
    }

    // ---- configuration ---------------------------------------------------------------------

    @Test
    void skillCredentials_givenAgainForASkill_replaceItsCredentials() {
        start(EmulatorHttp.emulatorAtNow()
                .skillCredentials(SKILL, CLIENT_ID, "old-secret")
                .skillCredentials(SKILL, CLIENT_ID, CLIENT_SECRET));
        lwa = new SkillMessagingHttp(emulator.baseUri());

        assertThat(lwa.token(credentialsForm(CLIENT_ID, CLIENT_SECRET)).status())
                .isEqualTo(200);
        assertThat(lwa.token(credentialsForm(CLIENT_ID, "old-secret")).status()).isEqualTo(401);
    }

    @Test
    void skillCredentials_withAClientIdAnotherSkillHas_isRefused() {
        AlexaEmulator.Builder builder = EmulatorHttp.emulatorAtNow().skillCredentials(SKILL, CLIENT_ID, CLIENT_SECRET);

        assertThatThrownBy(() -> builder.skillCredentials(OTHER_SKILL, CLIENT_ID, OTHER_CLIENT_SECRET))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(CLIENT_ID)
                .hasMessageNotContaining(OTHER_CLIENT_SECRET);
    }

    @Test
    void skillCredentials_blankOrMissing_areRefused() {
        AlexaEmulator.Builder builder = EmulatorHttp.emulatorAtNow();

        assertThatThrownBy(() -> builder.skillCredentials(" ", CLIENT_ID, CLIENT_SECRET))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.skillCredentials(SKILL, "", CLIENT_SECRET))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.skillCredentials(SKILL, CLIENT_ID, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void skillCredentials_neverShowTheSecretWhenPrinted() {
        SkillCredentials credentials = new SkillCredentials(SKILL, CLIENT_ID, CLIENT_SECRET);

        assertThat(credentials.toString()).contains(SKILL, CLIENT_ID).doesNotContain(CLIENT_SECRET);
    }
}
