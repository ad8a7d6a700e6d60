package com.example.reminderskill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.reminderskill.emulator.AlexaEmulator;
import com.example.reminderskill.skill.conversation.ReminderPermission;
import com.example.reminderskill.store.FileSkillStore;
import com.example.reminderskill.store.KeptReminder;
import com.example.reminderskill.store.ReminderState;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvokeCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void invoke_printsTheResponseEnvelopeForARequestFile() throws IOException {
        int exit = run("invoke", "--data-dir", dir.toString(), "examples/requests/help-de-DE.json");

        JsonNode response = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        assertThat(response.at("/response/outputSpeech/ssml").asText()).startsWith("<speak>Ich kann einmalige");
    }

    @Test
    void invoke_whenTheFileIsMissingOrNotAnEnvelope_exitsTwoWithAClearMessage() throws IOException {
        Path notJson = Files.writeString(dir.resolve("broken.json"), "{\"request\": ");
        Path notEnvelope = Files.writeString(dir.resolve("array.json"), "[1, 2]");

        assertThat(run("invoke", dir.resolve("missing.json").toString())).isEqualTo(2);
        assertThat(run("invoke", notJson.toString())).isEqualTo(2);
        assertThat(run("invoke", notEnvelope.toString())).isEqualTo(2);
        assertThat(run("invoke")).isEqualTo(2);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("no such file", "broken.json", "not an Alexa request envelope", "usage: invoke");
    }

    @Test
    void invoke_whenTheEnvelopeBreaksARule_exitsTwoNamingTheFieldAndTheRule() throws IOException {
        ObjectNode request = (ObjectNode) new ObjectMapper()
                .readTree(Path.of("examples/requests/launch.json").toFile());
        ((ObjectNode) request.get("request")).put("timestamp", "yesterday");
        Path file = Files.writeString(dir.resolve("yesterday.json"), request.toString());

        int exit = run("invoke", "--data-dir", dir.toString(), file.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo(
                        "invoke: " + file + ": request.timestamp: not an ISO 8601 date-time" + System.lineSeparator());
    }

    @Test
    void invoke_keepsWhatTheSkillRemembers_inTheDataFolder_acrossRuns() throws IOException {
        Path data = dir.resolve("data");

        int created = run("invoke", "--data-dir", data.toString(), "examples/requests/create-reminder.json");

        assertThat(created).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("watch the match");
        List<KeptReminder> kept = FileSkillStore.open(data, Clock.systemUTC()).reminders("amzn1.ask.account.local");
        assertThat(kept).singleElement().satisfies(reminder -> {
            assertThat(reminder.text()).contains("watch the match");
            assertThat(reminder.state()).isEqualTo(ReminderState.ON);
        });

        int disabled = run("invoke", "--data-dir", data.toString(), "examples/requests/skill-disabled.json");

        assertThat(disabled).isZero();
        assertThat(FileSkillStore.open(data, Clock.systemUTC()).reminders("amzn1.ask.account.local"))
                .isEmpty();
    }

    @Test
    void invoke_withAnEmulatorThatDoesNotAnswer_exitsTwoAndSaysWhere() {
        int exit = run(
                "invoke",
                "--data-dir",
                dir.toString(),
                "--emulator",
                "http://127.0.0.1:9",
                "examples/requests/create-reminder.json");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("http://127.0.0.1:9");
    }

    @Test
    void invoke_withARunningEmulatorMovedAhead_takesTheEmulatorsDay() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode request = (ObjectNode) mapper.readTree(
                Path.of("examples/requests/create-reminder.json").toFile());
        ObjectNode intent = (ObjectNode) request.at("/request/intent");
        intent.put("name", "CreateAbsoluteReminderIntent");
        ((ObjectNode) intent.get("slots")).remove("duration");
        ((ObjectNode) intent.get("slots")).putObject("time").put("name", "time").put("value", "19:00");
        Path file = Files.writeString(dir.resolve("at-seven.json"), request.toString());

        try (AlexaEmulator emulator = AlexaEmulator.builder().port(0).start()) {
            emulator.advance(Duration.ofDays(10));
            LocalDate emulatorToday = LocalDate.ofInstant(emulator.clock().instant(), ZoneOffset.UTC);

            int exit = run(
                    "invoke",
                    "--data-dir",
                    dir.resolve("data").toString(),
                    "--emulator",
                    emulator.baseUri().toString(),
                    file.toString());

            assertThat(exit).isZero();
            String token = emulator.mintToken(
                    "amzn1.ask.skill.local", "amzn1.ask.account.local", true, Set.of(ReminderPermission.SCOPE));
            HttpResponse<String> listed = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(emulator.baseUri().resolve("/v1/alerts/reminders"))
                                    .header("Authorization", "Bearer " + token)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            JsonNode alerts = mapper.readTree(listed.body()).path("alerts");
            assertThat(alerts).hasSize(1);
            LocalDate rings = LocalDateTime.parse(
                            alerts.get(0).at("/trigger/scheduledTime").asText())
                    .toLocalDate();
            assertThat(rings).isBetween(emulatorToday, emulatorToday.plusDays(1));
        }
    }

    private int run(String... args) {
        return Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
