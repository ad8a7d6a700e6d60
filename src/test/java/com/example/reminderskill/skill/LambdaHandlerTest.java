package com.example.reminderskill.skill;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.reminderskill.alerts.ApiEndpoints;
import com.example.reminderskill.skill.conversation.Speech;
import com.example.reminderskill.store.FileSkillStore;
import com.example.reminderskill.testing.TestClocks;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SnapStart priming: the skill's hot paths run before the snapshot, and not one Alexa API call goes out. */
class LambdaHandlerTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SKILL_ID = "amzn1.ask.skill.priming-test";
    /** The function's clock: a ticking one, as on Lambda, from a fixed day. */
    private static final Clock CLOCK = TestClocks.tickingFrom(Instant.parse("2026-11-22T10:00:00Z"));

    @TempDir
    Path data;

    private HttpServer alexaApis;
    private final AtomicInteger apiCalls = new AtomicInteger();
    private LambdaHandler handler;

    @BeforeEach
    void start() throws IOException {
        alexaApis = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        alexaApis.createContext("/", exchange -> {
            apiCalls.incrementAndGet();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        alexaApis.start();
        URI endpoint = URI.create("http://127.0.0.1:" + alexaApis.getAddress().getPort());
        handler = new LambdaHandler(new SkillSettings(
                ApiEndpoints.localEmulator(endpoint), Optional.of(SKILL_ID), CLOCK, FileSkillStore.open(data, CLOCK)));
    }

    @AfterEach
    void stop() {
        alexaApis.stop(0);
    }

    @Test
    void priming_runsLaunchHelpCreateFallbackAndSessionEnd_withoutAnAlexaApiCall() throws IOException {
        List<JsonNode> responses = new ArrayList<>();
        for (String response : SkillPriming.prime(handler, SKILL_ID, CLOCK)) {
            responses.add(MAPPER.readTree(response));
        }

        assertThat(apiCalls).hasValue(0);
        assertThat(responses).hasSize(9);
        assertThat(speech(responses.get(0)))
                .isEqualTo("<speak>" + Speech.forLocale("en-US").say("welcome") + "</speak>");
        assertThat(speech(responses.get(2)))
                .isEqualTo("<speak>" + Speech.forLocale("en-GB").say("welcome") + "</speak>");
        assertThat(speech(responses.get(4)))
                .isEqualTo("<speak>" + Speech.forLocale("de-DE").say("welcome") + "</speak>");
        assertThat(responses.get(6).at("/response/directives/0/type").asText()).isEqualTo("Connections.SendRequest");
        assertThat(responses.get(6).at("/response/directives/0/payload/@type").asText())
                .isEqualTo("AskForPermissionsConsentRequest");
        assertThat(responses)
                .allSatisfy(response ->
                        assertThat(response.path("version").asText()).isEqualTo("1.0"));
    }

    @Test
    void primingTheApiTurns_createsListsChangesDeletesAndStartsATimer_onTheEmulatorOnly() throws IOException {
        List<String> speech = new ArrayList<>();
        for (String response : SkillPriming.primeAlexaApiTurns(CLOCK)) {
            speech.add(speech(MAPPER.readTree(response)));
        }

        assertThat(apiCalls).hasValue(0);
        assertThat(speech).hasSize(5);
        assertThat(speech.get(0)).contains("stretch").contains("20 minutes");
        assertThat(speech.get(1)).contains("stretch");
        assertThat(speech.get(2)).contains("stretch again");
        assertThat(speech.get(3)).contains("stretch again");
        assertThat(speech.get(4)).contains("pasta");
        assertThat(speech)
                .noneMatch(text -> text.contains(Speech.forLocale("en-US").say("error.generic")));
    }

    @Test
    void beforeCheckpoint_primesWithoutAnAlexaApiCallOrAStoreWrite() throws Exception {
        handler.beforeCheckpoint(null);

        assertThat(apiCalls).hasValue(0);
        assertThat(FileSkillStore.open(data, CLOCK).reminders("amzn1.ask.account.priming"))
                .isEmpty();
    }

    @Test
    void afterPriming_theFirstLaunchAndCreateBuildNoDeserializer() throws Exception {
        handler.beforeCheckpoint(null);
        long built = LazyModelDeserializers.built();

        String launch = answer("examples/requests/launch.json");
        String create = answer("examples/requests/create-reminder.json");
        String fromAShow = answer("src/test/resources/envelopes/rich-device.json");

        assertThat(LazyModelDeserializers.built()).isEqualTo(built);
        assertThat(speech(MAPPER.readTree(launch)))
                .isEqualTo("<speak>" + Speech.forLocale("en-US").say("welcome") + "</speak>");
        assertThat(MAPPER.readTree(create).path("version").asText()).isEqualTo("1.0");
        assertThat(MAPPER.readTree(fromAShow).path("version").asText()).isEqualTo("1.0");
    }

    /** The envelope, sent to this function's skill. */
    private String answer(String envelope) throws IOException {
        byte[] request = Files.readString(Path.of(envelope))
                .replaceAll("amzn1\\.ask\\.skill\\.(local|rich)", SKILL_ID)
                .getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(request), out, null);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String speech(JsonNode response) {
        return response.at("/response/outputSpeech/ssml").asText();
    }
}
