package com.example.reminderskill.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shaded deployment jar's {@code emulator} command, run as a separate process as a developer runs it. */
class EmulatorCommandIT {

    private static final Path JAR = Path.of(System.getProperty("deployment.jar", "lambda/lib/reminder-skill.jar"));
    private static final Pattern LISTENING =
            Pattern.compile("Alexa API emulator listening on (http://127\\.0\\.0\\.1:(\\d+))");
    private static final String SCOPE = "alexa::alerts:reminders:skill:readwrite";
    /** Safety nets against a process or server that never answers; nothing asserts on time. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /**
     * Failsafe passes {@code deployment.jar} after {@code package}; Surefire (which a
     * {@code -Dtest='Emulator*'} pattern also points here) does not, and would test whatever
     * stale jar lies in lambda/lib. Outside Failsafe, pass {@code -Ddeployment.jar=...}.
     */
    @BeforeEach
    void requireTheJarJustPackaged() {
        Assumptions.assumeTrue(
                System.getProperty("deployment.jar") != null,
                "runs under Failsafe (mvn verify), against the jar package just built");
    }

    @Test
    void emulator_onPortZero_printsItsAddressFirstAndServesTheRemindersApi() throws Exception {
        Process process = new ProcessBuilder(command("emulator", "--port", "0"))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            BufferedReader stdout =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String firstLine =
                    CompletableFuture.supplyAsync(() -> readLine(stdout)).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

            Matcher listening = LISTENING.matcher(String.valueOf(firstLine));
            assertThat(listening.matches()).as("first line: %s", firstLine).isTrue();
            assertThat(Integer.parseInt(listening.group(2))).isPositive();
            URI base = URI.create(listening.group(1));

            JsonNode session = post(base.resolve("/emulator/sessions"), null, """
                    {"skillId": "amzn1.ask.skill.it", "userId": "amzn1.ask.account.IT", "inSession": true,
                     "permissions": ["%s"]}
                    """.formatted(SCOPE), 200);
            String token = session.path("apiAccessToken").asText();
            assertThat(token).isNotBlank();

            JsonNode receipt = post(base.resolve("/v1/alerts/reminders"), token, """
                    {"requestTime": "2026-11-22T10:00:00.000",
                     "trigger": {"type": "SCHEDULED_RELATIVE", "offsetInSeconds": 7200},
                     "alertInfo": {"spokenInfo": {"content": [{"locale": "en-US", "text": "walk the dog"}]}},
                     "pushNotification": {"status": "ENABLED"}}
                    """, 201);
            assertThat(receipt.path("status").asText()).isEqualTo("ON");
            assertThat(receipt.path("version").asText()).isEqualTo("1");

            HttpResponse<String> list = http.send(
                    HttpRequest.newBuilder(base.resolve("/v1/alerts/reminders"))
                            .timeout(PATIENCE)
                            .header("Authorization", "Bearer " + token)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(list.statusCode()).isEqualTo(200);
            JsonNode listed = mapper.readTree(list.body());
            assertThat(listed.path("totalCount").asText()).isEqualTo("1");
            assertThat(listed.at("/alerts/0/alertToken").asText())
                    .isEqualTo(receipt.path("alertToken").asText());
        } finally {
            process.destroy();
            if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void emulator_withPortNotANumber_exits2WithUsage() throws Exception {
        Result result = runToEnd("emulator", "--port", "abc");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr())
                .contains(
                        "emulator: --port 'abc' is not a port number from 0 to 65535",
                        "usage: emulator [--port N] [--skill-endpoint URL] [--max-requests-per-second N] [--max-reminders-per-user N]");
    }

    /**
     * Benchmarks raise the service's limits: 501 reminders as fast as they go pass both the default
     * 25 requests per second and the default 500 reminders per user; {@code GET /emulator/calls}
     * counts them. A limit that is not a whole number of 1 or more is a usage error.
     */
    @Test
    void emulator_withRaisedLimits_acceptsMoreAndCountsTheCalls_andRefusesBadLimits() throws Exception {
        Result zero = runToEnd("emulator", "--port", "0", "--max-requests-per-second", "0");
        assertThat(zero.exit()).isEqualTo(2);
        assertThat(zero.stdout()).isEmpty();
        assertThat(zero.stderr())
                .contains(
                        "emulator: --max-requests-per-second '0' is not a whole number of 1 or more",
                        "usage: emulator [--port N] [--skill-endpoint URL] [--max-requests-per-second N] [--max-reminders-per-user N]");
        Result notANumber = runToEnd("emulator", "--port", "0", "--max-reminders-per-user", "many");
        assertThat(notANumber.exit()).isEqualTo(2);
        assertThat(notANumber.stderr())
                .contains("emulator: --max-reminders-per-user 'many' is not a whole number of 1 or more");
        assertThat(runToEnd("emulator", "--max-reminders-per-user").stderr())
                .contains("emulator: --max-reminders-per-user needs a value");

        Process process = new ProcessBuilder(command(
                        "emulator",
                        "--port",
                        "0",
                        "--max-requests-per-second",
                        "1000",
                        "--max-reminders-per-user",
                        "5000"))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            BufferedReader stdout =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String firstLine =
                    CompletableFuture.supplyAsync(() -> readLine(stdout)).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            Matcher listening = LISTENING.matcher(String.valueOf(firstLine));
            assertThat(listening.matches()).as("first line: %s", firstLine).isTrue();
            URI base = URI.create(listening.group(1));
            String token = post(base.resolve("/emulator/sessions"), null, """
                    {"skillId": "amzn1.ask.skill.it", "userId": "amzn1.ask.account.IT", "inSession": true,
                     "permissions": ["%s"]}
                    """.formatted(SCOPE), 200)
                    .path("apiAccessToken")
                    .asText();

            for (int i = 0; i < 501; i++) {
                post(base.resolve("/v1/alerts/reminders"), token, """
                        {"requestTime": "2026-11-22T10:00:00.000",
                         "trigger": {"type": "SCHEDULED_RELATIVE", "offsetInSeconds": 7200},
                         "alertInfo": {"spokenInfo": {"content": [{"locale": "en-US", "text": "reminder %d"}]}},
                         "pushNotification": {"status": "ENABLED"}}
                        """.formatted(i), 201);
            }

            HttpResponse<String> calls = http.send(
                    HttpRequest.newBuilder(base.resolve("/emulator/calls"))
                            .timeout(PATIENCE)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(calls.statusCode()).isEqualTo(200);
            JsonNode counted = mapper.readTree(calls.body());
            assertThat(counted.path("total").asLong()).as(calls.body()).isEqualTo(501);
            assertThat(counted.at("/byApi/reminders").asLong()).isEqualTo(501);
            assertThat(counted.at("/byApi/timers").asLong()).isZero();
            assertThat(counted.path("byOperation")
                            .get("POST /v1/alerts/reminders")
                            .asLong())
                    .isEqualTo(501);
            assertThat(counted.path("byOperation").size()).isEqualTo(1);
        } finally {
            process.destroy();
            if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void emulator_withPortOutOfRange_exits2WithUsage() throws Exception {
        Result result = runToEnd("emulator", "--port", "70000");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.stderr()).contains("emulator: --port '70000' is not a port number from 0 to 65535");
    }

    /**
     * BUG: a --skill-endpoint that is not a URI at all escapes as an uncaught
     * IllegalArgumentException from URI.create: a stack trace and exit 1, not a usage error (2).
     */
    @Test
    void emulator_withSkillEndpointNotAUri_exits2WithUsage() throws Exception {
        Result result = runToEnd("emulator", "--port", "0", "--skill-endpoint", "http://skill host/events");

        assertThat(result.exit()).as("stderr: %s", result.stderr()).isEqualTo(2);
        assertThat(result.stderr()).anySatisfy(line -> assertThat(line).startsWith("emulator: --skill-endpoint"));
    }

    @Test
    void emulator_withSkillEndpointNotHttp_exits2WithUsage() throws Exception {
        Result result = runToEnd("emulator", "--port", "0", "--skill-endpoint", "ftp://skill.example/events");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.stderr())
                .contains("emulator: --skill-endpoint 'ftp://skill.example/events' is not an http(s) URL");
    }

    private record Result(int exit, List<String> stdout, List<String> stderr) {}

    /** Runs a command that must end by itself (a usage error); a server left running fails the test. */
    private Result runToEnd(String... args) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command(args)).start();
        try {
            CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> readAll(process, false));
            CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> readAll(process, true));
            assertThat(process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS))
                    .as("the command ends by itself")
                    .isTrue();
            return new Result(
                    process.exitValue(),
                    stdout.join().lines().toList(),
                    stderr.join().lines().toList());
        } finally {
            process.destroyForcibly();
        }
    }

    private static List<String> command(String... args) {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return command;
    }

    private JsonNode post(URI uri, String token, String body, int expectedStatus)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(PATIENCE)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as("POST %s: %s", uri.getPath(), response.body())
                .isEqualTo(expectedStatus);
        return mapper.readTree(response.body());
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String readAll(Process process, boolean stderr) {
        try {
            return new String(
                    (stderr ? process.getErrorStream() : process.getInputStream()).readAllBytes(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
