package com.example.reminderskill.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.example.reminderskill.emulator.AlexaEmulator;
import com.example.reminderskill.emulator.LocalSkill;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code send-message} through {@link Main#run}, against an emulator started here with the local
 * skill's credentials, as {@code emulator} and {@code serve} configure it.
 */
class SendMessageCommandTest {

    private static final String USER = "amzn1.ask.account.SEND-MESSAGE-TEST";
    private static final String ALERT_TOKEN = "806d8d7d-f45a-4779-91d8-c56fb6efca93";
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private final List<String> delivered = new CopyOnWriteArrayList<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private AlexaEmulator emulator;

    @BeforeEach
    void startEmulator() {
        emulator = AlexaEmulator.builder()
                .skillCredentials(LocalSkill.SKILL_ID, LocalSkill.CLIENT_ID, LocalSkill.CLIENT_SECRET)
                .skillEndpoint(envelope -> delivered.add(envelope))
                .start();
        emulator.mintToken(LocalSkill.SKILL_ID, USER, true, Set.of("alexa::alerts:reminders:skill:readwrite"));
    }

    @AfterEach
    void stopEmulator() {
        emulator.close();
    }

    /** Runs {@code send-message} at the test's emulator, after the given arguments. */
    private int sendMessage(String... args) {
        List<String> all = new ArrayList<>(List.of("send-message"));
        all.addAll(List.of(args));
        all.addAll(List.of("--endpoint", emulator.baseUri().toString()));
        return run(all.toArray(String[]::new));
    }

    private int run(String... args) {
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            return Main.run(args, outStream, errStream);
        }
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private List<JsonNode> deliveredMessages() throws InterruptedException {
        emulator.awaitDelivery(PATIENCE);
        return delivered.stream()
                .map(SendMessageCommandTest::parse)
                .filter(envelope -> envelope.at("/request/type").asText().equals("Messaging.MessageReceived"))
                .map(envelope -> envelope.at("/request/message"))
                .toList();
    }

    private static void assumeNoCredentialsInTheEnvironment() {
        assumeTrue(
                System.getenv("SKILL_MESSAGING_CLIENT_ID") == null
                        && System.getenv("SKILL_MESSAGING_CLIENT_SECRET") == null,
                "the local skill's credentials are used only when the environment names none");
    }

    @Test
    void update_isAccepted_printsOneLine_andTheSkillGetsTheMessage() throws InterruptedException {
        assumeNoCredentialsInTheEnvironment();

        int exit = sendMessage(
                "--user",
                USER,
                "--operation",
                "UPDATE",
                "--alert-token",
                ALERT_TOKEN,
                "--client-reference",
                "match-42-moved",
                "--text",
                "Match day: Arsenal v Spurs",
                "--time",
                "2026-11-29T15:00:00",
                "--time-zone",
                "Europe/London",
                "--rrule",
                "FREQ=WEEKLY;BYDAY=SA",
                "--rrule",
                "FREQ=WEEKLY;BYDAY=SU",
                "--expires-after",
                "600");

        assertThat(exit).isZero();
        assertThat(stdout())
                .isEqualTo("message accepted: UPDATE for " + USER + " (client reference match-42-moved)"
                        + System.lineSeparator());
        assertThat(stderr()).isEmpty();
        assertThat(deliveredMessages()).containsExactly(parse("""
                {"version": "1", "operation": "UPDATE", "alertToken": "%s", "clientReference": "match-42-moved",
                 "text": "Match day: Arsenal v Spurs", "scheduledTime": "2026-11-29T15:00:00", "timeZoneId": "Europe/London",
                 "recurrenceRules": ["FREQ=WEEKLY;BYDAY=SA", "FREQ=WEEKLY;BYDAY=SU"]}""".formatted(ALERT_TOKEN)));
    }

    @Test
    void getAll_withoutClientReference_printsTheLineWithoutParenthesis() throws InterruptedException {
        assumeNoCredentialsInTheEnvironment();

        int exit = sendMessage("--user", USER, "--operation", "get");

        assertThat(exit).isZero();
        assertThat(stdout()).isEqualTo("message accepted: GET for " + USER + System.lineSeparator());
        assertThat(deliveredMessages()).containsExactly(parse("{\"version\": \"1\", \"operation\": \"GET\"}"));
    }

    @Test
    void noRepeat_sendsAnEmptyRuleList() throws InterruptedException {
        assumeNoCredentialsInTheEnvironment();

        int exit =
                sendMessage("--user", USER, "--operation", "UPDATE", "--external-reference", "match-42", "--no-repeat");

        assertThat(exit).isZero();
        assertThat(deliveredMessages())
                .singleElement()
                .satisfies(
                        message -> assertThat(message.path("recurrenceRules")).isEqualTo(parse("[]")));
    }

    @Test
    void delete_withACredentialsFileInAskCliShape_isAccepted() throws IOException {
        Path credentials = Files.writeString(
                dir.resolve("credentials.json"), """
                {"skillMessagingCredentials": {"clientId": "%s", "clientSecret": "%s"}}
                """.formatted(LocalSkill.CLIENT_ID, LocalSkill.CLIENT_SECRET));

        int exit = sendMessage(
                "--user",
                USER,
                "--operation",
                "DELETE",
                "--alert-token",
                ALERT_TOKEN,
                "--credentials",
                credentials.toString());

        assertThat(exit).isZero();
        assertThat(stdout()).isEqualTo("message accepted: DELETE for " + USER + System.lineSeparator());
        assertNoSecretPrinted();
    }

    @Test
    void credentialsFromTheEnvironment_comeBeforeTheLocalSkill() {
        Map<String, String> environment = Map.of(
                "SKILL_MESSAGING_CLIENT_ID", LocalSkill.CLIENT_ID, "SKILL_MESSAGING_CLIENT_SECRET", "env-secret-0123");
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);

        int exit = new SendMessageCommand(environment::get)
                .run(
                        new String[] {
                            "--user",
                            USER,
                            "--operation",
                            "GET",
                            "--endpoint",
                            emulator.baseUri().toString()
                        },
                        outStream,
                        errStream);

        assertThat(exit)
                .as("the environment's wrong secret is used, not the local skill's")
                .isEqualTo(1);
        assertThat(stderr()).startsWith("send-message: 401 invalid_client: ").doesNotContain("env-secret-0123");
    }

    @Test
    void userTheSkillDoesNotHave_is404_exitOne() {
        assumeNoCredentialsInTheEnvironment();

        int exit = sendMessage("--user", "amzn1.ask.account.NOBODY", "--operation", "GET");

        assertThat(exit).isEqualTo(1);
        assertThat(stdout()).isEmpty();
        assertThat(stderr().lines().toList())
                .singleElement()
                .asString()
                .startsWith("send-message: 404 NOT_FOUND: ")
                .contains("amzn1.ask.account.NOBODY");
        assertNoSecretPrinted();
    }

    @Test
    void wrongSecretInTheCredentialsFile_isLwasRefusal_exitOne() throws IOException {
        Path credentials = Files.writeString(
                dir.resolve("wrong.json"),
                "{\"clientId\": \"" + LocalSkill.CLIENT_ID + "\", \"clientSecret\": \"wrong-secret-9876\"}");

        int exit = sendMessage("--user", USER, "--operation", "GET", "--credentials", credentials.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(stderr()).startsWith("send-message: 401 invalid_client: ").doesNotContain("wrong-secret-9876");
        assertNoSecretPrinted();
    }

    static Stream<Arguments> badOptions() {
        return Stream.of(
                Arguments.of("no user", List.of("--operation", "GET"), "--user is required"),
                Arguments.of("no operation", List.of("--user", USER), "--operation is required"),
                Arguments.of(
                        "unknown operation", List.of("--user", USER, "--operation", "CREATE"), "--operation 'CREATE'"),
                Arguments.of(
                        "unknown option",
                        List.of("--user", USER, "--operation", "GET", "--verbose"),
                        "unknown option --verbose"),
                Arguments.of(
                        "stray argument",
                        List.of("--user", USER, "--operation", "GET", "extra"),
                        "unexpected argument 'extra'"),
                Arguments.of("missing value", List.of("--user", USER, "--operation"), "--operation needs a value"),
                Arguments.of(
                        "repeated option",
                        List.of("--user", USER, "--user", USER, "--operation", "GET"),
                        "--user is given twice"),
                Arguments.of(
                        "bad time",
                        List.of("--user", USER, "--operation", "UPDATE", "--alert-token", "t", "--time", "tomorrow"),
                        "--time 'tomorrow'"),
                Arguments.of(
                        "bad zone",
                        List.of(
                                "--user",
                                USER,
                                "--operation",
                                "UPDATE",
                                "--alert-token",
                                "t",
                                "--time",
                                "2026-11-29T15:00:00",
                                "--time-zone",
                                "Mars/Olympus"),
                        "--time-zone 'Mars/Olympus'"),
                Arguments.of(
                        "zone without time",
                        List.of(
                                "--user",
                                USER,
                                "--operation",
                                "UPDATE",
                                "--alert-token",
                                "t",
                                "--text",
                                "x",
                                "--time-zone",
                                "Europe/London"),
                        "INVALID_MESSAGE: timeZoneId"),
                Arguments.of(
                        "update without change",
                        List.of("--user", USER, "--operation", "UPDATE", "--alert-token", "t"),
                        "INVALID_MESSAGE: an UPDATE needs text"),
                Arguments.of(
                        "delete without target",
                        List.of("--user", USER, "--operation", "DELETE"),
                        "INVALID_MESSAGE: a DELETE needs"),
                Arguments.of(
                        "bad reference",
                        List.of("--user", USER, "--operation", "GET", "--client-reference", "has space"),
                        "clientReference"),
                Arguments.of(
                        "rrule and no-repeat",
                        List.of(
                                "--user",
                                USER,
                                "--operation",
                                "UPDATE",
                                "--alert-token",
                                "t",
                                "--rrule",
                                "FREQ=DAILY",
                                "--no-repeat"),
                        "--no-repeat and --rrule"),
                Arguments.of(
                        "expiry too short",
                        List.of("--user", USER, "--operation", "GET", "--expires-after", "59"),
                        "--expires-after '59'"),
                Arguments.of(
                        "expiry too long",
                        List.of("--user", USER, "--operation", "GET", "--expires-after", "86401"),
                        "60 to 86400"),
                Arguments.of(
                        "expiry not a number",
                        List.of("--user", USER, "--operation", "GET", "--expires-after", "1h"),
                        "--expires-after '1h'"),
                Arguments.of(
                        "missing credentials file",
                        List.of("--user", USER, "--operation", "GET", "--credentials", "/nonexistent/credentials.json"),
                        "no such file"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badOptions")
    void badOptions_exitTwoWithTheReasonAndTheUsage(String label, List<String> args, String reason) {
        int exit = sendMessage(args.toArray(String[]::new));

        assertThat(exit).isEqualTo(2);
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).startsWith("send-message: ").contains(reason).contains("usage: send-message");
        assertThat(emulator.events()).isEmpty();
    }

    @Test
    void regionAndEndpointTogether_exitTwo() {
        int exit = run(
                "send-message",
                "--user",
                USER,
                "--operation",
                "GET",
                "--region",
                "EU",
                "--endpoint",
                "http://127.0.0.1:8123");

        assertThat(exit).isEqualTo(2);
        assertThat(stderr()).contains("--region and --endpoint");
    }

    @Test
    void endpointOffLoopback_exitTwoBeforeAnyCall() {
        int exit = run("send-message", "--user", USER, "--operation", "GET", "--endpoint", "http://example.com:8123");

        assertThat(exit).isEqualTo(2);
        assertThat(stderr()).contains("loopback");
    }

    @Test
    void unknownRegion_exitTwo() {
        int exit = run("send-message", "--user", USER, "--operation", "GET", "--region", "US");

        assertThat(exit).isEqualTo(2);
        assertThat(stderr()).contains("--region: region 'US' is not NA, EU or FE");
    }

    @Test
    void regionWithoutCredentials_exitTwo_andNeverFallsBackToTheLocalSkill() {
        assumeNoCredentialsInTheEnvironment();

        int exit = run("send-message", "--user", USER, "--operation", "GET", "--region", "NA");

        assertThat(exit).isEqualTo(2);
        assertThat(stderr()).contains("no credentials", "SKILL_MESSAGING_CLIENT_ID");
    }

    @Test
    void help_printsTheUsageAndExitsZero() {
        int exit = run("send-message", "--help");

        assertThat(exit).isZero();
        assertThat(stdout()).contains("usage: send-message", "--user", "--operation", "--no-repeat", "--credentials");
    }

    @Test
    void mainUsage_listsTheCommand() {
        run("help");

        assertThat(stdout()).contains("send-message --user USER_ID --operation GET|UPDATE|DELETE");
    }

    private void assertNoSecretPrinted() {
        assertThat(stdout() + stderr()).doesNotContain(LocalSkill.CLIENT_SECRET).doesNotContain("Atc|");
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
