package com.example.reminderskill.alerts.timers;

import com.amazon.ask.model.services.timerManagement.TimerManagementServiceClient;
import com.amazon.ask.model.services.timerManagement.TimerRequest;
import com.amazon.ask.model.services.timerManagement.TimersResponse;
import com.example.reminderskill.alerts.AlexaApiAccess;
import com.example.reminderskill.alerts.AlexaApiClientBuilder;
import com.example.reminderskill.alerts.AlexaApiException;
import com.example.reminderskill.alerts.ApiEndpoints;
import com.example.reminderskill.alerts.ServiceCall;
import com.example.reminderskill.retry.Retrier;
import com.example.reminderskill.retry.RetryableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Timers API for the skill: the SDK's {@code TimerManagementServiceClient} behind local
 * validation ({@link TimerRequestValidator}), the trusted endpoints, retries inside the time
 * budget and typed errors ({@link AlexaApiException}). A create whose outcome is unknown is
 * looked for before it is sent again.
 */
public final class TimerClient {

    private final ApiEndpoints endpoints;
    private final ServiceCall calls;
    private final Retrier retrier;
    private final Clock clock;
    private final TimerRequestValidator validator = new TimerRequestValidator();

    private TimerClient(Builder builder) {
        this.endpoints = builder.endpoints();
        this.calls = builder.serviceCall();
        this.clock = builder.clock();
        this.retrier = builder.retrier();
    }

    public static Builder builder(ApiEndpoints endpoints) {
        return new Builder(endpoints);
    }

    public Timer create(AlexaApiAccess access, TimerRequest request) {
        Duration duration = validator.validate(calls.serializer().toTree(request));
        String base = endpoints.resolve(access.apiEndpoint());
        Instant started = clock.instant();
        return retrier.call(
                "create timer",
                (timeout, earlier) -> send(base, access, timeout, client -> Timer.from(client.createTimer(request))),
                RetryableException::outcomeUnknown,
                timeout -> send(base, access, timeout, TimerClient::timers).stream()
                        .filter(timer -> timer.duration().equals(duration)
                                && timer.label().equals(Optional.ofNullable(request.getTimerLabel())))
                        .filter(timer -> timer.triggerTime()
                                .map(at -> !at.isBefore(started.plus(duration)))
                                .orElse(true))
                        .findFirst());
    }

    /** The user's timers of this skill, shortest remaining time first, as the service orders them. */
    public List<Timer> list(AlexaApiAccess access) {
        String base = endpoints.resolve(access.apiEndpoint());
        return retrier.call("list timers", (timeout, earlier) -> send(base, access, timeout, TimerClient::timers));
    }

    /** The user's running and paused timers of this skill, in the order {@link #list} gives them. */
    public List<Timer> active(AlexaApiAccess access) {
        return list(access).stream().filter(Timer::isActive).toList();
    }

    /** Pauses a running timer; pausing a paused one changes nothing. */
    public void pause(AlexaApiAccess access, String id) {
        run("pause timer", access, client -> client.pauseTimer(id));
    }

    public void resume(AlexaApiAccess access, String id) {
        run("resume timer", access, client -> client.resumeTimer(id));
    }

    public void delete(AlexaApiAccess access, String id) {
        run("cancel timer", access, client -> client.deleteTimer(id));
    }

    private void run(
            String operation, AlexaApiAccess access, java.util.function.Consumer<TimerManagementServiceClient> call) {
        String base = endpoints.resolve(access.apiEndpoint());
        retrier.call(
                operation,
                (timeout, earlier) -> send(base, access, timeout, client -> {
                    call.accept(client);
                    return Boolean.TRUE;
                }));
    }

    private static List<Timer> timers(TimerManagementServiceClient client) {
        TimersResponse response = client.getTimers();
        return response == null || response.getTimers() == null
                ? List.of()
                : response.getTimers().stream().map(Timer::from).toList();
    }

    private <T> T send(
            String base, AlexaApiAccess access, Duration timeout, Function<TimerManagementServiceClient, T> call) {
        return calls.send(base, access, timeout, TimerManagementServiceClient::new, call);
    }

    /** Configures a {@link TimerClient}; everything but the endpoints has a production default. */
    public static final class Builder extends AlexaApiClientBuilder<Builder> {
        private Builder(ApiEndpoints endpoints) {
            super(endpoints);
        }

        public TimerClient build() {
            return new TimerClient(this);
        }
    }
}
