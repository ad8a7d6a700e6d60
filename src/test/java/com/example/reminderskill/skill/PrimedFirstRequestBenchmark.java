package com.example.reminderskill.skill;

import com.example.reminderskill.alerts.ApiEndpoints;
import com.example.reminderskill.store.FileSkillStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The first requests a SnapStart-restored function serves: in one fresh JVM, the time to build
 * the {@link LambdaHandler}, the time {@link LambdaHandler#beforeCheckpoint} takes to prime it
 * (what Lambda runs before the snapshot), then the first LaunchRequest and the first create
 * reminder on the primed handler, Alexa APIs on a running emulator. The whole-process cold start
 * cannot show this: JVM start and priming happen before the snapshot, so a restored function
 * pays only for these first requests (plus the restore itself, which is not measured here).
 * Prints one JSON line. Run by {@code bench/performance.sh}:
 * {@code PrimedFirstRequestBenchmark EMULATOR_URL LAUNCH.json CREATE.json}.
 */
public final class PrimedFirstRequestBenchmark {

    private PrimedFirstRequestBenchmark() {}

    public static void main(String[] args) throws Exception {
        byte[] launch = Files.readAllBytes(Path.of(args[1]));
        byte[] create = Files.readAllBytes(Path.of(args[2]));
        Path data = Files.createTempDirectory("primed-bench");
        try {
            long start = System.nanoTime();
            Clock clock = Clock.systemUTC();
            LambdaHandler handler = new LambdaHandler(new SkillSettings(
                    ApiEndpoints.localEmulator(URI.create(args[0])),
                    Optional.empty(),
                    clock,
                    FileSkillStore.open(data, clock)));
            long constructed = System.nanoTime();
            // beforeCheckpoint does not read its context (LambdaHandlerTest passes null too).
            handler.beforeCheckpoint(null);
            long primed = System.nanoTime();
            boolean launchAnswered = answer(handler, launch).contains("<speak>");
            long launched = System.nanoTime();
            boolean createAnswered = answer(handler, create).contains("remind you");
            long created = System.nanoTime();
            int errors = (launchAnswered ? 0 : 1) + (createAnswered ? 0 : 1);
            System.out.printf(
                    "{\"constructMillis\": %.1f, \"primeMillis\": %.1f, \"firstLaunchMillis\": %.1f, \"firstCreateMillis\": %.1f, \"errors\": %d}%n",
                    (constructed - start) / 1e6,
                    (primed - constructed) / 1e6,
                    (launched - primed) / 1e6,
                    (created - launched) / 1e6,
                    errors);
        } finally {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private static String answer(LambdaHandler handler, byte[] request) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        handler.handleRequest(new ByteArrayInputStream(request), out, null);
        return out.toString(StandardCharsets.UTF_8);
    }
}
