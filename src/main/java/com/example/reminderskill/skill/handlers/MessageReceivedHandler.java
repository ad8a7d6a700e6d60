package com.example.reminderskill.skill.handlers;

import static com.amazon.ask.request.Predicates.requestType;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.interfaces.messaging.MessageReceivedRequest;
import com.example.reminderskill.skill.conversation.RequestParts;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/**
 * {@code Messaging.MessageReceived}: a web app's GET, UPDATE or DELETE of one of the user's
 * reminders, run out of session; its outcome is recorded and the message acknowledged.
 */
final class MessageReceivedHandler implements RequestHandler {

    private final OutOfSessionReminders operations;

    /** Made on the first message, not when the skill is assembled: a launch or an intent needs no mapper of ours. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    MessageReceivedHandler(OutOfSessionReminders operations) {
        this.operations = operations;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(requestType(MessageReceivedRequest.class));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        MessageReceivedRequest request =
                (MessageReceivedRequest) input.getRequestEnvelope().getRequest();
        operations.run(
                RequestParts.userId(input),
                RequestParts.requestId(input),
                Json.MAPPER.valueToTree(request.getMessage()),
                RequestParts.apiAccess(input));
        return input.getResponseBuilder().build();
    }
}
