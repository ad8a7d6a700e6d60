package com.example.reminderskill.skill.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Context;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.User;
import com.amazon.ask.model.interfaces.system.SystemState;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The parts of a request that Alexa always sends but a hand-written or damaged request may lack,
 * read without a NullPointerException: optional parts as {@link Optional}, required ones or an
 * {@link IncompleteRequestException} naming the field.
 */
public final class RequestParts {

    /** The locale a request without one is answered in, as {@link Speech} falls back to. */
    public static final String DEFAULT_LOCALE = "en-US";

    private RequestParts() {
    }

    /**
     * Matches an {@code IntentRequest} whose intent is named {@code name}; unlike the SDK's
     * {@code Predicates.intentName} it does not throw when the request has no intent.
     */
    public static Predicate<HandlerInput> intentName(String name) {
        return input -> input.getRequestEnvelope().getRequest() instanceof IntentRequest request
                && request.getIntent() != null && name.equals(request.getIntent().getName());
    }

    /** {@code context.System}, when the request has it. */
    public static Optional<SystemState> system(HandlerInput input) {
        return Optional.ofNullable(input.getRequestEnvelope().getContext()).map(Context::getSystem);
    }

    /** {@code context.System.user}, when the request has it. */
    public static Optional<User> user(HandlerInput input) {
        return system(input).map(SystemState::getUser);
    }

    /**
     * {@code context.System.user.userId}.
     *
     * @throws IncompleteRequestException when the request has none
     */
    public static String userId(HandlerInput input) {
        return user(input).map(User::getUserId).filter(id -> !id.isBlank())
                .orElseThrow(() -> new IncompleteRequestException("context.System.user.userId"));
    }

    /**
     * {@code request.requestId}: events and messages are applied once by it.
     *
     * @throws IncompleteRequestException when the request has none
     */
    public static String requestId(HandlerInput input) {
        return Optional.ofNullable(input.getRequestEnvelope().getRequest()).map(Request::getRequestId).filter(id -> !id.isBlank())
                .orElseThrow(() -> new IncompleteRequestException("request.requestId"));
    }

    /** {@code request.locale}, or {@link #DEFAULT_LOCALE} when the request names none. */
    public static String locale(HandlerInput input) {
        return Optional.ofNullable(input.getRequestEnvelope().getRequest()).map(Request::getLocale)
                .filter(locale -> !locale.isBlank()).orElse(DEFAULT_LOCALE);
    }
}
