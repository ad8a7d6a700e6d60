package com.example.reminderskill.alerts.reminders;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test fixture: just enough of the Alexa Reminders API on loopback HTTP to exercise
 * {@link ReminderClient}. It keeps reminders in memory, records every request, and plays a
 * script of {@link Fault}s, one per request in arrival order, to simulate a misbehaving service.
 * It does not validate bodies; the client's own validator is under test elsewhere.
 */
public final class FakeRemindersServer implements AutoCloseable {

    public static final String REMINDERS_PATH = "/v1/alerts/reminders";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final HttpServer http;
    private final ExecutorService executor;
    private final Clock clock;
    private final Map<String, ObjectNode> reminders = new LinkedHashMap<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final Deque<Fault> script = new ArrayDeque<>();
    private final AtomicInteger tokens = new AtomicInteger();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Fault whenScriptIsEmpty = Fault.none();
    private volatile int pageSize = 50;
    private volatile int createStatus = 200;

    private FakeRemindersServer(Clock clock) throws IOException {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // Several threads: a delayed answer must not hold up the client's next request.
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "fake-reminders-server");
            thread.setDaemon(true);
            return thread;
        });
        http.setExecutor(executor);
        http.createContext("/", this::handle);
        http.start();
    }

    /** Starts a server on 127.0.0.1 and a free port; {@code clock} stamps createdTime and updatedTime. */
    public static FakeRemindersServer start(Clock clock) {
        try {
            return new FakeRemindersServer(clock);
        } catch (IOException e) {
            throw new IllegalStateException("could not start the fake Reminders server", e);
        }
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port());
    }

    /** Stops answering; connections then fail. Closing twice is harmless. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            http.stop(0);
            executor.shutdownNow();
        }
    }

    // ---- configuration -------------------------------------------------------------------

    /** Queues faults, each consumed by one request, in order; requests after them are served normally. */
    public FakeRemindersServer enqueue(Fault... faults) {
        synchronized (script) {
            script.addAll(List.of(faults));
        }
        return this;
    }

    /** The fault for every request once the script is used up, such as a service that is down. */
    public FakeRemindersServer always(Fault fault) {
        this.whenScriptIsEmpty = Objects.requireNonNull(fault, "fault");
        return this;
    }

    /** How many reminders one list answer holds; more are reached through {@code links}. */
    public FakeRemindersServer pageSize(int value) {
        this.pageSize = value;
        return this;
    }

    /** The status of a successful create: the current reference says 200 in one place and 201 in another. */
    public FakeRemindersServer createStatus(int value) {
        this.createStatus = value;
        return this;
    }

    /** Stores a reminder as if it had been created, from a request body; returns its alertToken. */
    public String addReminder(String requestBody) {
        synchronized (reminders) {
            return store(parse(requestBody)).path("alertToken").asText();
        }
    }

    // ---- what happened -------------------------------------------------------------------

    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    public List<RecordedRequest> requests(String method) {
        return requests.stream()
                .filter(request -> request.method().equals(method))
                .toList();
    }

    /** The GETs of the reminders collection, first page or later ones. */
    public List<RecordedRequest> listRequests() {
        return requests.stream()
                .filter(request ->
                        request.method().equals("GET") && request.path().equals(REMINDERS_PATH))
                .toList();
    }

    /** The stored reminders, in creation order, as the service would return them. */
    public List<JsonNode> storedReminders() {
        synchronized (reminders) {
            return reminders.values().stream()
                    .map(JsonNode::deepCopy)
                    .map(JsonNode.class::cast)
                    .toList();
        }
    }

    public Optional<JsonNode> storedReminder(String alertToken) {
        synchronized (reminders) {
            return Optional.ofNullable(reminders.get(alertToken)).map(ObjectNode::deepCopy);
        }
    }

    // ---- the fault script ----------------------------------------------------------------

    /**
     * What the server does with one request instead of (or besides) answering it normally.
     *
     * @param processFirst whether the request takes effect before the fault is played
     * @param status       the status to answer with; 0 keeps the normal answer
     * @param delay        how long to wait before answering
     * @param close        close the connection instead of answering
     * @param hold         how long the request is held on its way in before the service sees it, as a proxy may
     */
    public record Fault(
            boolean processFirst,
            int status,
            String body,
            String contentType,
            Map<String, String> headers,
            Duration delay,
            boolean close,
            Duration hold) {

        /** Serve the request normally. */
        public static Fault none() {
            return new Fault(true, 0, null, null, Map.of(), Duration.ZERO, false, Duration.ZERO);
        }

        /** Answer {@code status} with a JSON body without carrying the request out. */
        public static Fault answer(int status, String jsonBody) {
            return new Fault(
                    false, status, jsonBody, "application/json", Map.of(), Duration.ZERO, false, Duration.ZERO);
        }

        /** Answer {@code status} with the service's error body {@code {"code","message"}}, without carrying the request out. */
        public static Fault error(int status, String code, String message) {
            ObjectNode body = JSON.createObjectNode().put("code", code).put("message", message);
            return answer(status, body.toString());
        }

        /** Carry the request out, then answer {@code status} with a JSON error body instead of the real answer. */
        public static Fault afterProcessing(int status, String code, String message) {
            return error(status, code, message).processingFirst();
        }

        /** Carry the request out, then answer normally only after {@code delay}: long after the client gave up. */
        public static Fault delayAfterProcessing(Duration delay) {
            return new Fault(true, 0, null, null, Map.of(), delay, false, Duration.ZERO);
        }

        /**
         * Hold the request for {@code hold} before the service sees it, then carry it out and
         * answer: a create that lands after the client gave up on it, and after it listed.
         */
        public static Fault heldInTransit(Duration hold) {
            return new Fault(true, 0, null, null, Map.of(), Duration.ZERO, false, hold);
        }

        /** Close the connection without answering and without carrying the request out. */
        public static Fault closeConnection() {
            return new Fault(false, 0, null, null, Map.of(), Duration.ZERO, true, Duration.ZERO);
        }

        /** Carry the request out, then close the connection without answering. */
        public static Fault closeAfterProcessing() {
            return closeConnection().processingFirst();
        }

        public Fault processingFirst() {
            return new Fault(true, status, body, contentType, headers, delay, close, hold);
        }

        public Fault withContentType(String value) {
            return new Fault(processFirst, status, body, value, headers, delay, close, hold);
        }

        public Fault withHeader(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Fault(processFirst, status, body, contentType, Map.copyOf(more), delay, close, hold);
        }
    }

    /** One request as the server received it; header names are matched without regard to case. */
    public record RecordedRequest(
            String method, String path, String query, Map<String, List<String>> headers, String body) {

        public Optional<String> header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }

        public String pathAndQuery() {
            return query == null ? path : path + "?" + query;
        }

        public JsonNode json() {
            return parse(body);
        }
    }

    // ---- request handling ----------------------------------------------------------------

    private record Answer(int status, String body) {}

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers.putAll(exchange.getRequestHeaders());
            URI uri = exchange.getRequestURI();
            requests.add(new RecordedRequest(
                    exchange.getRequestMethod(),
                    uri.getPath(),
                    uri.getRawQuery(),
                    Collections.unmodifiableMap(headers),
                    body));

            Fault fault = nextFault();
            if (!fault.hold().isZero()) {
                sleep(fault.hold());
            }
            Answer answer = fault.processFirst() ? process(exchange.getRequestMethod(), uri, headers, body) : null;
            if (fault.close()) {
                // No response headers sent: closing the exchange (try-with-resources) drops the connection.
                return;
            }
            if (!fault.delay().isZero()) {
                sleep(fault.delay());
            }
            if (fault.status() != 0) {
                fault.headers()
                        .forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
                send(exchange, fault.status(), fault.body(), fault.contentType());
            } else {
                send(exchange, answer.status(), answer.body(), "application/json");
            }
        } catch (IOException clientGone) {
            // The client stopped waiting (a deliberate delay); nothing to answer.
        }
    }

    private Fault nextFault() {
        synchronized (script) {
            return script.isEmpty() ? whenScriptIsEmpty : script.removeFirst();
        }
    }

    private Answer process(String method, URI uri, Map<String, List<String>> headers, String body) {
        List<String> authorization = headers.getOrDefault("Authorization", List.of());
        if (authorization.isEmpty()
                || !authorization.get(0).startsWith("Bearer ")
                || authorization.get(0).length() <= 7) {
            return error(401, "MISSING_BEARER_TOKEN", "Missing access token.");
        }
        String path = uri.getPath();
        synchronized (reminders) {
            if (path.equals(REMINDERS_PATH)) {
                return switch (method) {
                    case "POST" ->
                        new Answer(createStatus, receipt(store(parse(body))).toString());
                    case "GET" -> new Answer(200, page(uri.getRawQuery()).toString());
                    default -> error(405, "METHOD_NOT_ALLOWED", method + " " + path);
                };
            }
            if (!path.startsWith(REMINDERS_PATH + "/")) {
                return error(404, "NOT_FOUND", "no such resource " + path);
            }
            String alertToken = path.substring(REMINDERS_PATH.length() + 1);
            ObjectNode reminder = reminders.get(alertToken);
            if (reminder == null) {
                return error(404, "ALERT_NOT_FOUND", "Alert does not exist.");
            }
            return switch (method) {
                case "GET" -> new Answer(200, reminder.toString());
                case "PUT" ->
                    new Answer(200, receipt(update(reminder, parse(body))).toString());
                case "DELETE" -> {
                    reminders.remove(alertToken);
                    yield new Answer(200, "");
                }
                default -> error(405, "METHOD_NOT_ALLOWED", method + " " + path);
            };
        }
    }

    private ObjectNode store(JsonNode request) {
        String now = TIMESTAMP.format(clock.instant());
        ObjectNode reminder = JSON.createObjectNode()
                .put("alertToken", "alert.token." + tokens.incrementAndGet())
                .put("createdTime", now)
                .put("updatedTime", now)
                .put("status", "ON")
                .put("version", "1");
        copyReminderFields(request, reminder);
        reminders.put(reminder.get("alertToken").asText(), reminder);
        return reminder;
    }

    private ObjectNode update(ObjectNode reminder, JsonNode request) {
        copyReminderFields(request, reminder);
        reminder.put("updatedTime", TIMESTAMP.format(clock.instant()));
        reminder.put("version", String.valueOf(reminder.path("version").asInt(1) + 1));
        return reminder;
    }

    private static void copyReminderFields(JsonNode request, ObjectNode reminder) {
        for (String field : List.of("trigger", "alertInfo", "pushNotification")) {
            if (request.has(field)) {
                reminder.set(field, request.get(field).deepCopy());
            }
        }
    }

    private ObjectNode receipt(ObjectNode reminder) {
        ObjectNode receipt = JSON.createObjectNode();
        for (String field : List.of("alertToken", "createdTime", "updatedTime", "status", "version")) {
            receipt.set(field, reminder.get(field));
        }
        return receipt.put(
                "href", REMINDERS_PATH + "/" + reminder.get("alertToken").asText());
    }

    /** One page of the list; {@code links} names the next page as a relative path, as a real service may. */
    private ObjectNode page(String query) {
        int page = query != null && query.startsWith("page=") ? Integer.parseInt(query.substring(5)) : 1;
        List<ObjectNode> all = new ArrayList<>(reminders.values());
        int from = Math.min((page - 1) * pageSize, all.size());
        int to = Math.min(from + pageSize, all.size());
        ArrayNode alerts = JSON.createArrayNode();
        all.subList(from, to).forEach(alerts::add);
        ObjectNode answer = JSON.createObjectNode().put("totalCount", String.valueOf(all.size()));
        answer.set("alerts", alerts);
        if (to < all.size()) {
            answer.put("links", REMINDERS_PATH + "?page=" + (page + 1));
        }
        return answer;
    }

    private static Answer error(int status, String code, String message) {
        return new Answer(
                status,
                JSON.createObjectNode()
                        .put("code", code)
                        .put("message", message)
                        .toString());
    }

    private static void send(HttpExchange exchange, int status, String body, String contentType) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (contentType != null && bytes.length > 0) {
            exchange.getResponseHeaders().set("Content-Type", contentType + "; charset=utf-8");
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static JsonNode parse(String json) {
        try {
            return json == null || json.isBlank() ? JSON.createObjectNode() : JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }
}
