package com.example.reminderskill.alerts.timers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.amazon.ask.model.services.timerManagement.AnnounceOperation;
import com.amazon.ask.model.services.timerManagement.CreationBehavior;
import com.amazon.ask.model.services.timerManagement.DisplayExperience;
import com.amazon.ask.model.services.timerManagement.NotificationConfig;
import com.amazon.ask.model.services.timerManagement.TextToAnnounce;
import com.amazon.ask.model.services.timerManagement.TimerRequest;
import com.amazon.ask.model.services.timerManagement.TriggeringBehavior;
import com.amazon.ask.model.services.timerManagement.Visibility;
import com.example.reminderskill.alerts.AlexaApiAccess;
import com.example.reminderskill.alerts.AlexaApiException;
import com.example.reminderskill.alerts.ApiEndpoints;
import com.example.reminderskill.alerts.ErrorCode;
import com.example.reminderskill.emulator.AlexaEmulator;
import com.example.reminderskill.http.JdkHttpApiClient;
import com.example.reminderskill.retry.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The timer wrapper against the emulated Timers API. */
class TimerClientTest {

    private static final String SCOPE = "alexa::alerts:timers:skill:readwrite";
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    private final AlexaEmulator emulator = AlexaEmulator.builder().clock(NOW).start();
    private final TimerClient timers = TimerClient.builder(ApiEndpoints.localEmulator(emulator.baseUri()))
            .httpClient(JdkHttpApiClient.create(Duration.ofSeconds(1), Duration.ofSeconds(2)))
            .retryPolicy(RetryPolicy.DEFAULT)
            .clock(NOW)
            .build();

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void createPauseResumeList_andCancel() {
        AlexaApiAccess access = access(true);

        Timer created = timers.create(access, request("PT10M", "pasta"));
        timers.pause(access, created.id());
        Timer paused = timers.list(access).get(0);
        timers.resume(access, created.id());
        timers.delete(access, created.id());

        assertThat(created.status()).isEqualTo("ON");
        assertThat(created.label()).contains("pasta");
        assertThat(created.triggerTime()).contains(Instant.parse("2026-11-22T10:10:00Z"));
        assertThat(created.remaining(NOW.instant())).isEqualTo(Duration.ofMinutes(10));
        assertThat(paused.status()).isEqualTo("PAUSED");
        assertThat(paused.remaining(NOW.instant().plusSeconds(3600))).isEqualTo(Duration.ofMinutes(10));
        assertThat(timers.list(access)).isEmpty();
    }

    @Test
    void create_withADurationOutOfBounds_isRefusedLocally() {
        AlexaApiException error = catchThrowableOfType(
                AlexaApiException.class, () -> timers.create(access(true), request("PT25H", null)));

        assertThat(error.errorCode()).isEqualTo(ErrorCode.INVALID_REQUEST);
        assertThat(error.detail()).contains("duration");
        assertThat(timers.list(access(true))).isEmpty();
    }

    @Test
    void create_outOfSession_isNotInSession() {
        AlexaApiException error = catchThrowableOfType(
                AlexaApiException.class, () -> timers.create(access(false), request("PT5M", null)));

        assertThat(error.httpStatus()).isEqualTo(401);
        assertThat(error.errorCode()).isEqualTo(ErrorCode.NOT_IN_SESSION);
    }

    private AlexaApiAccess access(boolean inSession) {
        return new AlexaApiAccess(
                "https://api.amazonalexa.com", emulator.mintToken("skill", "user", inSession, Set.of(SCOPE)));
    }

    static TimerRequest request(String duration, String label) {
        return TimerRequest.builder()
                .withDuration(duration)
                .withTimerLabel(label)
                .withCreationBehavior(CreationBehavior.builder()
                        .withDisplayExperience(DisplayExperience.builder()
                                .withVisibility(Visibility.VISIBLE)
                                .build())
                        .build())
                .withTriggeringBehavior(TriggeringBehavior.builder()
                        .withOperation(AnnounceOperation.builder()
                                .withTextToAnnounce(List.of(TextToAnnounce.builder()
                                        .withLocale("en-US")
                                        .withText("Your timer is done")
                                        .build()))
                                .build())
                        .withNotificationConfig(NotificationConfig.builder()
                                .withPlayAudible(true)
                                .build())
                        .build())
                .build();
    }
}
