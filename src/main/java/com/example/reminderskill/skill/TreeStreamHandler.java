package com.example.reminderskill.skill;

import com.amazon.ask.exception.AskSdkException;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.model.utils.SubTypesManifest;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import java.util.Set;

/**
 * A skill behind a Lambda stream, as the SDK's {@code SkillStreamHandler} puts it there, reading
 * each request once: into a JSON tree, which is bound to the envelope and handed to the skill with
 * it (so {@code HandlerInput.getRequestEnvelopeJson()} is there); reading, binding and writing go
 * through {@link EnvelopeJson}, by hand where it can, byte for byte as the SDK would. The SDK's handler copies the bytes first, and cannot be subclassed to do less
 * ({@code handleRequest} is final).
 */
final class TreeStreamHandler implements RequestStreamHandler {

    /** The request types the SDK accepts; for any other it finds no skill, before binding. */
    private static final Set<String> REQUEST_TYPES =
            Set.copyOf(SubTypesManifest.getSubType(Request.class).keySet());

    private static final String NO_SKILL = "Could not find a skill to handle the incoming request";

    private final JsonTreeSkill skill;

    TreeStreamHandler(JsonTreeSkill skill) {
        this.skill = Objects.requireNonNull(skill, "skill");
    }

    /**
     * Answers one request envelope with the skill's response envelope.
     *
     * @throws AskSdkException as the SDK's stream handler throws it: for a body that is not a request
     *     envelope, a request type the SDK does not know, or a request for another skill
     */
    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        byte[] body = input.readAllBytes();
        JsonNode json;
        RequestEnvelope envelope;
        try {
            json = EnvelopeJson.read(body);
            JsonNode type = json.path("request").path("type");
            if (type.isMissingNode()) {
                throw new AskSdkException(NO_SKILL);
            }
            if (!type.isTextual()) {
                throw new AskSdkException("Discriminator property is not text type");
            }
            if (!REQUEST_TYPES.contains(type.asText())) {
                throw new AskSdkException(NO_SKILL);
            }
            envelope = EnvelopeJson.bind(json);
        } catch (IOException e) {
            throw new AskSdkException("Deserialization error", e);
        }
        ResponseEnvelope response = skill.invoke(envelope, json, context);
        if (response == null) {
            throw new AskSdkException(NO_SKILL);
        }
        try {
            EnvelopeJson.write(response, output);
        } catch (IOException e) {
            throw new AskSdkException("Serialization error", e);
        }
    }
}
