package com.example.reminderskill.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Device;
import com.amazon.ask.model.User;
import com.amazon.ask.model.interfaces.system.SystemState;
import com.example.reminderskill.alerts.AlexaApiException;
import com.example.reminderskill.alerts.DeviceSettingsClient;
import com.example.reminderskill.skill.conversation.RequestParts;
import com.example.reminderskill.store.KeptDeviceZone;
import com.example.reminderskill.store.SkillStore;
import com.example.reminderskill.store.StoreException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The requesting device's time zone. The Settings API is asked only when neither this process
 * nor the store has kept the zone within the last hour, so most turns make no call for it: a
 * Lambda container's memory lasts minutes, the store outlives it. Empty when the request names
 * no device or the API fails: reminders then go without a zone and Alexa uses the device's own.
 */
final class DeviceTimeZones {

    /** How long an answer counts; a user who changes the device's zone waits at most this long. */
    static final Duration KEEP_FOR = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(DeviceTimeZones.class);
    private static final int MEMORY_SIZE = 10_000;

    private final DeviceSettingsClient settings;
    private final SkillStore store;
    private final Clock clock;
    private final Map<String, KeptDeviceZone> memory = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, KeptDeviceZone> eldest) {
            return size() > MEMORY_SIZE;
        }
    };

    DeviceTimeZones(DeviceSettingsClient settings, SkillStore store, Clock clock) {
        this.settings = settings;
        this.store = store;
        this.clock = clock;
    }

    /** The current minute on the device's clock, in {@code zone}; UTC when the Settings API did not tell the zone. */
    LocalDateTime now(Optional<ZoneId> zone) {
        return LocalDateTime.now(clock.withZone(zone.orElse(ZoneOffset.UTC))).truncatedTo(ChronoUnit.MINUTES);
    }

    Optional<ZoneId> of(HandlerInput input) {
        Optional<String> deviceId =
                RequestParts.system(input).map(SystemState::getDevice).map(Device::getDeviceId);
        Optional<String> userId = RequestParts.user(input).map(User::getUserId);
        if (deviceId.isEmpty() || userId.isEmpty()) {
            return Optional.empty();
        }
        return of(userId.get(), deviceId.get(), input);
    }

    private Optional<ZoneId> of(String userId, String deviceId, HandlerInput input) {
        Instant now = clock.instant();
        Optional<KeptDeviceZone> kept = remembered(deviceId, now).or(() -> stored(userId, deviceId, now));
        if (kept.isPresent()) {
            remember(kept.get());
            return Optional.of(kept.get().zone());
        }
        try {
            KeptDeviceZone asked = new KeptDeviceZone(
                    userId, deviceId, settings.timeZone(RequestParts.apiAccess(input), deviceId), now.plus(KEEP_FOR));
            remember(asked);
            store(asked);
            return Optional.of(asked.zone());
        } catch (AlexaApiException e) {
            LOG.warn("device time zone unavailable, leaving it to Alexa: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<KeptDeviceZone> remembered(String deviceId, Instant now) {
        synchronized (memory) {
            return Optional.ofNullable(memory.get(deviceId)).filter(device -> device.isLiveAt(now));
        }
    }

    private void remember(KeptDeviceZone device) {
        synchronized (memory) {
            memory.put(device.deviceId(), device);
        }
    }

    /** A store that fails only costs a Settings API call; the turn goes on. */
    private Optional<KeptDeviceZone> stored(String userId, String deviceId, Instant now) {
        try {
            return store.deviceZone(userId, deviceId, now);
        } catch (StoreException e) {
            LOG.warn("could not read the kept device time zone: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private void store(KeptDeviceZone device) {
        try {
            store.putDeviceZone(device);
        } catch (StoreException e) {
            LOG.warn("could not keep the device time zone: {}", e.getMessage());
        }
    }
}
