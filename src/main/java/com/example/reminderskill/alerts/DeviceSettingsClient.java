package com.example.reminderskill.alerts;

import com.amazon.ask.model.services.ups.UpsServiceClient;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The device's time zone from the Alexa Settings API (the SDK's {@code UpsServiceClient}),
 * through the trusted endpoints and the retry budget, cached per device for an hour so a
 * turn usually makes no call for it.
 */
public final class DeviceSettingsClient {

    private static final Duration CACHE_TIME = Duration.ofHours(1);
    private static final int CACHE_SIZE = 10_000;

    private final ApiEndpoints endpoints;
    private final ServiceCall calls;
    private final Retrier retrier;
    private final Clock clock;
    private final Map<String, CachedZone> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CachedZone> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    private record CachedZone(ZoneId zone, Instant until) {
    }

    public DeviceSettingsClient(ApiEndpoints endpoints, JdkHttpApiClient http, RetryPolicy policy, Clock clock) {
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        this.calls = new ServiceCall(http);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.retrier = new Retrier(policy, clock, Sleeper.SYSTEM, RandomGenerator.getDefault());
    }

    /**
     * @throws AlexaApiException when the Settings API fails or answers something that is not a tz database id
     */
    public ZoneId timeZone(AlexaApiAccess access, String deviceId) {
        Objects.requireNonNull(deviceId, "deviceId");
        Instant now = clock.instant();
        synchronized (cache) {
            CachedZone cached = cache.get(deviceId);
            if (cached != null && now.isBefore(cached.until())) {
                return cached.zone();
            }
        }
        String base = endpoints.resolve(access.apiEndpoint());
        String answer = retrier.call("get time zone", (timeout, earlier) ->
                calls.send(base, access, timeout, UpsServiceClient::new, client -> client.getSystemTimeZone(deviceId)));
        ZoneId zone;
        try {
            zone = ZoneId.of(String.valueOf(answer));
        } catch (DateTimeException e) {
            throw AlexaApiException.builder(200, ErrorCode.INVALID_RESPONSE.name(), "the device's time zone '" + answer + "' is not a tz database id").build();
        }
        synchronized (cache) {
            cache.put(deviceId, new CachedZone(zone, now.plus(CACHE_TIME)));
        }
        return zone;
    }
}
