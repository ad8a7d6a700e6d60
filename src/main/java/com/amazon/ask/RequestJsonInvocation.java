package com.amazon.ask;

import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.request.impl.BaseUnmarshalledRequest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * Part of the reminder skill, not of the ASK SDK: runs a skill on a request envelope bound from
 * its JSON tree and hands the skill that tree too, so {@code HandlerInput.getRequestEnvelopeJson()}
 * answers as under the SDK's {@code SkillStreamHandler}. The SDK's public ways in either read the
 * bytes again ({@code AlexaSkill.execute}) or drop the tree ({@code CustomSkill.invoke(RequestEnvelope)});
 * the one that takes both is protected, hence this class in the SDK's package.
 */
public final class RequestJsonInvocation {

    private RequestJsonInvocation() {}

    /**
     * The skill's response envelope, or {@code null} when the skill does not serve the request
     * (its skill id differs), as {@code CustomSkill} answers.
     */
    public static ResponseEnvelope invoke(CustomSkill skill, RequestEnvelope envelope, JsonNode json, Object context) {
        Objects.requireNonNull(skill, "skill");
        return skill.invoke(new BaseUnmarshalledRequest<>(envelope, json), context);
    }
}
