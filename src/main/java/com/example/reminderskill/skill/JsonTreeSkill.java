package com.example.reminderskill.skill;

import com.amazon.ask.Skill;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.amazon.ask.builder.SkillConfiguration;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.request.impl.BaseUnmarshalledRequest;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The SDK's {@code Skill}, also run on an envelope bound from its JSON tree together with that
 * tree, so {@code HandlerInput.getRequestEnvelopeJson()} answers as under the SDK's
 * {@code SkillStreamHandler} without the request being read twice. The SDK's public ways in either
 * read the bytes again ({@code execute}) or drop the tree ({@code invoke(RequestEnvelope)}); the one
 * that takes both is protected, for subclasses such as this one.
 */
public final class JsonTreeSkill extends Skill {

    private JsonTreeSkill(SkillConfiguration configuration) {
        super(configuration);
    }

    /** A skill builder whose {@code build()} makes a {@code JsonTreeSkill}, configured as the SDK's would be. */
    public static Builder builder() {
        return new Builder();
    }

    /** The SDK's {@code CustomSkillBuilder}; only what it builds differs. */
    public static final class Builder extends CustomSkillBuilder {

        private Builder() {}

        @Override
        public JsonTreeSkill build() {
            return new JsonTreeSkill(getConfigBuilder().build());
        }
    }

    /**
     * The skill's response envelope, or {@code null} when the skill does not serve the request
     * (its skill id differs), as the SDK's skill answers.
     */
    public ResponseEnvelope invoke(RequestEnvelope envelope, JsonNode json, Object context) {
        return invoke(new BaseUnmarshalledRequest<>(envelope, json), context);
    }
}
