package com.example.reminderskill.skill.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Context;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.User;
import com.amazon.ask.model.interfaces.system.SystemState;
import com.amazon.ask.model.slu.entityresolution.Resolutions;
import com.amazon.ask.model.slu.entityresolution.StatusCode;
import com.amazon.ask.model.slu.entityresolution.Value;
import com.amazon.ask.model.slu.entityresolution.ValueWrapper;
import com.example.reminderskill.alerts.AlexaApiAccess;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Everything the handlers read from a request: its intent and slots, locale, user and the access
 * to the Alexa APIs. Parts that Alexa always sends but a hand-written or damaged request may lack
 * are read without a NullPointerException: optional parts as {@link Optional}, required ones or
 * an {@link IncompleteRequestException} naming the field.
 */
public final class RequestParts {

    /** The locale a request without one is answered in, as {@link Speech} falls back to. */
    public static final String DEFAULT_LOCALE = "en-US";
    /**
     * The longest slot value taken. Nobody says more in one turn, and a pending reminder is kept in
     * the session and in a permission token: a longer one would push the response past Alexa's 24 KB.
     */
    public static final int MAX_SLOT_LENGTH = 10_000;

    private RequestParts() {}

    /**
     * Matches an {@code IntentRequest} whose intent is named {@code name}; unlike the SDK's
     * {@code Predicates.intentName} it does not throw when the request has no intent.
     */
    public static Predicate<HandlerInput> intentName(String name) {
        return input -> input.getRequestEnvelope().getRequest() instanceof IntentRequest request
                && request.getIntent() != null
                && name.equals(request.getIntent().getName());
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
        return user(input)
                .map(User::getUserId)
                .filter(id -> !id.isBlank())
                .orElseThrow(() -> new IncompleteRequestException("context.System.user.userId"));
    }

    /**
     * {@code request.requestId}: events and messages are applied once by it.
     *
     * @throws IncompleteRequestException when the request has none
     */
    public static String requestId(HandlerInput input) {
        return Optional.ofNullable(input.getRequestEnvelope().getRequest())
                .map(Request::getRequestId)
                .filter(id -> !id.isBlank())
                .orElseThrow(() -> new IncompleteRequestException("request.requestId"));
    }

    /** {@code request.locale}, or {@link #DEFAULT_LOCALE} when the request names none. */
    public static String locale(HandlerInput input) {
        return Optional.ofNullable(input.getRequestEnvelope().getRequest())
                .map(Request::getLocale)
                .filter(locale -> !locale.isBlank())
                .orElse(DEFAULT_LOCALE);
    }

    /**
     * The intent of an {@code IntentRequest}, for a handler that {@link #intentName matched} it.
     *
     * @throws IncompleteRequestException when the request is no intent request or has no intent
     */
    public static Intent intent(HandlerInput input) {
        return Optional.ofNullable(input.getRequestEnvelope().getRequest())
                .filter(IntentRequest.class::isInstance)
                .map(request -> ((IntentRequest) request).getIntent())
                .orElseThrow(() -> new IncompleteRequestException("request.intent"));
    }

    /**
     * A slot's value, cleaned of what XML forbids; empty when nothing usable is left or it is
     * longer than {@link #MAX_SLOT_LENGTH}, so that it is asked for again.
     */
    public static Optional<String> slot(Intent intent, String name) {
        return slotNamed(intent, name)
                .map(Slot::getValue)
                .filter(value -> value.length() <= MAX_SLOT_LENGTH)
                .map(Ssml::clean)
                .filter(value -> !value.isBlank());
    }

    /**
     * A slot's value as the model names it: the value a synonym resolved to ("Nudeltimer" is
     * "Nudeln"), else what was said; cleaned and bounded as {@link #slot} is.
     */
    public static Optional<String> resolvedSlot(Intent intent, String name) {
        Optional<String> resolved = resolvedValues(intent, name)
                .map(Value::getName)
                .filter(Objects::nonNull)
                .map(Ssml::clean)
                .filter(value -> !value.isBlank() && value.length() <= MAX_SLOT_LENGTH)
                .findFirst();
        return resolved.or(() -> slot(intent, name));
    }

    /** The id of the model's value a slot resolved to (for a frequency: DAILY, WEEKEND, SUNDAY_EVENING, ...). */
    public static Optional<String> resolvedSlotId(Intent intent, String name) {
        return resolvedValues(intent, name).findFirst().map(Value::getId);
    }

    /** The values entity resolution matched, best first, from every authority that matched. */
    private static Stream<Value> resolvedValues(Intent intent, String name) {
        return slotNamed(intent, name).map(Slot::getResolutions).map(Resolutions::getResolutionsPerAuthority).stream()
                .flatMap(List::stream)
                .filter(resolution -> resolution.getStatus() != null
                        && resolution.getStatus().getCode() == StatusCode.ER_SUCCESS_MATCH)
                .flatMap(resolution ->
                        Optional.ofNullable(resolution.getValues()).stream().flatMap(List::stream))
                .map(ValueWrapper::getValue)
                .filter(Objects::nonNull);
    }

    private static Optional<Slot> slotNamed(Intent intent, String name) {
        return Optional.ofNullable(intent.getSlots()).map(slots -> slots.get(name));
    }

    /** The endpoint and token for the Alexa APIs; a request without them gets the APIs' typed refusal, not a crash. */
    public static AlexaApiAccess apiAccess(HandlerInput input) {
        Optional<SystemState> system = system(input);
        return new AlexaApiAccess(
                system.map(SystemState::getApiEndpoint).orElse(""),
                system.map(SystemState::getApiAccessToken).orElse(""));
    }
}
