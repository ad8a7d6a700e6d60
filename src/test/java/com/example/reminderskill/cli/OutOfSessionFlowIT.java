package com.example.reminderskill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.reminderskill.store.FileSkillStore;
import com.example.reminderskill.store.KeptReminder;
import com.example.reminderskill.store.MessageOutcome;
import com.example.reminderskill.store.ReminderState;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The out-of-session flow with the deployment jar, as the README shows it: {@code serve} (the skill
 * and the emulator), a reminder created by voice with {@code invoke --emulator}, then a web app's
 * {@code send-message} GET, UPDATE and DELETE. Each message reaches the skill as
 * {@code Messaging.MessageReceived}; the emulator's reminders, the skill's store and the
 * {@code outcome} command all show the result.
 */
class OutOfSessionFlowIT {

    private static final Path JAR = Path.of(System.getProperty("deployment.jar", "lambda/lib/reminder-skill.jar"));
    private static final String USER = "amzn1.ask.account.local";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path data;

    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process serve;
    private String emulator;

    @BeforeEach
    void startServe() throws IOException {
        serve = new ProcessBuilder(java("serve", "--port", "0", "--emulator-port", "0", "--data-dir", data.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        BufferedReader lines =
                new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        assertThat(lines.readLine()).startsWith("Reminder skill listening on ");
        String second = lines.readLine();
        assertThat(second).startsWith("Alexa API emulator listening on http://127.0.0.1:");
        emulator = second.substring(second.lastIndexOf(' ') + 1);
    }

    @AfterEach
    void stopServe() {
        serve.destroy();
    }

    @Test
    void aWebAppsMessages_readChangeAndDeleteAReminderCreatedByVoice() throws Exception {
        Run created = run(
                "invoke",
                "--emulator",
                emulator,
                "--data-dir",
                data.toString(),
                "examples/requests/create-reminder.json");
        assertThat(created.exit()).as(created.err()).isZero();
        assertThat(created.out()).contains("watch the match");

        Run get = run(
                "send-message",
                "--endpoint",
                emulator,
                "--user",
                USER,
                "--operation",
                "GET",
                "--client-reference",
                "all-1");
        assertThat(get.out()).isEqualTo("message accepted: GET for " + USER + " (client reference all-1)\n");
        MessageOutcome all = awaitOutcome("all-1");
        assertThat(all.result()).isEqualTo(MessageOutcome.Result.SUCCEEDED);
        String alertToken = all.reminders().get(0).alertToken();
        assertThat(all.reminders())
                .singleElement()
                .satisfies(reminder -> assertThat(reminder.text()).contains("watch the match"));
        Run printed = run("outcome", "--data-dir", data.toString(), USER, "all-1");
        assertThat(mapper.readTree(printed.out()).path("result").asText()).isEqualTo("SUCCEEDED");
        assertThat(printed.out()).contains(alertToken);

        String monday = LocalDate.now(ZoneOffset.UTC).plusDays(3) + "T20:00:00";
        Run update = run(
                "send-message",
                "--endpoint",
                emulator,
                "--user",
                USER,
                "--operation",
                "UPDATE",
                "--alert-token",
                alertToken,
                "--text",
                "watch the match, moved",
                "--time",
                monday,
                "--time-zone",
                "Europe/London",
                "--client-reference",
                "moved-1");
        assertThat(update.exit()).as(update.err()).isZero();
        assertThat(awaitOutcome("moved-1").result()).isEqualTo(MessageOutcome.Result.SUCCEEDED);
        JsonNode onTheService = reminder(alertToken);
        assertThat(onTheService.at("/alertInfo/spokenInfo/content/0/text").asText())
                .isEqualTo("watch the match, moved");
        assertThat(onTheService.at("/trigger/scheduledTime").asText()).isEqualTo(monday);
        assertThat(onTheService.at("/trigger/timeZoneId").asText()).isEqualTo("Europe/London");
        KeptReminder kept = store().reminder(USER, alertToken).orElseThrow();
        assertThat(kept.text()).contains("watch the match, moved");
        assertThat(kept.trigger().orElseThrow()).contains(monday);

        Run delete = run(
                "send-message",
                "--endpoint",
                emulator,
                "--user",
                USER,
                "--operation",
                "DELETE",
                "--alert-token",
                alertToken,
                "--client-reference",
                "cancelled-1");
        assertThat(delete.exit()).as(delete.err()).isZero();
        assertThat(awaitOutcome("cancelled-1").result()).isEqualTo(MessageOutcome.Result.SUCCEEDED);
        assertThat(reminders()).isEmpty();
        assertThat(store().reminder(USER, alertToken).orElseThrow().state()).isEqualTo(ReminderState.DELETED);
    }

    @Test
    void aMessageForAUserTheSkillNeverSaw_isRefusedBySkillMessaging() throws Exception {
        Run refused =
                run("send-message", "--endpoint", emulator, "--user", "amzn1.ask.account.nobody", "--operation", "GET");

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("404");
        assertThat(refused.out() + refused.err()).doesNotContain("local-secret");
    }

    private FileSkillStore store() {
        // serve runs on the system clock: the store read here expires outcomes by the same one.
        return FileSkillStore.open(data, Clock.systemUTC());
    }

    /** Messages are delivered asynchronously: wait for the skill to record the outcome. */
    private MessageOutcome awaitOutcome(String reference) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            var outcome = store().outcome(USER, reference);
            if (outcome.isPresent()) {
                return outcome.get();
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        throw new AssertionError("no outcome recorded for " + reference + " within " + PATIENCE);
    }

    private JsonNode reminder(String alertToken) throws Exception {
        return mapper.readTree(get("/v1/alerts/reminders/" + alertToken).body());
    }

    private JsonNode reminders() throws Exception {
        return mapper.readTree(get("/v1/alerts/reminders").body()).path("alerts");
    }

    private HttpResponse<String> get(String path) throws Exception {
        String session = "{\"skillId\":\"amzn1.ask.skill.local\",\"userId\":\"" + USER
                + "\",\"inSession\":false,\"permissions\":[\"alexa::alerts:reminders:skill:readwrite\"]}";
        String token = mapper.readTree(http.send(
                                HttpRequest.newBuilder(URI.create(emulator + "/emulator/sessions"))
                                        .POST(HttpRequest.BodyPublishers.ofString(session))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body())
                .path("apiAccessToken")
                .asText();
        return http.send(
                HttpRequest.newBuilder(URI.create(emulator + path))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private record Run(int exit, String out, String err) {}

    private Run run(String... args) throws IOException, InterruptedException {
        Path out = data.resolveSibling(data.getFileName() + "-out.txt");
        Path err = data.resolveSibling(data.getFileName() + "-err.txt");
        Process process = new ProcessBuilder(java(args))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("java -jar ... " + String.join(" ", args) + " did not finish");
        }
        return new Run(process.exitValue(), java.nio.file.Files.readString(out), java.nio.file.Files.readString(err));
    }

    private static List<String> java(String... args) {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return command;
    }
}
