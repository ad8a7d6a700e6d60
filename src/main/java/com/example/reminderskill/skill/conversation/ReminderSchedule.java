package com.example.reminderskill.skill.conversation;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/** When a reminder rings: once, a while from now or at a wall-clock time; or again and again. */
public sealed interface ReminderSchedule {

    /** {@code offset} from the moment it is created: "in twenty minutes". */
    record In(Duration offset) implements ReminderSchedule {
        public In {
            Objects.requireNonNull(offset, "offset");
        }
    }

    /**
     * At {@code time} on the device's clock: "tomorrow at 7 PM". Without a zone (the Settings
     * API did not answer) Alexa uses the device's own zone.
     */
    record At(LocalDateTime time, Optional<ZoneId> zone) implements ReminderSchedule {
        public At {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(zone, "zone");
        }
    }

    /**
     * Again and again as {@code repeat} says, from {@code start} on the device's clock.
     * Without a zone Alexa uses the device's own.
     */
    record Every(Repeat repeat, LocalDateTime start, Optional<ZoneId> zone) implements ReminderSchedule {
        public Every {
            Objects.requireNonNull(repeat, "repeat");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(zone, "zone");
        }
    }
}
