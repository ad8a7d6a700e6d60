package com.example.reminderskill.cli;

import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.ResponseEnvelope;
import com.example.reminderskill.alerts.ApiEndpoints;
import com.example.reminderskill.emulator.AlexaEmulator;
import com.example.reminderskill.skill.EnvelopeJson;
import com.example.reminderskill.skill.JsonTreeSkill;
import com.example.reminderskill.skill.ReminderSkill;
import com.example.reminderskill.skill.SkillSettings;
import com.example.reminderskill.store.SkillStore;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The skill running on this machine against an emulator. Requests written by hand or by a
 * simulator carry tokens the emulator never issued, so each request's {@code apiAccessToken}
 * is replaced by one the emulator mints for the same skill, user, session kind and granted scopes.
 */
final class LocalSkillRunner {

    private final EmulatorTokens tokens;
    private final JsonTreeSkill skill;

    /**
     * The skill in this process with its Alexa APIs at {@code emulator}, on the emulator's
     * {@code clock}, and what it keeps in {@code store} (opened on that clock).
     */
    LocalSkillRunner(URI emulator, EmulatorTokens tokens, Clock clock, SkillStore store) {
        this.tokens = tokens;
        this.skill = ReminderSkill.create(
                new SkillSettings(ApiEndpoints.localEmulator(emulator), Optional.empty(), clock, store));
    }

    LocalSkillRunner(AlexaEmulator emulator, SkillStore store) {
        this(emulator.baseUri(), EmulatorTokens.of(emulator), emulator.clock(), store);
    }

    /**
     * Runs one request envelope (JSON) through the skill and returns the response envelope (JSON).
     *
     * @throws BadEnvelopeException when the body is not an Alexa request envelope
     */
    String handle(String requestEnvelope) throws IOException {
        JsonNode envelope;
        try {
            envelope = EnvelopeJson.read(requestEnvelope);
        } catch (JsonProcessingException e) {
            throw BadEnvelopeException.from(e);
        }
        if (envelope == null || !envelope.isObject()) {
            throw new BadEnvelopeException("body", "not an Alexa request envelope (a JSON object is required)");
        }
        if (!envelope.path("request").isObject()) {
            throw new BadEnvelopeException("request", "an object is required");
        }
        return handle((ObjectNode) envelope, true);
    }

    /** Runs a request the emulator itself sent (an event or a message): its token is already the emulator's. */
    boolean deliverFromEmulator(String requestEnvelope) throws IOException {
        handle((ObjectNode) EnvelopeJson.read(requestEnvelope), false);
        return true;
    }

    private String handle(ObjectNode envelope, boolean replaceToken) throws IOException {
        if (replaceToken) {
            withEmulatorToken(envelope);
        }
        RequestEnvelope request;
        try {
            request = EnvelopeJson.bind(envelope);
        } catch (JsonProcessingException e) {
            throw BadEnvelopeException.from(e);
        }
        // As on Lambda: the handlers see the request's JSON too.
        ResponseEnvelope response = skill.invoke(request, envelope, null);
        return EnvelopeJson.write(response);
    }

    private void withEmulatorToken(ObjectNode envelope) {
        JsonNode system = envelope.path("context").path("System");
        if (!system.isObject()) {
            return;
        }
        String skillId = system.path("application").path("applicationId").asText("amzn1.ask.skill.local");
        String userId = system.path("user").path("userId").asText("amzn1.ask.account.local");
        Set<String> granted = new HashSet<>();
        system.path("user").path("permissions").path("scopes").properties().forEach(scope -> {
            if ("GRANTED".equals(scope.getValue().path("status").asText())) {
                granted.add(scope.getKey());
            }
        });
        boolean inSession = envelope.path("session").hasNonNull("sessionId");
        ((ObjectNode) system).put("apiAccessToken", tokens.mint(skillId, userId, inSession, granted));
        if (!system.hasNonNull("apiEndpoint")) {
            // Alexa always names one; the emulator receives the calls whatever it says.
            ((ObjectNode) system).put("apiEndpoint", "https://api.amazonalexa.com");
        }
    }
}
