package com.example.reminderskill.messaging;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP server that answers as its script says and records every request: for what the
 * emulator cannot be made to do (a 503, a Retry-After, a dropped connection), and, as a forwarding
 * proxy, to count the calls a client makes to the emulator.
 */
final class ScriptedServer implements AutoCloseable {

    static final String TOKEN_PATH = "/auth/o2/token";
    static final String MESSAGES_PATH = "/v1/skillmessages/users/";

    /** One request as it arrived; header names in lower case. */
    record Request(String method, String path, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** What the script answers; {@link #DROP} closes the connection without an answer. */
    record Answer(int status, Map<String, String> headers, String body) {
        static final Answer DROP = new Answer(-1, Map.of(), "");

        static Answer json(int status, String body) {
            return new Answer(status, Map.of("Content-Type", "application/json"), body);
        }

        static Answer empty(int status) {
            return new Answer(status, Map.of(), "");
        }

        Answer withHeader(String name, String value) {
            Map<String, String> headers = new LinkedHashMap<>(this.headers);
            headers.put(name, value);
            return new Answer(status, Map.copyOf(headers), body);
        }
    }

    @FunctionalInterface
    interface Script {
        Answer answer(Request request) throws Exception;
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private ScriptedServer(Script script) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> handle(exchange, script));
        server.setExecutor(threads);
        server.start();
    }

    static ScriptedServer start(Script script) {
        try {
            return new ScriptedServer(script);
        } catch (IOException e) {
            throw new IllegalStateException("could not start a loopback server", e);
        }
    }

    /** Forwards every request to {@code target} and answers what it answered, Retry-After included. */
    static ScriptedServer proxyTo(URI target) {
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return start(request -> {
            HttpRequest.Builder forwarded = HttpRequest.newBuilder(URI.create(target + request.path()))
                    .method(request.method(), HttpRequest.BodyPublishers.ofString(request.body()));
            for (String name : List.of("Content-Type", "Authorization", "Accept")) {
                if (request.header(name) != null) {
                    forwarded.header(name, request.header(name));
                }
            }
            HttpResponse<String> response = client.send(forwarded.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers().firstValue("Content-Type").ifPresent(value -> headers.put("Content-Type", value));
            response.headers().firstValue("Retry-After").ifPresent(value -> headers.put("Retry-After", value));
            return new Answer(response.statusCode(), headers, response.body());
        });
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The requests whose path starts with {@code prefix}. */
    List<Request> requests(String prefix) {
        return requests.stream()
                .filter(request -> request.path().startsWith(prefix))
                .toList();
    }

    private void handle(HttpExchange exchange, Script script) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders()
                    .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
            URI uri = exchange.getRequestURI();
            String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            Request request = new Request(
                    exchange.getRequestMethod(), path, Map.copyOf(headers), new String(body, StandardCharsets.UTF_8));
            requests.add(request);
            Answer answer;
            try {
                answer = script.answer(request);
            } catch (Exception e) {
                answer = Answer.json(
                        500, "{\"message\": \"script failed: " + e.getClass().getSimpleName() + "\"}");
            }
            if (answer.status() < 0) {
                // Closing without a status line: the client sees a broken connection.
                return;
            }
            answer.headers()
                    .forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
