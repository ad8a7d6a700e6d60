package com.example.reminderskill.skill.handlers;

import com.amazon.ask.model.services.reminderManagement.AlertInfo;
import com.amazon.ask.model.services.reminderManagement.SpokenInfo;
import com.amazon.ask.model.services.reminderManagement.SpokenText;
import com.amazon.ask.model.services.reminderManagement.Status;
import com.amazon.ask.model.services.reminderManagement.Trigger;
import com.amazon.ask.util.JacksonSerializer;
import com.example.reminderskill.alerts.reminders.Reminder;
import com.example.reminderskill.alerts.timers.Timer;
import com.example.reminderskill.skill.conversation.Ssml;
import com.example.reminderskill.store.KeptReminder;
import com.example.reminderskill.store.KeptTimer;
import com.example.reminderskill.store.ReminderState;
import com.example.reminderskill.store.SkillStore;
import com.example.reminderskill.store.StoreException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the skill writes to its store as reminders and timers are created, changed, read and
 * deleted, by voice, by skill message or by event. The Reminders API is the source of truth, so a
 * store that fails is logged and the user's turn goes on: the reminder exists either way.
 */
final class ReminderMemory {

    /** How long processed event ids are kept: Alexa redelivers within hours. */
    static final Duration PROCESSED_IDS_KEPT = Duration.ofDays(7);

    private static final Logger LOG = LoggerFactory.getLogger(ReminderMemory.class);

    /**
     * The SDK's serializer, for a trigger's JSON: made on the first reminder kept, not with the
     * skill, because it needs the SDK's mapper, which {@code invoke} builds on another thread while
     * this one assembles the skill.
     */
    private static final class Json {
        static final JacksonSerializer SERIALIZER = new JacksonSerializer();
    }

    private final SkillStore store;
    private final Clock clock;

    ReminderMemory(SkillStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    SkillStore store() {
        return store;
    }

    /** A reminder the skill changed: its text and trigger as sent, and on. */
    Optional<KeptReminder> written(String userId, String alertToken, AlertInfo alertInfo, Trigger trigger) {
        return update(userId, alertToken, asWritten(alertInfo, trigger));
    }

    /**
     * A reminder the skill has just created. Its token is new, so it is written without reading
     * first (one conditional write; on DynamoDB one PutItem instead of GetItem and PutItem), and
     * read and changed as usual only when its ReminderCreated event got there first.
     */
    Optional<KeptReminder> created(String userId, String alertToken, AlertInfo alertInfo, Trigger trigger) {
        UnaryOperator<KeptReminder> change = asWritten(alertInfo, trigger);
        KeptReminder fresh = change.apply(KeptReminder.unknown(userId, alertToken, clock.instant()));
        try {
            if (store.putReminder(fresh)) {
                return Optional.of(fresh.nextRevision());
            }
        } catch (StoreException e) {
            LOG.error("could not remember reminder {}: {}", alertToken, e.getMessage());
            return Optional.empty();
        }
        return update(userId, alertToken, change);
    }

    private UnaryOperator<KeptReminder> asWritten(AlertInfo alertInfo, Trigger trigger) {
        return current -> {
            Instant now = clock.instant();
            KeptReminder next =
                    current.withTrigger(Json.SERIALIZER.serialize(trigger), now).withState(ReminderState.ON, now);
            return text(alertInfo).map(text -> next.withText(text, now)).orElse(next);
        };
    }

    /** A reminder as the Reminders API returned it. */
    Optional<KeptReminder> read(String userId, Reminder reminder) {
        return update(userId, reminder.alertToken(), current -> {
            Instant now = clock.instant();
            KeptReminder next = current.withState(
                    reminder.status() == Status.COMPLETED ? ReminderState.COMPLETED : ReminderState.ON, now);
            if (reminder.trigger().isPresent()) {
                next = next.withTrigger(
                        Json.SERIALIZER.serialize(reminder.trigger().get()), now);
            }
            Optional<String> text = reminder.alertInfo().flatMap(ReminderMemory::text);
            return text.isPresent() ? next.withText(text.get(), now) : next;
        });
    }

    Optional<KeptReminder> deleted(String userId, String alertToken) {
        return update(userId, alertToken, current -> current.withState(ReminderState.DELETED, clock.instant()));
    }

    /** Attaches the web app's reference to this reminder; a reference names one reminder, so it leaves any other. */
    Optional<KeptReminder> referenced(String userId, String alertToken, String externalReference) {
        try {
            store.reminderByReference(userId, externalReference)
                    .filter(other -> !other.alertToken().equals(alertToken))
                    .ifPresent(other -> update(
                            userId,
                            other.alertToken(),
                            current -> current.externalReference()
                                    .filter(externalReference::equals)
                                    .map(same -> current.withoutExternalReference(clock.instant()))
                                    .orElse(current)));
        } catch (StoreException e) {
            LOG.error("could not look up reference {}: {}", externalReference, e.getMessage());
        }
        return update(userId, alertToken, current -> current.withExternalReference(externalReference, clock.instant()));
    }

    /** Applies an event once: a redelivered one (same request id) changes nothing. */
    void apply(String userId, String requestId, ReminderEvent event) {
        try {
            Instant now = clock.instant();
            if (!store.markProcessed(userId, "event:" + requestId, now.plus(PROCESSED_IDS_KEPT))) {
                LOG.info("event {} was already applied", requestId);
                return;
            }
            for (String alertToken : event.alertTokens()) {
                store.updateReminder(userId, alertToken, now, current -> event.applyTo(current, now));
            }
        } catch (StoreException e) {
            LOG.error("could not apply {} event {}: {}", event.kind(), requestId, e.getMessage());
        }
    }

    void timerStarted(String userId, Timer timer) {
        Instant now = clock.instant();
        try {
            store.putTimer(
                    new KeptTimer(userId, timer.id(), timer.label().map(Ssml::clean), timer.duration(), now),
                    timer.triggerTime().orElse(now.plus(timer.duration())).plus(Duration.ofHours(1)));
        } catch (StoreException e) {
            LOG.error("could not remember timer {}: {}", timer.id(), e.getMessage());
        }
    }

    void forgetUser(String userId) {
        store.deleteUser(userId);
    }

    private Optional<KeptReminder> update(String userId, String alertToken, UnaryOperator<KeptReminder> change) {
        try {
            return Optional.of(store.updateReminder(userId, alertToken, clock.instant(), change));
        } catch (StoreException e) {
            LOG.error("could not remember reminder {}: {}", alertToken, e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<String> text(AlertInfo alertInfo) {
        SpokenInfo spoken = alertInfo == null ? null : alertInfo.getSpokenInfo();
        List<SpokenText> content = spoken == null || spoken.getContent() == null ? List.of() : spoken.getContent();
        return content.stream()
                .map(SpokenText::getText)
                .filter(Objects::nonNull)
                .map(Ssml::clean)
                .findFirst();
    }
}
