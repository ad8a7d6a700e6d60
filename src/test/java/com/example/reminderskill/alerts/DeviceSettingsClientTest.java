package com.example.reminderskill.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.example.reminderskill.emulator.AlexaEmulator;
import com.example.reminderskill.http.JdkHttpApiClient;
import com.example.reminderskill.retry.RetryPolicy;
import com.example.reminderskill.testing.TestClocks;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceSettingsClientTest {

    private static final RetryPolicy QUICK = new RetryPolicy(
            Duration.ofMillis(500), Duration.ofMillis(400), Duration.ofMillis(5), Duration.ofMillis(20));

    private final AlexaEmulator emulator = AlexaEmulator.builder().start();
    private final DeviceSettingsClient settings = DeviceSettingsClient.builder(
                    ApiEndpoints.localEmulator(emulator.baseUri()))
            .httpClient(JdkHttpApiClient.create(Duration.ofMillis(300), Duration.ofMillis(400)))
            .retryPolicy(QUICK)
            .clock(TestClocks.tickingFrom(Instant.parse("2026-11-22T10:00:00Z")))
            .build();

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void timeZone_isTheDevicesZone_askedEachTime() {
        AlexaApiAccess access = new AlexaApiAccess(
                "https://api.amazonalexa.com",
                emulator.mintToken("skill", "user", true, Set.of(), ZoneId.of("Europe/Berlin")));

        ZoneId first = settings.timeZone(access, "device-1");
        emulator.close();
        AlexaApiException again =
                catchThrowableOfType(AlexaApiException.class, () -> settings.timeZone(access, "device-1"));

        assertThat(first).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(again.errorCode()).isEqualTo(ErrorCode.CONNECTION_FAILED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"Z\"", "\"+01:00\"", "\"GMT+01:00\"", "\"Mars/Olympus\"", "null"})
    void timeZone_thatIsNoTzDatabaseName_isAnInvalidResponse(String answer) throws IOException {
        HttpServer settingsApi = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        settingsApi.createContext("/", exchange -> {
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        settingsApi.start();
        try {
            DeviceSettingsClient odd = DeviceSettingsClient.builder(ApiEndpoints.localEmulator(URI.create(
                            "http://127.0.0.1:" + settingsApi.getAddress().getPort())))
                    .httpClient(JdkHttpApiClient.create(Duration.ofMillis(300), Duration.ofMillis(400)))
                    .retryPolicy(QUICK)
                    .clock(TestClocks.tickingFrom(Instant.parse("2026-11-22T10:00:00Z")))
                    .build();

            AlexaApiException error = catchThrowableOfType(
                    AlexaApiException.class,
                    () -> odd.timeZone(new AlexaApiAccess("https://api.amazonalexa.com", "token"), "device-1"));

            assertThat(error.errorCode()).isEqualTo(ErrorCode.INVALID_RESPONSE);
        } finally {
            settingsApi.stop(0);
        }
    }

    @Test
    void timeZone_withAnUnknownToken_isATypedError() {
        AlexaApiException error = catchThrowableOfType(
                AlexaApiException.class,
                () -> settings.timeZone(new AlexaApiAccess("https://api.amazonalexa.com", "forged"), "device-1"));

        assertThat(error.httpStatus()).isEqualTo(401);
        assertThat(error.errorCode()).isEqualTo(ErrorCode.INVALID_BEARER_TOKEN);
    }

    @Test
    void timeZone_onAlexa_refusesAnUntrustedEndpointBeforeCalling() {
        DeviceSettingsClient onAlexa = DeviceSettingsClient.builder(ApiEndpoints.alexa())
                .httpClient(JdkHttpApiClient.create(Duration.ofMillis(300), Duration.ofMillis(400)))
                .retryPolicy(QUICK)
                .clock(TestClocks.tickingFrom(Instant.parse("2026-11-22T10:00:00Z")))
                .build();

        AlexaApiException error = catchThrowableOfType(
                AlexaApiException.class,
                () -> onAlexa.timeZone(new AlexaApiAccess("https://evil.example", "token"), "device-1"));

        assertThat(error.errorCode()).isEqualTo(ErrorCode.UNTRUSTED_API_ENDPOINT);
    }
}
