package com.example.reminderskill.skill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.amazon.ask.SkillStreamHandler;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.exception.AskSdkException;
import com.amazon.ask.model.Response;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.example.reminderskill.alerts.ApiEndpoints;
import com.example.reminderskill.emulator.AlexaEmulator;
import com.example.reminderskill.store.FileSkillStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The Lambda entry point's stream handling answers and refuses exactly as the SDK's {@code SkillStreamHandler}. */
class TreeStreamHandlerTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    /** The examples' tokens are not the emulator's: every Alexa API call is refused alike, at once. */
    private static AlexaEmulator emulator;

    @TempDir
    Path sdkData;

    @TempDir
    Path treeData;

    @BeforeAll
    static void startEmulator() {
        emulator = AlexaEmulator.builder().clock(CLOCK).start();
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    static Stream<Path> envelopes() throws IOException {
        try (Stream<Path> examples = Files.list(Path.of("examples/requests"))) {
            return Stream.concat(
                    examples.filter(path -> path.toString().endsWith(".json")).sorted().toList().stream(),
                    Stream.of(Path.of("src/test/resources/envelopes/rich-device.json")));
        }
    }

    private static JsonTreeSkill skillWith(RequestHandler handler) {
        JsonTreeSkill.Builder builder = JsonTreeSkill.builder();
        builder.addRequestHandler(handler);
        return builder.build();
    }

    private static JsonTreeSkill skill(Path data, Optional<String> skillId) {
        return ReminderSkill.create(new SkillSettings(
                ApiEndpoints.localEmulator(emulator.baseUri()), skillId, CLOCK, FileSkillStore.open(data, CLOCK)));
    }

    private static String answer(RequestStreamHandler handler, byte[] request) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(request), out, null);
        return out.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @MethodSource("envelopes")
    void answersEveryExampleWithTheSdkHandlersBytes(Path envelope) throws IOException {
        byte[] request = Files.readAllBytes(envelope);
        RequestStreamHandler sdk = new SkillStreamHandler(skill(sdkData, Optional.empty())) {};
        RequestStreamHandler tree = new TreeStreamHandler(skill(treeData, Optional.empty()));

        String expected = answer(sdk, request);

        assertThat(answer(tree, request)).isEqualTo(expected);
        assertThat(MAPPER.readTree(expected).path("version").asText()).isEqualTo("1.0");
    }

    @Test
    void handsTheSkillTheRequestJson() throws IOException {
        AtomicReference<JsonNode> seen = new AtomicReference<>();
        RequestHandler recorder = new RequestHandler() {
            @Override
            public boolean canHandle(HandlerInput input) {
                return true;
            }

            @Override
            public Optional<Response> handle(HandlerInput input) {
                seen.set(input.getRequestEnvelopeJson());
                return input.getResponseBuilder().withSpeech("heard").build();
            }
        };
        byte[] request = Files.readAllBytes(Path.of("examples/requests/create-reminder.json"));

        String response = answer(
                new TreeStreamHandler((JsonTreeSkill)
                        JsonTreeSkill.builder().addRequestHandler(recorder).build()),
                request);

        assertThat(seen.get()).isEqualTo(MAPPER.readTree(request));
        assertThat(MAPPER.readTree(response).at("/response/outputSpeech/ssml").asText())
                .isEqualTo("<speak>heard</speak>");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "not json",
                "",
                "[]",
                "{\"version\":\"1.0\"}",
                "{\"request\":{\"type\":7}}",
                "{\"request\":{\"type\":\"NoSuchRequest\"}}",
                "{\"request\":{\"type\":\"LaunchRequest\",\"timestamp\":\"yesterday\"}}",
                "{\"context\":{\"System\":{\"application\":{\"applicationId\":\"amzn1.ask.skill.other\"}}},"
                        + "\"request\":{\"type\":\"LaunchRequest\",\"requestId\":\"r\",\"locale\":\"en-US\"}}"
            })
    void refusesWhatTheSdkHandlerRefuses_withItsMessage(String body) {
        byte[] request = body.getBytes(StandardCharsets.UTF_8);
        RequestStreamHandler sdk = new SkillStreamHandler(skill(sdkData, Optional.of("amzn1.ask.skill.this"))) {};
        RequestStreamHandler tree = new TreeStreamHandler(skill(treeData, Optional.of("amzn1.ask.skill.this")));

        Throwable expected = catchThrowable(() -> answer(sdk, request));

        assertThat(expected).isInstanceOf(AskSdkException.class);
        assertThatThrownBy(() -> answer(tree, request))
                .isInstanceOf(AskSdkException.class)
                .hasMessage(expected.getMessage());
    }
}
