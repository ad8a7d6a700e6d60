package com.example.reminderskill.emulator;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the requests the emulated Alexa APIs receive, whatever their answer (errors, 401, 429
 * and injected faults included): a filter put on each API context where it is created, so it
 * counts before any handler runs. Cheap and thread-safe; a reset while calls are in flight may
 * keep or drop those calls.
 */
final class ApiCallCounter {

    /** The APIs counted, with their {@code byApi} names and how their paths read with ids left out. */
    enum Api {
        REMINDERS(
                "reminders",
                "/v1/alerts/reminders",
                template("/v1/alerts/reminders", "/v1/alerts/reminders"),
                template("/v1/alerts/reminders/[^/]+", "/v1/alerts/reminders/{alertToken}")),
        TIMERS(
                "timers",
                "/v1/alerts/timers",
                template("/v1/alerts/timers", "/v1/alerts/timers"),
                template("/v1/alerts/timers/[^/]+", "/v1/alerts/timers/{id}"),
                template("/v1/alerts/timers/[^/]+/pause", "/v1/alerts/timers/{id}/pause"),
                template("/v1/alerts/timers/[^/]+/resume", "/v1/alerts/timers/{id}/resume")),
        SETTINGS(
                "settings",
                "/v2/devices",
                template("/v2/devices/[^/]+/settings/(System\\.[A-Za-z]{1,64})", "/v2/devices/{deviceId}/settings/$1")),
        LWA("lwa", "/auth/o2/token", template("/auth/[oO]2/token", "/auth/o2/token")),
        SKILL_MESSAGING(
                "skillMessaging",
                "/v1/skillmessages",
                template("/v1/skillmessages/users/[^/]+", "/v1/skillmessages/users/{userId}"));

        private final String key;
        private final String prefix;
        private final Template[] templates;

        Api(String key, String prefix, Template... templates) {
            this.key = key;
            this.prefix = prefix;
            this.templates = templates;
        }

        String key() {
            return key;
        }

        /** The path with its ids replaced; a path no operation has becomes {@code PREFIX/**}, so the keys stay few. */
        String operationPath(String rawPath) {
            String path = rawPath.length() > 1 ? rawPath.replaceAll("/+$", "") : rawPath;
            for (Template template : templates) {
                Matcher matcher = template.pattern().matcher(path);
                if (matcher.matches()) {
                    return matcher.replaceFirst(template.replacement());
                }
            }
            return prefix + "/**";
        }
    }

    private record Template(Pattern pattern, String replacement) {}

    private static Template template(String regex, String replacement) {
        return new Template(Pattern.compile(regex), replacement);
    }

    /** Methods kept as they are; anything else counts as {@code OTHER}, so the keys stay few. */
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");

    private final Map<Api, LongAdder> byApi = new EnumMap<>(Api.class);
    private final ConcurrentHashMap<String, LongAdder> byOperation = new ConcurrentHashMap<>();

    ApiCallCounter() {
        for (Api api : Api.values()) {
            byApi.put(api, new LongAdder());
        }
    }

    /** Counts every request on this context as a call of {@code api}; returns the context. */
    HttpContext count(HttpContext context, Api api) {
        context.getFilters().add(new Filter() {
            @Override
            public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
                record(api, exchange.getRequestMethod(), HttpJson.path(exchange));
                chain.doFilter(exchange);
            }

            @Override
            public String description() {
                return "counts " + api.key() + " calls";
            }
        });
        return context;
    }

    void record(Api api, String method, String rawPath) {
        String verb = method == null ? "OTHER" : method.toUpperCase(Locale.ROOT);
        String operation =
                (METHODS.contains(verb) ? verb : "OTHER") + " " + api.operationPath(rawPath == null ? "" : rawPath);
        byApi.get(api).increment();
        byOperation.computeIfAbsent(operation, key -> new LongAdder()).increment();
    }

    ApiCalls snapshot() {
        Map<String, Long> apis = new LinkedHashMap<>();
        long total = 0;
        for (Api api : Api.values()) {
            long calls = byApi.get(api).sum();
            apis.put(api.key(), calls);
            total += calls;
        }
        Map<String, Long> operations = new LinkedHashMap<>();
        byOperation.forEach((operation, calls) -> {
            long sum = calls.sum();
            if (sum > 0) {
                operations.put(operation, sum);
            }
        });
        return new ApiCalls(total, apis, operations);
    }

    void reset() {
        byApi.values().forEach(LongAdder::reset);
        byOperation.clear();
    }
}
