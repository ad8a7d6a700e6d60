package com.example.reminderskill.skill.handlers;

import static com.amazon.ask.request.Predicates.requestType;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.events.skillevents.SkillDisabledRequest;
import com.example.reminderskill.skill.conversation.RequestParts;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code AlexaSkillEvent.SkillDisabled}: the user left, so everything the skill kept about them goes. */
final class SkillDisabledHandler implements RequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SkillDisabledHandler.class);

    private final ReminderMemory memory;

    SkillDisabledHandler(ReminderMemory memory) {
        this.memory = memory;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(requestType(SkillDisabledRequest.class));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        memory.forgetUser(RequestParts.userId(input));
        LOG.info(
                "skill disabled: the user's data is deleted ({})",
                input.getRequestEnvelope().getRequest().getRequestId());
        return input.getResponseBuilder().build();
    }
}
