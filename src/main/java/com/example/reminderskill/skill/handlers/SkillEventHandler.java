package com.example.reminderskill.skill.handlers;

import static com.amazon.ask.request.Predicates.requestType;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.events.skillevents.PermissionAcceptedRequest;
import com.amazon.ask.model.events.skillevents.PermissionChangedRequest;
import com.amazon.ask.model.events.skillevents.SkillDisabledRequest;
import com.amazon.ask.model.interfaces.messaging.MessageReceivedRequest;
import com.amazon.ask.model.services.reminderManagement.ReminderCreatedEventRequest;
import com.amazon.ask.model.services.reminderManagement.ReminderDeletedEventRequest;
import com.amazon.ask.model.services.reminderManagement.ReminderStartedEventRequest;
import com.amazon.ask.model.services.reminderManagement.ReminderStatusChangedEventRequest;
import com.amazon.ask.model.services.reminderManagement.ReminderUpdatedEventRequest;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reminder events, skill messages and skill lifecycle events: acknowledged quickly with an
 * empty response, so Alexa does not redeliver them. What the skill remembers from them comes
 * with the store (the events issue).
 */
public final class SkillEventHandler implements RequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SkillEventHandler.class);

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(requestType(ReminderCreatedEventRequest.class)
                .or(requestType(ReminderUpdatedEventRequest.class))
                .or(requestType(ReminderDeletedEventRequest.class))
                .or(requestType(ReminderStatusChangedEventRequest.class))
                .or(requestType(ReminderStartedEventRequest.class))
                .or(requestType(MessageReceivedRequest.class))
                .or(requestType(PermissionAcceptedRequest.class))
                .or(requestType(PermissionChangedRequest.class))
                .or(requestType(SkillDisabledRequest.class)));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        LOG.info("acknowledged {} {}", input.getRequestEnvelope().getRequest().getType(),
                input.getRequestEnvelope().getRequest().getRequestId());
        return input.getResponseBuilder().build();
    }
}
