package com.example.reminderskill.messaging;

import static com.example.reminderskill.messaging.ScriptedServer.TOKEN_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.reminderskill.emulator.AlexaEmulator;
import com.example.reminderskill.messaging.ScriptedServer.Answer;
import com.example.reminderskill.testing.FakeTime;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Login with Amazon client: the form it posts, how long it keeps a token, one fetch for many
 * threads, and typed errors that carry LWA's error but never the secret.
 */
class LwaTokenClientTest {

    private static final String CLIENT_ID = "amzn1.application-oa2-client.lwa-test";
    private static final String CLIENT_SECRET = "lwa-test-secret-&=+ 0123456789";
    private static final SkillMessagingCredentials CREDENTIALS =
            new SkillMessagingCredentials(CLIENT_ID, CLIENT_SECRET);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final FakeTime time = new FakeTime(Instant.parse("2026-11-22T10:00:00Z"));
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final AtomicInteger issued = new AtomicInteger();
    private ScriptedServer lwa;
    private AlexaEmulator emulator;

    @AfterEach
    void stop() {
        if (lwa != null) {
            lwa.close();
        }
        if (emulator != null) {
            emulator.close();
        }
    }

    /** An LWA that issues Atc|token-N, valid for {@code expiresIn} seconds. */
    private LwaTokenClient clientOfScriptedLwa(long expiresIn) {
        lwa = ScriptedServer.start(request -> Answer.json(200, """
                {"access_token": "Atc|token-%d", "token_type": "bearer", "expires_in": %d, "scope": "alexa:skill_messaging"}
                """.formatted(issued.incrementAndGet(), expiresIn)));
        return client(lwa);
    }

    private LwaTokenClient client(ScriptedServer server) {
        return new LwaTokenClient(URI.create(server.baseUri() + TOKEN_PATH), CREDENTIALS, http, time);
    }

