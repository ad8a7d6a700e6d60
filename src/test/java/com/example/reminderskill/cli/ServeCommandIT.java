package com.example.reminderskill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} from the deployment jar, as the README's run command starts it. */
class ServeCommandIT {

    private static final Path JAR = Path.of(System.getProperty("deployment.jar", "lambda/lib/reminder-skill.jar"));

    @Test
    void serve_answersRequestEnvelopesOnLoopback(@TempDir Path data) throws Exception {
        Process process = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        JAR.toString(),
                        "serve",
                        "--port",
                        "0",
                        "--emulator-port",
                        "0",
                        "--data-dir",
                        data.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            BufferedReader lines =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String first = lines.readLine();
            assertThat(first).startsWith("Reminder skill listening on http://127.0.0.1:");
            URI skill = URI.create(first.split(" ")[4]);
            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();

            HttpResponse<String> launch = client.send(
                    HttpRequest.newBuilder(skill)
                            .POST(HttpRequest.BodyPublishers.ofFile(Path.of("examples/requests/launch.json")))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> junk = client.send(
                    HttpRequest.newBuilder(skill)
                            .POST(HttpRequest.BodyPublishers.ofString("not json"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(launch.statusCode()).isEqualTo(200);
            assertThat(new ObjectMapper()
                            .readTree(launch.body())
                            .at("/response/outputSpeech/ssml")
                            .asText())
                    .startsWith("<speak>Welcome to Reminder Helper.");
            assertThat(junk.statusCode()).isEqualTo(400);
            assertThat(junk.body()).contains("error");
        } finally {
            process.destroy();
        }
    }
}
