package com.example.reminderskill.skill.handlers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Context;
import com.amazon.ask.model.Device;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.User;
import com.amazon.ask.model.interfaces.system.SystemState;
import com.example.reminderskill.alerts.ApiEndpoints;
import com.example.reminderskill.alerts.DeviceSettingsClient;
import com.example.reminderskill.emulator.AlexaEmulator;
import com.example.reminderskill.http.JdkHttpApiClient;
import com.example.reminderskill.retry.RetryPolicy;
import com.example.reminderskill.store.FileSkillStore;
import com.example.reminderskill.store.KeptDeviceZone;
import com.example.reminderskill.store.KeptTimer;
import com.example.reminderskill.store.SkillStore;
import com.example.reminderskill.store.StoreException;
import com.example.reminderskill.testing.FakeTime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The device's zone is asked of the Settings API once an hour at most, whether the container lives on or not. */
class DeviceTimeZonesTest {

    private static final String SKILL = "amzn1.ask.skill.zones";
    private static final String USER = "amzn1.ask.account.zones";
    private static final String DEVICE = "amzn1.ask.device.kitchen";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

    @TempDir
    Path data;

    private final FakeTime time = new FakeTime(Instant.parse("2026-11-22T10:00:00Z"));
    private AlexaEmulator emulator;
    private SkillStore store;

    @BeforeEach
    void start() {
        emulator = AlexaEmulator.builder().clock(time).start();
        store = FileSkillStore.open(data, time);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void asksOnce_thenAnswersFromMemory_andANewContainerFromTheStore() {
        DeviceTimeZones container = zones(store);

        Optional<ZoneId> first = container.of(request(BERLIN));
        long afterFirst = emulator.calls().total();
        Optional<ZoneId> again = container.of(request(BERLIN));
        Optional<ZoneId> inANewContainer = zones(store).of(request(BERLIN));

        assertThat(first).contains(BERLIN);
        assertThat(again).contains(BERLIN);
        assertThat(inANewContainer).contains(BERLIN);
        assertThat(afterFirst).isEqualTo(1);
        assertThat(emulator.calls().total()).isEqualTo(1);
        assertThat(store.deviceZone(USER, DEVICE, time.instant()))
                .contains(
                        new KeptDeviceZone(USER, DEVICE, BERLIN, time.instant().plus(DeviceTimeZones.KEEP_FOR)));
    }

    @Test
    void afterAnHour_asksAgain_andAChangedZoneCounts() {
        DeviceTimeZones container = zones(store);
        container.of(request(BERLIN));

        time.advance(DeviceTimeZones.KEEP_FOR);
        Optional<ZoneId> lastKeptSecond = container.of(request(LISBON));
        time.advance(Duration.ofSeconds(1));
        Optional<ZoneId> afterwards = container.of(request(LISBON));
        Optional<ZoneId> newContainer = zones(store).of(request(LISBON));

        assertThat(lastKeptSecond).contains(BERLIN);
        assertThat(afterwards).contains(LISBON);
        assertThat(newContainer).contains(LISBON);
        assertThat(emulator.calls().total()).isEqualTo(2);
    }

    @Test
    void aFailingStore_costsOnlyACall() throws IOException {
        store.putTimer(
                new KeptTimer(USER, "timer-1", Optional.empty(), Duration.ofMinutes(5), time.instant()),
                time.instant().plus(Duration.ofHours(1)));
        try (Stream<Path> files = Files.list(data.resolve("users"))) {
            for (Path file : files.toList()) {
                Files.writeString(file, "not json");
            }
        }
        assertThatThrownBy(() -> store.deviceZone(USER, DEVICE, time.instant())).isInstanceOf(StoreException.class);

        Optional<ZoneId> first = zones(store).of(request(BERLIN));
        Optional<ZoneId> second = zones(store).of(request(BERLIN));

        assertThat(first).contains(BERLIN);
        assertThat(second).contains(BERLIN);
        assertThat(emulator.calls().total()).isEqualTo(2);
    }

    private DeviceTimeZones zones(SkillStore kept) {
        RetryPolicy quick = new RetryPolicy(
                Duration.ofMillis(500), Duration.ofMillis(400), Duration.ofMillis(5), Duration.ofMillis(20));
        return new DeviceTimeZones(
                DeviceSettingsClient.builder(ApiEndpoints.localEmulator(emulator.baseUri()))
                        .httpClient(JdkHttpApiClient.create(Duration.ofMillis(300), Duration.ofMillis(400)))
                        .retryPolicy(quick)
                        .clock(time)
                        .build(),
                kept,
                time);
    }

    private HandlerInput request(ZoneId deviceZone) {
        String token = emulator.mintToken(SKILL, USER, true, Set.of(), deviceZone);
        SystemState system = SystemState.builder()
                .withApiEndpoint("https://api.amazonalexa.com")
                .withApiAccessToken(token)
                .withUser(User.builder().withUserId(USER).build())
                .withDevice(Device.builder().withDeviceId(DEVICE).build())
                .build();
        return HandlerInput.builder()
                .withRequestEnvelope(RequestEnvelope.builder()
                        .withRequest(LaunchRequest.builder()
                                .withRequestId("request-1")
                                .withLocale("en-US")
                                .build())
                        .withContext(Context.builder().withSystem(system).build())
                        .build())
                .build();
    }
}
