package com.example.reminderskill.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registered last: a request type no handler knows is acknowledged without speech and logged.
 * Without it the SDK answers an empty envelope without calling the exception handler.
 */
final class UnhandledRequestHandler implements RequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UnhandledRequestHandler.class);

    @Override
    public boolean canHandle(HandlerInput input) {
        return true;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        LOG.warn(
                "no handler for request type {}",
                input.getRequestEnvelope().getRequest().getType());
        return input.getResponseBuilder().build();
    }
}
