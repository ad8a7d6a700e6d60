package com.example.reminderskill.emulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Where the emulator sends the requests Alexa would send to the skill: events and skill messages. */
@FunctionalInterface
public interface SkillEndpoint {

    /**
     * Delivers one request envelope.
     *
     * @return whether the skill acknowledged it; an unacknowledged request is sent again
     */
    boolean deliver(String requestEnvelope) throws Exception;

    /** A skill listening on HTTP, acknowledging with any 2xx answer. */
    static SkillEndpoint http(URI url) {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        return envelope -> {
            HttpRequest request = HttpRequest.newBuilder(url)
                    .timeout(Duration.ofSeconds(8))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8))
                    .build();
            int status =
                    client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status >= 200 && status < 300;
        };
    }
}
