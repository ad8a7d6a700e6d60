package com.example.reminderskill.skill.conversation;

import com.amazon.ask.model.services.timerManagement.AnnounceOperation;
import com.amazon.ask.model.services.timerManagement.CreationBehavior;
import com.amazon.ask.model.services.timerManagement.DisplayExperience;
import com.amazon.ask.model.services.timerManagement.NotificationConfig;
import com.amazon.ask.model.services.timerManagement.TextToAnnounce;
import com.amazon.ask.model.services.timerManagement.TimerRequest;
import com.amazon.ask.model.services.timerManagement.TriggeringBehavior;
import com.amazon.ask.model.services.timerManagement.Visibility;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A timer the user confirmed but that is not started yet; like {@link PendingReminder} it
 * travels in the permission request's token.
 */
public record PendingTimer(Duration duration, Optional<String> label, String locale) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public PendingTimer {
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(locale, "locale");
        // Cleaned here, so neither the Timers API, the store nor speech ever sees what XML forbids.
        label = label.map(Ssml::clean).filter(value -> !value.isBlank());
    }

    /** "pasta timer" or "timer", as speech names it. */
    public String name(Speech speech) {
        return name(label, speech);
    }

    /** "pasta timer" for a timer labelled pasta, "timer" for one without a label. */
    public static String name(Optional<String> label, Speech speech) {
        return label.map(value -> speech.say("timer.named", Ssml.userText(value)))
                .orElseGet(() -> speech.say("timer.unnamed"));
    }

    /** A visible timer that chimes and announces "Your pasta timer is done" in the user's language. */
    public TimerRequest toRequest(Speech speech) {
        String announcement = speech.say(
                "timer.announce",
                label.map(value -> speech.say("timer.named", value)).orElseGet(() -> speech.say("timer.unnamed")));
        return TimerRequest.builder()
                .withDuration(duration.toString())
                .withTimerLabel(label.orElse(null))
                .withCreationBehavior(CreationBehavior.builder()
                        .withDisplayExperience(DisplayExperience.builder()
                                .withVisibility(Visibility.VISIBLE)
                                .build())
                        .build())
                .withTriggeringBehavior(TriggeringBehavior.builder()
                        .withOperation(AnnounceOperation.builder()
                                .withTextToAnnounce(List.of(TextToAnnounce.builder()
                                        .withLocale(locale)
                                        .withText(announcement)
                                        .build()))
                                .build())
                        .withNotificationConfig(NotificationConfig.builder()
                                .withPlayAudible(true)
                                .build())
                        .build())
                .build();
    }

    public String toToken() {
        ObjectNode token = MAPPER.createObjectNode()
                .put("kind", "timer")
                .put("duration", duration.toString())
                .put("locale", locale);
        label.ifPresent(value -> token.put("label", value));
        return token.toString();
    }

    /** The timer a permission request carried; empty for any other token. */
    public static Optional<PendingTimer> fromToken(String token) {
        try {
            JsonNode json = token == null ? null : MAPPER.readTree(token);
            if (json == null
                    || !"timer".equals(json.path("kind").asText())
                    || !json.path("locale").isTextual()) {
                return Optional.empty();
            }
            return Optional.of(new PendingTimer(
                    Duration.parse(json.path("duration").asText()),
                    Optional.ofNullable(json.get("label")).map(JsonNode::asText),
                    json.get("locale").asText()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
