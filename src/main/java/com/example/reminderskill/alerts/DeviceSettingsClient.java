package com.example.reminderskill.alerts;

import com.amazon.ask.model.services.ups.UpsServiceClient;
import com.example.reminderskill.retry.Retrier;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The device's time zone from the Alexa Settings API (the SDK's {@code UpsServiceClient}),
 * through the trusted endpoints and the retry budget. It keeps nothing: the skill decides how
 * long an answer counts (see {@code DeviceTimeZones}).
 */
public final class DeviceSettingsClient {

    private final ApiEndpoints endpoints;
    private final ServiceCall calls;
    private final Retrier retrier;

    private DeviceSettingsClient(Builder builder) {
        this.endpoints = builder.endpoints();
        this.calls = builder.serviceCall();
        this.retrier = builder.retrier();
    }

    public static Builder builder(ApiEndpoints endpoints) {
        return new Builder(endpoints);
    }

    /**
     * @throws AlexaApiException when the Settings API fails or answers something that is not a tz database id
     */
    public ZoneId timeZone(AlexaApiAccess access, String deviceId) {
        Objects.requireNonNull(deviceId, "deviceId");
        String base = endpoints.resolve(access.apiEndpoint());
        String answer = retrier.call(
                "get time zone",
                (timeout, earlier) -> calls.send(
                        base, access, timeout, UpsServiceClient::new, client -> client.getSystemTimeZone(deviceId)));
        // Only tz database names will do: a reminder's timeZoneId takes no offsets such as Z or +01:00.
        if (answer == null || !ZoneId.getAvailableZoneIds().contains(answer)) {
            throw AlexaApiException.builder(
                            200,
                            ErrorCode.INVALID_RESPONSE.name(),
                            "the device's time zone '" + answer + "' is not a tz database id")
                    .build();
        }
        return ZoneId.of(answer);
    }

    /** Configures a {@link DeviceSettingsClient}; everything but the endpoints has a production default. */
    public static final class Builder extends AlexaApiClientBuilder<Builder> {
        private Builder(ApiEndpoints endpoints) {
            super(endpoints);
        }

        public DeviceSettingsClient build() {
            return new DeviceSettingsClient(this);
        }
    }
}
