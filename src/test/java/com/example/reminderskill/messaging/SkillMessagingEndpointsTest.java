package com.example.reminderskill.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.reminderskill.messaging.SkillMessagingEndpoints.Region;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Where the token and the message go: Amazon's documented hosts, or an emulator on loopback and nowhere else. */
class SkillMessagingEndpointsTest {

    @ParameterizedTest
    @CsvSource({
        "NA, https://api.amazonalexa.com/v1/skillmessages/users/amzn1.ask.account.A",
        "EU, https://api.eu.amazonalexa.com/v1/skillmessages/users/amzn1.ask.account.A",
        "FE, https://api.fe.amazonalexa.com/v1/skillmessages/users/amzn1.ask.account.A"
    })
    void region_sendsMessagesToItsHostAndTokensToLwa(Region region, String messageUri) {
        SkillMessagingEndpoints endpoints = SkillMessagingEndpoints.region(region);

        assertThat(endpoints.messageUri("amzn1.ask.account.A")).isEqualTo(URI.create(messageUri));
        assertThat(endpoints.tokenUri()).isEqualTo(URI.create("https://api.amazon.com/auth/o2/token"));
        assertThat(endpoints.isLocalEmulator()).isFalse();
    }

    @Test
    void regionNames_areReadInAnyCase() {
        assertThat(Region.parse("eu")).isEqualTo(Region.EU);
        assertThatThrownBy(() -> Region.parse("US"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NA, EU or FE");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:8123",
                "http://127.0.0.1:8123/",
                "http://localhost:8123",
                "http://[::1]:8123",
                "https://127.0.0.2:9000"
            })
    void localEmulator_onLoopback_getsTheTokenAndTheMessages(String base) {
        SkillMessagingEndpoints endpoints = SkillMessagingEndpoints.localEmulator(URI.create(base));

        String stripped = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        assertThat(endpoints.tokenUri()).isEqualTo(URI.create(stripped + "/auth/o2/token"));
        assertThat(endpoints.messageUri("u")).isEqualTo(URI.create(stripped + "/v1/skillmessages/users/u"));
        assertThat(endpoints.isLocalEmulator()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://api.amazonalexa.com",
                "http://example.com:8123",
                "http://10.0.0.5:8123",
                "https://api.amazon.com",
                "ftp://127.0.0.1:8123",
                "127.0.0.1:8123",
                "http://user:pw@127.0.0.1:8123",
                "http://127.0.0.1:8123?x=1",
                "http://localhost.example.com"
            })
    void localEmulator_offLoopbackOrNotPlainHttp_isRefused(String base) {
        assertThatThrownBy(() -> SkillMessagingEndpoints.localEmulator(URI.create(base)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void messageUri_encodesTheUserIdAsOnePathSegment() {
        SkillMessagingEndpoints endpoints = SkillMessagingEndpoints.region(Region.NA);

        assertThat(endpoints.messageUri("a/b c+d?e#f").getRawPath())
                .isEqualTo("/v1/skillmessages/users/a%2Fb%20c%2Bd%3Fe%23f");
    }
}
