package com.example.reminderskill.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.interfaces.system.SystemState;
import com.example.reminderskill.alerts.AlexaApiException;
import com.example.reminderskill.alerts.DeviceSettingsClient;
import java.time.ZoneId;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The requesting device's time zone, from the Settings API. Empty when the request names no
 * device or the API fails: reminders then go without a zone and Alexa uses the device's own.
 */
final class DeviceTimeZones {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceTimeZones.class);

    private final DeviceSettingsClient settings;

    DeviceTimeZones(DeviceSettingsClient settings) {
        this.settings = settings;
    }

    Optional<ZoneId> of(HandlerInput input) {
        SystemState system = input.getRequestEnvelope().getContext().getSystem();
        if (system.getDevice() == null || system.getDevice().getDeviceId() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(settings.timeZone(ReminderConversation.access(input), system.getDevice().getDeviceId()));
        } catch (AlexaApiException e) {
            LOG.warn("device time zone unavailable, leaving it to Alexa: {}", e.getMessage());
            return Optional.empty();
        }
    }
}
