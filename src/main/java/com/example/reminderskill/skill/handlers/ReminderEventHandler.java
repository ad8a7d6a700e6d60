package com.example.reminderskill.skill.handlers;

import static com.amazon.ask.request.Predicates.requestType;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.services.reminderManagement.ReminderCreatedEventRequest;
import com.amazon.ask.model.services.reminderManagement.ReminderDeletedEventRequest;
import com.amazon.ask.model.services.reminderManagement.ReminderStartedEventRequest;
import com.amazon.ask.model.services.reminderManagement.ReminderStatusChangedEventRequest;
import com.amazon.ask.model.services.reminderManagement.ReminderUpdatedEventRequest;
import com.example.reminderskill.skill.conversation.RequestParts;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code Reminders.ReminderCreated}, {@code Updated}, {@code Deleted}, {@code StatusChanged} and
 * {@code Started}: applied to what the skill remembers, once each and never backwards in time,
 * then acknowledged with an empty response.
 */
final class ReminderEventHandler implements RequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderEventHandler.class);

    private final ReminderMemory memory;

    ReminderEventHandler(ReminderMemory memory) {
        this.memory = memory;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(requestType(ReminderCreatedEventRequest.class)
                .or(requestType(ReminderUpdatedEventRequest.class))
                .or(requestType(ReminderDeletedEventRequest.class))
                .or(requestType(ReminderStatusChangedEventRequest.class))
                .or(requestType(ReminderStartedEventRequest.class)));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Request request = input.getRequestEnvelope().getRequest();
        Optional<ReminderEvent> event = ReminderEvent.from(request);
        if (event.isEmpty()) {
            LOG.warn("ignored {} {}: no alert token or no timestamp", request.getType(), request.getRequestId());
        } else {
            memory.apply(RequestParts.userId(input), RequestParts.requestId(input), event.get());
        }
        return input.getResponseBuilder().build();
    }
}
