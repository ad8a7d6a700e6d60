package com.example.reminderskill.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * A DynamoDB-compatible server on loopback for the store's tests: dynalite (open source, from npm,
 * installed into {@code test-servers/} by the build), in memory, in a Node.js process of its own.
 * The store's tests go through the same SDK calls, conditions and pagination as on AWS. Started
 * once per test run and stopped when the run ends; each test gets a fresh table.
 *
 * <pre>{@code @RegisterExtension static final DynamoDbTestServer DYNAMODB = new DynamoDbTestServer();}</pre>
 */
final class DynamoDbTestServer implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(DynamoDbTestServer.class);
    private static final AtomicInteger TABLES = new AtomicInteger();
    private static final Path LAUNCHER = Path.of("test-servers", "dynalite.js");
    private static final Pattern LISTENING = Pattern.compile("dynalite listening on port (\\d+)");

    private Server server;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(Server.class, key -> Server.start(), Server.class);
    }

    /** A client of the running server, shared by the tests; do not close it. */
    DynamoDbClient client() {
        return running().client;
    }

    /** Another client of the same server, as a second Lambda instance would have; the caller closes it. */
    DynamoDbClient newClient() {
        return connect(running().endpoint);
    }

    /**
     * Creates a table no other test uses and returns its name. Time to live is not set: dynalite
     * has no TTL, and the store never relies on it, since it skips expired items itself.
     */
    String createTable() {
        String tableName = "skill-store-" + TABLES.incrementAndGet();
        client().createTable(DynamoDbSkillStore.tableDefinition(tableName));
        awaitActive(tableName);
        return tableName;
    }

    /** As on AWS, a new table answers "not found" until it is ACTIVE; dynalite gets there on its next tick. */
    private void awaitActive(String tableName) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (client().describeTable(request -> request.tableName(tableName))
                        .table()
                        .tableStatus()
                != TableStatus.ACTIVE) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("table " + tableName + " did not become ACTIVE");
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private Server running() {
        if (server == null) {
            throw new IllegalStateException("register DynamoDbTestServer with @RegisterExtension on a static field");
        }
        return server;
    }

    private static DynamoDbClient connect(URI endpoint) {
        return DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
    }

    /** The server process and its shared client; JUnit closes it at the end of the run. */
    private static final class Server implements AutoCloseable {

        private final Process process;
        private final URI endpoint;
        private final DynamoDbClient client;

        private Server(Process process, URI endpoint) {
            this.process = process;
            this.endpoint = endpoint;
            this.client = connect(endpoint);
        }

        /** Starts dynalite on a port the system picks, so no other test run can take it first, and waits until it listens. */
        static Server start() {
            if (!Files.isRegularFile(Path.of("test-servers", "node_modules", "dynalite", "package.json"))) {
                throw new IllegalStateException(
                        "dynalite is not installed: run 'npm ci' in test-servers/ (mvn does it before the tests)");
            }
            try {
                Process process = new ProcessBuilder("node", LAUNCHER.toString())
                        .redirectErrorStream(true)
                        .start();
                BufferedReader out =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                String line = out.readLine();
                Matcher listening = LISTENING.matcher(line == null ? "" : line);
                if (!listening.find()) {
                    process.destroyForcibly();
                    throw new IllegalStateException("dynalite did not start: " + line);
                }
                return new Server(process, URI.create("http://127.0.0.1:" + listening.group(1)));
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "could not start node " + LAUNCHER + " (Node.js is needed for the store's tests)", e);
            }
        }

        @Override
        public void close() {
            client.close();
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
