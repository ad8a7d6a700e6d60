package com.example.reminderskill.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where a sender's client credentials come from, and that the secret never shows. */
class SkillMessagingCredentialsTest {

    private static final String CLIENT_ID = "amzn1.application-oa2-client.credentials-test";
    private static final String CLIENT_SECRET = "credentials-test-secret-0123456789";

    @TempDir
    Path dir;

    @Test
    void toString_showsTheClientIdButNeverTheSecret() {
        SkillMessagingCredentials credentials = new SkillMessagingCredentials(CLIENT_ID, CLIENT_SECRET);

        assertThat(credentials.toString()).contains(CLIENT_ID).doesNotContain(CLIENT_SECRET);
    }

    @Test
    void blankValues_areRefusedByName() {
        assertThatThrownBy(() -> new SkillMessagingCredentials(" ", CLIENT_SECRET))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("clientId");
        assertThatThrownBy(() -> new SkillMessagingCredentials(CLIENT_ID, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("clientSecret");
        assertThatThrownBy(() -> new SkillMessagingCredentials(CLIENT_ID, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void fromEnvironment_readsBothVariables() {
        Map<String, String> environment =
                Map.of("SKILL_MESSAGING_CLIENT_ID", CLIENT_ID, "SKILL_MESSAGING_CLIENT_SECRET", CLIENT_SECRET);

        assertThat(SkillMessagingCredentials.fromEnvironment(environment::get))
                .contains(new SkillMessagingCredentials(CLIENT_ID, CLIENT_SECRET));
    }

    @Test
    void fromEnvironment_withNeither_isEmpty() {
        assertThat(SkillMessagingCredentials.fromEnvironment(Map.of("SKILL_MESSAGING_CLIENT_ID", " ")::get))
                .isEmpty();
        assertThat(SkillMessagingCredentials.fromEnvironment(name -> null)).isEmpty();
    }

    @Test
    void fromEnvironment_withOnlyOne_namesTheMissingVariableAndNotTheSecret() {
        assertThatThrownBy(() -> SkillMessagingCredentials.fromEnvironment(
                        Map.of("SKILL_MESSAGING_CLIENT_SECRET", CLIENT_SECRET)::get))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SKILL_MESSAGING_CLIENT_ID")
                .hasMessageNotContaining(CLIENT_SECRET);
        assertThatThrownBy(() ->
                        SkillMessagingCredentials.fromEnvironment(Map.of("SKILL_MESSAGING_CLIENT_ID", CLIENT_ID)::get))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SKILL_MESSAGING_CLIENT_SECRET");
    }

    @Test
    void fromFile_readsThePlainShape() throws IOException {
        Path file = write("{\"clientId\": \"" + CLIENT_ID + "\", \"clientSecret\": \"" + CLIENT_SECRET + "\"}");

        assertThat(SkillMessagingCredentials.fromFile(file))
                .isEqualTo(new SkillMessagingCredentials(CLIENT_ID, CLIENT_SECRET));
    }

    @Test
    void fromFile_readsWhatAskSmapiGetSkillCredentialsWrites() throws IOException {
        Path file = write("""
                {
                  "skillMessagingCredentials": {
                    "clientId": "%s",
                    "clientSecret": "%s"
                  }
                }
                """.formatted(CLIENT_ID, CLIENT_SECRET));

        assertThat(SkillMessagingCredentials.fromFile(file))
                .isEqualTo(new SkillMessagingCredentials(CLIENT_ID, CLIENT_SECRET));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "[]",
                "{\"clientId\": \"" + CLIENT_ID + "\"}",
                "{\"clientSecret\": \"" + CLIENT_SECRET + "\"}",
                "{\"clientId\": 42, \"clientSecret\": \"" + CLIENT_SECRET + "\"}",
                "{\"clientId\": \"" + CLIENT_ID + "\", \"clientSecret\": \"  \"}",
                "{\"skillMessagingCredentials\": \"" + CLIENT_SECRET + "\"}",
                "{\"skillMessagingCredentials\": {\"clientId\": \"" + CLIENT_ID + "\"}}",
                "{\"clientId\": \"" + CLIENT_ID + "\", \"clientSecret\": \"" + CLIENT_SECRET + "",
                "clientSecret=" + CLIENT_SECRET
            })
    void fromFile_thatIsWrong_saysWhatIsWrongWithoutTheSecret(String content) throws IOException {
        Path file = write(content);

        assertThatThrownBy(() -> SkillMessagingCredentials.fromFile(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageNotContaining(CLIENT_SECRET)
                .hasNoCause();
    }

    @Test
    void fromFile_thatIsMissing_saysSo() {
        Path missing = dir.resolve("missing.json");

        assertThatThrownBy(() -> SkillMessagingCredentials.fromFile(missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no such file");
    }

    @Test
    void fromFile_missingAField_namesIt() throws IOException {
        Path file = write("{\"skillMessagingCredentials\": {\"clientId\": \"" + CLIENT_ID + "\"}}");

        assertThatThrownBy(() -> SkillMessagingCredentials.fromFile(file))
                .hasMessageContaining("skillMessagingCredentials.clientSecret is missing");
    }

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("credentials.json"), content);
    }
}
