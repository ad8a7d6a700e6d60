package com.example.reminderskill.skill.handlers;

import static com.amazon.ask.request.Predicates.requestType;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.SessionEndedRequest;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The session ended (the user left, or did not answer): nothing may be said, only logged. */
final class SessionEndedRequestHandler implements RequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SessionEndedRequestHandler.class);

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(requestType(SessionEndedRequest.class));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        SessionEndedRequest request =
                (SessionEndedRequest) input.getRequestEnvelope().getRequest();
        LOG.info("session ended: {}", request.getReason());
        return input.getResponseBuilder().build();
    }
}
