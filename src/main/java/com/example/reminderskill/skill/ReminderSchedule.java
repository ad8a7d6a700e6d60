package com.example.reminderskill.skill;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/** When a one-time reminder rings: a while from now, or at a wall-clock time. */
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
}
