package com.example.reminderskill.alerts.reminders;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What a reminder body is judged against besides itself.
 *
 * @param now                 the current instant: scheduled times must be after it
 * @param deviceTimeZone      the device's zone, used when the trigger names none; when it is
 *                            unknown too, a time counts as past only if it is past in every zone
 * @param requestTimeRequired creates need {@code requestTime}; the older reference page's
 *                            update body has none
 */
public record ValidationContext(Instant now, Optional<ZoneId> deviceTimeZone, boolean requestTimeRequired) {

    public ValidationContext {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(deviceTimeZone, "deviceTimeZone");
    }

    public static ValidationContext forCreate(Instant now, Optional<ZoneId> deviceTimeZone) {
        return new ValidationContext(now, deviceTimeZone, true);
    }

    public static ValidationContext forUpdate(Instant now, Optional<ZoneId> deviceTimeZone) {
        return new ValidationContext(now, deviceTimeZone, false);
    }
}
