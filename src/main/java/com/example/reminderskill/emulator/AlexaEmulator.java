package com.example.reminderskill.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An emulator of the Alexa Reminders and Timers APIs on the JDK's HTTP server, bound to loopback, with a
 * controllable clock, token minting and the events Alexa sends to a skill. Start one with
 * {@link #builder()}; close it when done.
 */
public final class AlexaEmulator implements AutoCloseable {

    /** The endpoint events carry, as the older reference page documents. */
    private static final String EVENT_API_ENDPOINT = "https://api.amazonalexa.com";

    private final EmulatorClock clock;
    private final ObjectMapper mapper = new ObjectMapper();
    private final Grants grants;
    private final RemindersState reminders;
    private final TimersState timers;
    private final EventDelivery delivery;
    private final ApiCallCounter calls = new ApiCallCounter();
    private final HttpServer server;
    private final ExecutorService httpThreads;
    private final ScheduledExecutorService ticker;
    private final AtomicLong eventIds = new AtomicLong();
    /** Moving the clock and ringing happen together, so no tick rings in between. */
    private final Object timeLock = new Object();

    static {
        // The JDK server waits for ACKs on small answers (Nagle), ~40 ms a call; read once per JVM.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private AlexaEmulator(Builder builder) throws IOException {
        this.clock = new EmulatorClock(builder.clock);
        this.grants = new Grants(clock);
        this.delivery = new EventDelivery(builder.skillEndpoint, builder.eventChaosShare, builder.seed);
        this.reminders = new RemindersState(clock, builder.maxRemindersPerUser, this::emitReminderEvent, mapper);
        this.timers = new TimersState(clock);
        RateLimiter rateLimiter = new RateLimiter(clock, builder.maxRequestsPerSecond);
        FaultInjection faults =
                new FaultInjection(builder.errorShare, builder.latency, builder.seed, builder.createHold);

        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), builder.port), 0);
        // Every Alexa API context is counted (GET /emulator/calls); the control API is not.
        calls.count(
                server.createContext(
                        "/v1/alerts/reminders", new RemindersHandler(reminders, grants, rateLimiter, faults, mapper)),
                ApiCallCounter.Api.REMINDERS);
        calls.count(
                server.createContext(
                        "/v1/alerts/timers", new TimersHandler(timers, grants, rateLimiter, faults, mapper)),
                ApiCallCounter.Api.TIMERS);
        calls.count(
                server.createContext("/v2/devices/", new DeviceSettingsHandler(grants, rateLimiter, faults, mapper)),
                ApiCallCounter.Api.SETTINGS);
        new SkillMessaging(
                        clock,
                        grants,
                        delivery,
                        builder.skillCredentials.values(),
                        new RateLimiter(clock, builder.maxRequestsPerSecond),
                        faults,
                        mapper)
                .install(server, calls);
        server.createContext("/emulator/", new ControlHandler(this, mapper));
        this.httpThreads = Executors.newFixedThreadPool(4, daemon("emulator-http"));
        server.setExecutor(httpThreads);
        server.start();
        // Real time passes too: what falls due while nobody moves the clock still rings.
        this.ticker = Executors.newSingleThreadScheduledExecutor(daemon("emulator-clock"));
        ticker.scheduleAtFixedRate(
                () -> {
                    synchronized (timeLock) {
                        ringDue();
                    }
                },
                1,
                1,
                TimeUnit.SECONDS);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code http://127.0.0.1:PORT}: what the wrapper's {@code ApiEndpoints.localEmulator} takes. */
    public URI baseUri() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort());
    }

    public Clock clock() {
        return clock;
    }

    /** Mints a token as {@code POST /emulator/sessions} does; the device's zone is UTC. */
    public String mintToken(String skillId, String userId, boolean inSession, Set<String> permissions) {
        return mintToken(skillId, userId, inSession, permissions, Grants.DEFAULT_DEVICE_ZONE);
    }

    public String mintToken(
            String skillId, String userId, boolean inSession, Set<String> permissions, ZoneId deviceTimeZone) {
        return grants.mint(skillId, userId, inSession, permissions, deviceTimeZone);
    }

    /**
     * Moves emulated time forward and rings what falls due, as {@code POST /emulator/clock} does.
     *
     * @return how many times reminders rang
     */
    public int advance(Duration duration) {
        synchronized (timeLock) {
            clock.advance(duration);
            return ringDue();
        }
    }

    /** Rings the reminders and sets off the timers that are due; the caller holds the time lock. */
    private int ringDue() {
        Instant now = clock.instant();
        return reminders.ringDue(now) + timers.ringDue(now);
    }

    /**
     * The requests the Alexa APIs received so far (or since {@link #resetCalls()}), errors included;
     * the control API is not counted. As {@code GET /emulator/calls} shows them.
     */
    public ApiCalls calls() {
        return calls.snapshot();
    }

    /** Counts the Alexa API calls from zero again, as {@code POST /emulator/calls/reset} does. */
    public void resetCalls() {
        calls.reset();
    }

    /** Every event sent or queued so far, oldest first. */
    public List<EmulatorEvent> events() {
        return delivery.recorded();
    }

    /** Waits until every event so far has been delivered (or given up on). */
    public void awaitDelivery(Duration timeout) throws InterruptedException {
        delivery.flush(timeout);
    }

    private void emitReminderEvent(String type, String skillId, String userId, Instant timestamp, ObjectNode body) {
        String token = grants.mint(skillId, userId, false, Set.of(RemindersState.SCOPE), grants.deviceTimeZone(userId));
        ObjectNode envelope = mapper.createObjectNode().put("version", "1.0");
        ObjectNode system = envelope.putObject("context").putObject("System");
        system.putObject("application").put("applicationId", skillId);
        ObjectNode user = system.putObject("user").put("userId", userId);
        user.putObject("permissions").put("consentToken", token);
        system.put("apiEndpoint", EVENT_API_ENDPOINT);
        system.put("apiAccessToken", token);
        String requestId = "amzn1.echo-api.request.emulator-" + UUID.randomUUID();
        ObjectNode request = envelope.putObject("request")
                .put("type", type)
                .put("requestId", requestId)
                .put("timestamp", timestamp.truncatedTo(ChronoUnit.SECONDS).toString());
        request.set("body", body);
        envelope.putObject("session").putObject("attributes");
        delivery.send(
                new EmulatorEvent("event-" + eventIds.incrementAndGet(), type, timestamp, skillId, userId, envelope));
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        server.stop(0);
        httpThreads.shutdownNow();
        delivery.close();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Configures an emulator; every setting has the documented service's value by default. */
    public static final class Builder {
        private int port;
        private Clock clock = Clock.systemUTC();
        private Optional<SkillEndpoint> skillEndpoint = Optional.empty();
        private int maxRemindersPerUser = 500;
        private int maxRequestsPerSecond = 25;
        private double errorShare;
        private Duration latency = Duration.ZERO;
        private Duration createHold = Duration.ZERO;
        private double eventChaosShare;
        private long seed = 1;
        private final Map<String, SkillCredentials> skillCredentials = new LinkedHashMap<>();

        private Builder() {}

        /** The loopback port; 0 (the default) picks a free one. */
        public Builder port(int value) {
            if (value < 0 || value > 65_535) {
                throw new IllegalArgumentException("port must be 0 to 65535: " + value);
            }
            this.port = value;
            return this;
        }

        /** The clock emulated time starts from; {@code POST /emulator/clock} moves it forward. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** Where events go; without one they are only recorded. */
        public Builder skillEndpoint(SkillEndpoint value) {
            this.skillEndpoint = Optional.of(value);
            return this;
        }

        public Builder maxRemindersPerUser(int value) {
            this.maxRemindersPerUser = value;
            return this;
        }

        public Builder maxRequestsPerSecond(int value) {
            this.maxRequestsPerSecond = value;
            return this;
        }

        /**
         * Holds every reminder and timer create this long before carrying it out, as a slow proxy
         * would: a caller whose attempt times out first may list before it lands, and it lands all the same.
         */
        public Builder holdCreates(Duration hold) {
            if (hold.isNegative()) {
                throw new IllegalArgumentException("hold must not be negative: " + hold);
            }
            this.createHold = hold;
            return this;
        }

        /** A share (0 to 1) of API calls that fail with 500 or 503 before changing anything, and latency added to every call. */
        public Builder faults(double share, Duration addedLatency) {
            this.errorShare = share;
            this.latency = Objects.requireNonNull(addedLatency, "addedLatency");
            return this;
        }

        /** A share (0 to 1) of events delivered twice, and of events delivered after the one that follows them. */
        public Builder eventChaos(double share) {
            this.eventChaosShare = share;
            return this;
        }

        /** The seed of every random choice, so a run can be repeated. */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /**
         * A skill's Login with Amazon client credentials: {@code POST /auth/o2/token} gives a Skill
         * Messaging token for them. Call once per skill; a second call for a skill replaces its credentials.
         *
         * @throws IllegalArgumentException for a blank value, or a client id another skill already has
         */
        public Builder skillCredentials(String skillId, String clientId, String clientSecret) {
            SkillCredentials credentials = new SkillCredentials(skillId, clientId, clientSecret);
            skillCredentials.values().stream()
                    .filter(other -> other.clientId().equals(clientId)
                            && !other.skillId().equals(skillId))
                    .findAny()
                    .ifPresent(other -> {
                        throw new IllegalArgumentException(
                                "client id " + clientId + " is already the client id of skill " + other.skillId());
                    });
            skillCredentials.put(skillId, credentials);
            return this;
        }

        public AlexaEmulator start() {
            try {
                return new AlexaEmulator(this);
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the emulator on port " + port, e);
            }
        }
    }
}
