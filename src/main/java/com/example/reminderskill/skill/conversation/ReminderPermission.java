package com.example.reminderskill.skill.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Permissions;
import com.amazon.ask.model.Scope;
import com.amazon.ask.model.User;
import com.amazon.ask.model.interfaces.connections.SendRequestDirective;
import java.util.List;
import java.util.Map;

/** The reminders and timers permissions: whether the user granted them, and the voice request that asks for one. */
public final class ReminderPermission {

    public static final String SCOPE = "alexa::alerts:reminders:skill:readwrite";
    public static final String TIMERS_SCOPE = "alexa::alerts:timers:skill:readwrite";

    private ReminderPermission() {}

    public static boolean isGranted(HandlerInput input) {
        return isGranted(input, SCOPE);
    }

    public static boolean isGranted(HandlerInput input, String scope) {
        return RequestParts.user(input)
                .map(User::getPermissions)
                .map(Permissions::getScopes)
                .map(scopes -> scopes.get(scope))
                .map(Scope::getStatusAsString)
                .filter("GRANTED"::equals)
                .isPresent();
    }

    /** {@code Connections.SendRequest} AskFor: Alexa asks the user by voice; the answer comes back as a Connections.Response with {@code token}. */
    public static SendRequestDirective askFor(String token) {
        return askFor(SCOPE, token);
    }

    public static SendRequestDirective askFor(String scope, String token) {
        return SendRequestDirective.builder()
                .withName("AskFor")
                .withPayload(Map.of(
                        "@type", "AskForPermissionsConsentRequest",
                        "@version", "2",
                        "permissionScopes", List.of(Map.of("permissionScope", scope, "consentLevel", "ACCOUNT"))))
                .withToken(token)
                .build();
    }
}
