package com.example.reminderskill.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiEndpointsTest {

    private final ApiEndpoints alexa = ApiEndpoints.alexa();

    // ---- alexa(): only the documented regional hosts ----------------------------------------

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "https://api.amazonalexa.com,      https://api.amazonalexa.com",
        "https://api.eu.amazonalexa.com,   https://api.eu.amazonalexa.com",
        "https://api.fe.amazonalexa.com,   https://api.fe.amazonalexa.com",
        "https://api.fe.amazon.com,        https://api.fe.amazon.com",
        "https://api.amazonalexa.com/,     https://api.amazonalexa.com",
        "https://api.eu.amazonalexa.com/,  https://api.eu.amazonalexa.com",
        "https://api.amazonalexa.com:443,  https://api.amazonalexa.com",
        "HTTPS://API.AmazonAlexa.com,      https://api.amazonalexa.com",
    })
    void alexa_resolvesADocumentedHostToItsHttpsBase(String apiEndpoint, String expected) {
        assertThat(alexa.resolve(apiEndpoint)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "refuses \"{0}\"")
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "http://api.amazonalexa.com",
                "https://api.amazonalexa.com.evil.com",
                "https://evil.com",
                "https://api.amazonalexa.com:8443",
                "https://user@api.amazonalexa.com",
                "https://api.amazonalexa.com/path",
                "https://api.amazonalexa.com?next=https://evil.com",
                "https://api.amazonalexa.com#fragment",
                "https://evil.com/https://api.amazonalexa.com",
                "https://amazonalexa.com",
                "api.amazonalexa.com",
                "not a uri",
            })
    void alexa_refusesAnythingElseBeforeATokenLeaves(String apiEndpoint) {
        // when
        AlexaApiException failure = assertThrows(AlexaApiException.class, () -> alexa.resolve(apiEndpoint));

        // then
        assertThat(failure.code()).isEqualTo("UNTRUSTED_API_ENDPOINT");
        assertThat(failure.errorCode()).isEqualTo(ErrorCode.UNTRUSTED_API_ENDPOINT);
        assertThat(failure.httpStatus()).isZero();
        assertThat(failure.retryable()).isFalse();
    }

    @Test
    void alexa_isNotALocalEmulator() {
        assertThat(alexa.isLocalEmulator()).isFalse();
    }

    // ---- localEmulator(): loopback only, and then every call goes there ------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://127.0.0.1:8080", "http://localhost:9000", "http://[::1]:80"})
    void localEmulator_onLoopback_receivesEveryCallWhateverEndpointARequestNames(String base) {
        // given
        ApiEndpoints emulator = ApiEndpoints.localEmulator(URI.create(base));

        // then
        assertThat(emulator.isLocalEmulator()).isTrue();
        assertThat(emulator.resolve("https://api.amazonalexa.com")).isEqualTo(base);
        assertThat(emulator.resolve("https://api.fe.amazon.com")).isEqualTo(base);
        assertThat(emulator.resolve("https://evil.com")).isEqualTo(base);
        assertThat(emulator.resolve("http://api.amazonalexa.com.evil.com:8443/x"))
                .isEqualTo(base);
    }

    @Test
    void localEmulator_dropsATrailingSlash() {
        assertThat(ApiEndpoints.localEmulator(URI.create("http://127.0.0.1:8080/"))
                        .resolve("https://api.amazonalexa.com"))
                .isEqualTo("http://127.0.0.1:8080");
    }

    @ParameterizedTest(name = "refuses {0}")
    @ValueSource(
            strings = {
                "http://10.0.0.1:80",
                "http://example.com",
                "ftp://127.0.0.1",
                "http://127.0.0.1.evil.com:8080",
                "/relative"
            })
    void localEmulator_refusesAnythingButHttpOnLoopback(String base) {
        assertThrows(IllegalArgumentException.class, () -> ApiEndpoints.localEmulator(URI.create(base)));
    }
}
