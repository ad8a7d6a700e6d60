package com.example.reminderskill.skill;

import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.example.reminderskill.alerts.AlexaApiClientBuilder;
import com.example.reminderskill.alerts.DeviceSettingsClient;
import com.example.reminderskill.alerts.reminders.ReminderClient;
import com.example.reminderskill.alerts.timers.TimerClient;
import com.example.reminderskill.http.JdkHttpApiClient;
import com.example.reminderskill.skill.handlers.ErrorHandler;
import com.example.reminderskill.skill.handlers.ReminderHandlers;
import java.time.Duration;
import java.util.List;

/** The one place the skill is assembled: the Lambda handler, {@code invoke}, {@code serve} and the tests all use it. */
public final class ReminderSkill {

    private ReminderSkill() {}

    /** The skill, with its handlers in priority order (the first that can handle a request does). */
    public static JsonTreeSkill create(SkillSettings settings) {
        JdkHttpApiClient http = JdkHttpApiClient.create(
                Duration.ofSeconds(1), settings.retries().attemptTimeout());
        ReminderClient reminders = onSkillSettings(ReminderClient.builder(settings.endpoints()), http, settings)
                .build();
        DeviceSettingsClient deviceSettings = onSkillSettings(
                        DeviceSettingsClient.builder(settings.endpoints()), http, settings)
                .build();
        TimerClient timers = onSkillSettings(TimerClient.builder(settings.endpoints()), http, settings)
                .build();
        List<RequestHandler> handlers =
                ReminderHandlers.create(reminders, timers, deviceSettings, settings.store(), settings.clock());
        // Every answer passes the response limits, so no handler (nor the error handler) can send speech Alexa refuses.
        JsonTreeSkill.Builder builder = JsonTreeSkill.builder();
        builder.addExceptionHandler(ResponseLimits.fitting(new ErrorHandler()));
        handlers.forEach(handler -> builder.addRequestHandler(ResponseLimits.fitting(handler)));
        settings.skillId().ifPresent(builder::withSkillId);
        // The SDK's mapper is shared by every skill in the process: tune it before the first request. Last, because
        // building it may still take another thread a while (invoke's warm-up); the clients and handlers need none of
        // it.
        EnvelopeJson.sdkMapper();
        return builder.build();
    }

    /** One HTTP client, the skill's clock and its retry policy for every Alexa API wrapper. */
    private static <B extends AlexaApiClientBuilder<B>> B onSkillSettings(
            B builder, JdkHttpApiClient http, SkillSettings settings) {
        return builder.httpClient(http).clock(settings.clock()).retryPolicy(settings.retries());
    }
}
