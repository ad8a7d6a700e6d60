package com.example.reminderskill.skill.handlers;

import static com.amazon.ask.request.Predicates.requestType;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.events.skillevents.PermissionAcceptedRequest;
import com.amazon.ask.model.events.skillevents.PermissionChangedRequest;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Permission lifecycle events: acknowledged with an empty response. The skill asks for the
 * permission at the moment it needs it and reads the grant from each request, so it keeps nothing.
 */
final class SkillEventHandler implements RequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SkillEventHandler.class);

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(
                requestType(PermissionAcceptedRequest.class).or(requestType(PermissionChangedRequest.class)));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        LOG.info(
                "acknowledged {} {}",
                input.getRequestEnvelope().getRequest().getType(),
                input.getRequestEnvelope().getRequest().getRequestId());
        return input.getResponseBuilder().build();
    }
}
