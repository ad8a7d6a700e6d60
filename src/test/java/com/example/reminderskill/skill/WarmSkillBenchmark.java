package com.example.reminderskill.skill;

import com.amazon.ask.SkillStreamHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.example.reminderskill.alerts.ApiEndpoints;
import com.example.reminderskill.store.FileSkillStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;

/**
 * Warm latency and throughput of the skill's stream handler, as a Lambda container serves
 * requests: one at a time, in process, on one request envelope, Alexa APIs on a running emulator.
 * The handler is the {@link LambdaHandler}'s ({@link TreeStreamHandler}), or with {@code --handler sdk}
 * the SDK's {@code SkillStreamHandler}, to compare. Prints one JSON line like the Node.js side
 * ({@code bench/node-skill/warm.js}). Run by {@code bench/performance.sh}:
 * {@code WarmSkillBenchmark EVENT.json EMULATOR_URL [--seconds S] [--warmup S] [--expect TEXT] [--handler sdk]}.
 */
public final class WarmSkillBenchmark {

    private WarmSkillBenchmark() {}

    public static void main(String[] args) throws Exception {
        byte[] request = Files.readAllBytes(Path.of(args[0]));
        ApiEndpoints endpoints = ApiEndpoints.localEmulator(java.net.URI.create(args[1]));
        double seconds = option(args, "--seconds", 5);
        double warmup = option(args, "--warmup", 2);
        String expect = Arrays.asList(args).contains("--expect")
                ? args[Arrays.asList(args).indexOf("--expect") + 1]
                : "<speak>";
        Path data = Files.createTempDirectory("warm-bench");
        Clock clock = Clock.systemUTC();
        JsonTreeSkill skill = ReminderSkill.create(
                new SkillSettings(endpoints, Optional.empty(), clock, FileSkillStore.open(data, clock)));
        boolean sdk = Arrays.asList(args).contains("--handler")
                && args[Arrays.asList(args).indexOf("--handler") + 1].equals("sdk");
        RequestStreamHandler handler = sdk ? new SkillStreamHandler(skill) {} : new TreeStreamHandler(skill);

        run(handler, request, expect, (long) (warmup * 1e9), new long[1 << 20]);
        long[] latencies = new long[1 << 22];
        Result result = run(handler, request, expect, (long) (seconds * 1e9), latencies);
        long[] measured = Arrays.copyOf(latencies, result.requests);
        Arrays.sort(measured);
        System.out.printf(
                "{\"requests\": %d, \"throughputPerSecond\": %.1f, \"p50Micros\": %.1f, \"p99Micros\": %.1f, \"errors\": %d}%n",
                result.requests,
                result.requests / (result.elapsedNanos / 1e9),
                percentile(measured, 0.50) / 1e3,
                percentile(measured, 0.99) / 1e3,
                result.errors);
    }

    private record Result(int requests, long elapsedNanos, int errors) {}

    private static Result run(
            RequestStreamHandler handler, byte[] request, String expect, long forNanos, long[] latencies)
            throws Exception {
        int requests = 0;
        int errors = 0;
        long start = System.nanoTime();
        long end = start + forNanos;
        long now = start;
        while (now < end && requests < latencies.length) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
            handler.handleRequest(new ByteArrayInputStream(request), out, null);
            long done = System.nanoTime();
            latencies[requests++] = done - now;
            if (!out.toString(StandardCharsets.UTF_8).contains(expect)) {
                errors++;
            }
            now = done;
        }
        return new Result(requests, now - start, errors);
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static double option(String[] args, String name, double fallback) {
        int at = Arrays.asList(args).indexOf(name);
        return at < 0 ? fallback : Double.parseDouble(args[at + 1]);
    }
}
