package com.example.reminderskill.skill;

import com.amazon.ask.SkillStreamHandler;
import com.example.reminderskill.alerts.ApiEndpoints;
import com.example.reminderskill.emulator.AlexaEmulator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

/** The skill as Lambda runs it (JSON through {@link SkillStreamHandler}), its Alexa APIs on an emulator. */
final class SkillHarness implements AutoCloseable {

    static final ObjectMapper MAPPER = new ObjectMapper();

    final AlexaEmulator emulator;
    private final SkillStreamHandler handler;

    SkillHarness(String skillId, AlexaEmulator.Builder emulatorBuilder) {
        this(skillId, emulatorBuilder, Clock.systemUTC());
    }

    /** With {@code clock} for both the skill and the emulator, so "today" and "tomorrow" are fixed. */
    SkillHarness(String skillId, AlexaEmulator.Builder emulatorBuilder, Clock clock) {
        emulator = emulatorBuilder.clock(clock).start();
        SkillSettings settings = new SkillSettings(ApiEndpoints.localEmulator(emulator.baseUri()), Optional.of(skillId), clock);
        handler = new SkillStreamHandler(ReminderSkill.create(settings)) { };
    }

    JsonNode call(JsonNode request) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(request.toString().getBytes(StandardCharsets.UTF_8)), out, null);
        return MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
    }

    static String speech(JsonNode response) {
        return response.at("/response/outputSpeech/ssml").asText();
    }

    @Override
    public void close() {
        emulator.close();
    }
}