    @Test
    void accessToken_postsTheClientCredentialsGrantAsAForm() {
        LwaTokenClient client = clientOfScriptedLwa(3600);

        String token = client.accessToken(TIMEOUT);

        assertThat(token).isEqualTo("Atc|token-1");
        ScriptedServer.Request request = lwa.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo(TOKEN_PATH);
        assertThat(request.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(form(request.body()))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "grant_type",
                        "client_credentials",
                        "client_id",
                        CLIENT_ID,
                        "client_secret",
                        CLIENT_SECRET,
                        "scope",
                        "alexa:skill_messaging"));
    }

    @Test
    void accessToken_isKeptUntilSixtySecondsBeforeItExpires() {
        LwaTokenClient client = clientOfScriptedLwa(3600);
        String first = client.accessToken(TIMEOUT);

        time.advance(Duration.ofSeconds(3539));
        String stillCached = client.accessToken(TIMEOUT);
        time.advance(Duration.ofSeconds(1));
        String renewed = client.accessToken(TIMEOUT);

        assertThat(stillCached).isEqualTo(first);
        assertThat(renewed).isEqualTo("Atc|token-2");
        assertThat(lwa.requests()).hasSize(2);
    }

    @Test
    void accessToken_livingLessThanTheMargin_isFetchedEachTime() {
        LwaTokenClient client = clientOfScriptedLwa(30);

        client.accessToken(TIMEOUT);
        client.accessToken(TIMEOUT);

        assertThat(lwa.requests()).hasSize(2);
    }

    @Test
    void invalidate_makesTheNextCallFetchANewToken() {
        LwaTokenClient client = clientOfScriptedLwa(3600);
        client.accessToken(TIMEOUT);

        client.invalidate();

        assertThat(client.accessToken(TIMEOUT)).isEqualTo("Atc|token-2");
    }

    @Test
    void invalidateOfARejectedToken_keepsATokenAnotherThreadAlreadyRenewed() {
        LwaTokenClient client = clientOfScriptedLwa(3600);
        String rejected = client.accessToken(TIMEOUT);
        client.invalidate(rejected);
        String renewed = client.accessToken(TIMEOUT);

        client.invalidate(rejected);

        assertThat(client.accessToken(TIMEOUT)).isEqualTo(renewed);
        assertThat(lwa.requests()).hasSize(2);
    }

    @Test
    void manyThreadsNeedingATokenAtOnce_causeOneFetch() throws Exception {
        LwaTokenClient client = clientOfScriptedLwa(3600);
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            calls.add(() -> {
                start.await();
                return client.accessToken(TIMEOUT);
            });
        }
        try {
            List<Future<String>> futures = calls.stream().map(pool::submit).toList();
            start.countDown();
            List<String> tokens = new ArrayList<>();
            for (Future<String> future : futures) {
                tokens.add(future.get(30, TimeUnit.SECONDS));
            }

            assertThat(tokens).hasSize(threads).containsOnly("Atc|token-1");
            assertThat(lwa.requests()).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void lwaRefusal_isTypedWithLwasErrorAndDescription_andNeverTheSecret() {
        lwa = ScriptedServer.start(request -> Answer.json(
                401,
                "{\"error\": \"invalid_client\", \"error_description\": \"Client authentication failed for "
                        + CLIENT_SECRET + "\"}"));
        LwaTokenClient client = client(lwa);

        assertThatThrownBy(() -> client.accessToken(TIMEOUT))
                .isInstanceOfSatisfying(SkillMessagingException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(401);
                    assertThat(e.code()).isEqualTo("invalid_client");
                    assertThat(e.detail()).contains("Client authentication failed");
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage())
                            .startsWith("401 invalid_client: ")
                            .doesNotContain(CLIENT_SECRET);
                    assertThat(e.toString()).doesNotContain(CLIENT_SECRET);
                });
    }

    @Test
    void lwaServerError_isRetryableWithItsRetryAfter() {
        lwa = ScriptedServer.start(request ->
                Answer.json(503, "{\"error\": \"temporarily_unavailable\"}").withHeader("Retry-After", "12"));
        LwaTokenClient client = client(lwa);

        assertThatThrownBy(() -> client.accessToken(TIMEOUT))
                .isInstanceOfSatisfying(SkillMessagingException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(503);
                    assertThat(e.code()).isEqualTo("temporarily_unavailable");
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(12));
                });
    }

    @Test
    void lwaAnswerWithoutAToken_isAnInvalidTokenResponse() {
        lwa = ScriptedServer.start(request -> Answer.json(200, "{\"token_type\": \"bearer\", \"expires_in\": 3600}"));
        LwaTokenClient client = client(lwa);

        assertThatThrownBy(() -> client.accessToken(TIMEOUT))
                .isInstanceOfSatisfying(SkillMessagingException.class, e -> {
                    assertThat(e.code()).isEqualTo(SkillMessagingException.INVALID_TOKEN_RESPONSE);
                    assertThat(e.detail()).contains("access_token");
                });
    }

    @Test
    void lwaAnswerThatIsNotJson_isReportedWithAnExcerpt() {
        lwa = ScriptedServer.start(
                request -> new Answer(502, Map.of("Content-Type", "text/html"), "<html>Bad Gateway</html>"));
        LwaTokenClient client = client(lwa);

        assertThatThrownBy(() -> client.accessToken(TIMEOUT))
                .isInstanceOfSatisfying(SkillMessagingException.class, e -> {
                    assertThat(e.code()).isEqualTo("BAD_GATEWAY");
                    assertThat(e.detail()).contains("Bad Gateway");
                    assertThat(e.retryable()).isTrue();
                });
    }

    @Test
    void emulatedLwa_issuesATokenForTheSkillsCredentials_andRefusesAWrongSecret() {
        emulator = AlexaEmulator.builder()
                .skillCredentials("amzn1.ask.skill.lwa-test", CLIENT_ID, CLIENT_SECRET)
                .start();
        URI tokenUri = SkillMessagingEndpoints.localEmulator(emulator.baseUri()).tokenUri();
        LwaTokenClient right = new LwaTokenClient(tokenUri, CREDENTIALS, http, time);
        LwaTokenClient wrong =
                new LwaTokenClient(tokenUri, new SkillMessagingCredentials(CLIENT_ID, "not-the-secret"), http, time);

        assertThat(right.accessToken(TIMEOUT)).startsWith("Atc|");
        assertThatThrownBy(() -> wrong.accessToken(TIMEOUT))
                .isInstanceOfSatisfying(SkillMessagingException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(401);
                    assertThat(e.code()).isEqualTo("invalid_client");
                    assertThat(e.getMessage()).doesNotContain("not-the-secret").doesNotContain(CLIENT_SECRET);
                });
    }

    private static Map<String, String> form(String body) {
        return Arrays.stream(body.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(
                        pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                        pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }
}
