package com.example.reminderskill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.reminderskill.emulator.AlexaEmulator;
import com.example.reminderskill.store.FileSkillStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve}'s HTTP side in this process, on a free loopback port, with the embedded emulator. */
class ServeCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path data;

    private AlexaEmulator emulator;
    private HttpServer server;
    private URI skill;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws IOException {
        emulator = AlexaEmulator.builder().port(0).start();
        server = ServeCommand.listen(0, new LocalSkillRunner(emulator, FileSkillStore.open(data, emulator.clock())));
        skill = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @AfterEach
    void stop() {
        server.stop(0);
        emulator.close();
    }

    @Test
    void serve_whenTheBodyIsNotJson_answers400NamingWhere() throws Exception {
        HttpResponse<String> notJson = post("not json");
        HttpResponse<String> controlCharacter = post("{\"request\": \"a\u0001b\"}");

        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(error(notJson)).isEqualTo("body: not JSON at line 1, column 4");
        assertThat(controlCharacter.statusCode()).isEqualTo(400);
        assertThat(error(controlCharacter)).isEqualTo("body: not JSON at line 1, column 15");
    }

    @Test
    void serve_whenTheBodyIsNotAnAlexaRequest_answers400NamingTheFieldAndTheRule() throws Exception {
        assertThat(error(badRequest("[1, 2]")))
                .isEqualTo("body: not an Alexa request envelope (a JSON object is required)");
        assertThat(error(badRequest("{\"version\": \"1.0\"}"))).isEqualTo("request: an object is required");
        assertThat(error(badRequest(launch(envelope -> request(envelope).put("timestamp", "yesterday")))))
                .isEqualTo("request.timestamp: not an ISO 8601 date-time");
        assertThat(error(badRequest(launch(envelope -> request(envelope).put("type", "Foo.Bar")))))
                .isEqualTo("request.type: not a type this skill knows");
        assertThat(error(badRequest(launch(envelope -> request(envelope).remove("type")))))
                .isEqualTo("request.type: a type is required");
        assertThat(error(badRequest(launch(envelope -> ((ObjectNode) envelope.get("session")).put("new", "perhaps")))))
                .isEqualTo("session.new: not true or false");
        assertThat(error(badRequest(launch(envelope -> ((ObjectNode) envelope.get("session")).putArray("attributes")))))
                .isEqualTo("session.attributes: an object is required");
    }

    @Test
    void serve_whenARequestLacksParts_answersAResponseEnvelopeAndLogsNoStackTrace() throws Exception {
        JsonNode create = MAPPER.readTree(
                Path.of("examples/requests/create-reminder.json").toFile());
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        // slf4j-simple writes to whatever System.err is at the moment of logging.
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            for (Consumer<ObjectNode> strange : List.<Consumer<ObjectNode>>of(
                    envelope -> request(envelope).remove("intent"),
                    envelope -> request(envelope).putNull("intent"),
                    envelope -> ((ObjectNode) request(envelope).get("intent")).remove("slots"),
                    envelope -> ((ObjectNode) request(envelope).at("/intent/slots")).putNull("duration"),
                    envelope -> ((ObjectNode) request(envelope).at("/intent/slots/reminderText")).putNull("value"),
                    envelope -> request(envelope).putNull("locale"),
                    envelope -> envelope.remove("session"),
                    envelope -> ((ObjectNode) envelope.at("/context/System")).remove("user"),
                    envelope -> envelope.remove("context"))) {
                ObjectNode envelope = create.deepCopy();
                strange.accept(envelope);

                HttpResponse<String> answer = post(envelope.toString());

                assertThat(answer.statusCode()).as(envelope.toString()).isEqualTo(200);
                assertClean(answer.body());
                assertThat(MAPPER.readTree(answer.body()).get("response"))
                        .as(envelope.toString())
                        .isNotNull();
            }
        } finally {
            System.setErr(stderr);
        }
        assertThat(log.toString(StandardCharsets.UTF_8)).doesNotContain("\tat ", "Exception");
    }

    @Test
    void serve_whenNotPosted_answers405WithJson() throws Exception {
        HttpResponse<String> answer =
                client.send(HttpRequest.newBuilder(skill).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(405);
        assertThat(error(answer)).isEqualTo("POST an Alexa request envelope");
    }

    private HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(skill)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> badRequest(String body) throws IOException, InterruptedException {
        HttpResponse<String> answer = post(body);
        assertThat(answer.statusCode()).as(body).isEqualTo(400);
        return answer;
    }

    private static String launch(Consumer<ObjectNode> change) throws IOException {
        ObjectNode envelope = (ObjectNode)
                MAPPER.readTree(Path.of("examples/requests/launch.json").toFile());
        change.accept(envelope);
        return envelope.toString();
    }

    private static ObjectNode request(ObjectNode envelope) {
        return (ObjectNode) envelope.get("request");
    }

    /** The error message of a JSON error body that names no Java internals. */
    private static String error(HttpResponse<String> answer) throws IOException {
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/json");
        assertClean(answer.body());
        return MAPPER.readTree(answer.body()).path("error").asText();
    }

    private static void assertClean(String body) throws IOException {
        assertThat(MAPPER.readTree(body)).isNotNull();
        assertThat(body).doesNotContain("java.", "com.fasterxml", "$Builder", "Exception", "\tat ");
    }
}
