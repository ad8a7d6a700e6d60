package com.example.reminderskill.store;

import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBRequestHandler;
import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBServerHandler;
import java.net.InetAddress;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * DynamoDB Local, the real engine, running in this JVM as an HTTP server on loopback, so the store's tests
 * go through the same SDK calls, conditions and pagination as on AWS. Started once per test run
 * (it takes a second or so) and stopped when the run ends; each test gets a fresh table.
 *
 * <pre>{@code @RegisterExtension static final DynamoDbLocal DYNAMODB = new DynamoDbLocal();}</pre>
 */
final class DynamoDbLocal implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DynamoDbLocal.class);
    private static final AtomicInteger TABLES = new AtomicInteger();

    private Server server;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Server.class, key -> Server.start(), Server.class);
    }

    /** A client of the running server, shared by the tests; do not close it. */
    DynamoDbClient client() {
        return running().client;
    }

    /** Another client of the same server, as a second Lambda instance would have; the caller closes it. */
    DynamoDbClient newClient() {
        return connect(running().endpoint);
    }

    /** Creates a table no other test uses, with TTL on, and returns its name. */
    String createTable() {
        String tableName = "skill-store-" + TABLES.incrementAndGet();
        client().createTable(DynamoDbSkillStore.tableDefinition(tableName));
        client().updateTimeToLive(DynamoDbSkillStore.timeToLiveDefinition(tableName));
        return tableName;
    }

    private Server running() {
        if (server == null) {
            throw new IllegalStateException("register DynamoDbLocal with @RegisterExtension on a static field");
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

    /** The server and its shared client; JUnit closes it at the end of the run. */
    private static final class Server implements AutoCloseable {

        private final org.eclipse.jetty.server.Server jetty;
        private final LocalDynamoDBServerHandler handler;
        private final URI endpoint;
        private final DynamoDbClient client;

        private Server(org.eclipse.jetty.server.Server jetty, LocalDynamoDBServerHandler handler, URI endpoint) {
            this.jetty = jetty;
            this.handler = handler;
            this.endpoint = endpoint;
            this.client = connect(endpoint);
        }

        /**
         * Starts what {@code ServerRunner.createServer(-inMemory)} would, minus its telemetry: that
         * code loads Pinpoint classes even when telemetry is off, and the pom leaves them out.
         * Bound to loopback on a port the system picks, so no other test run can take it first.
         */
        static Server start() {
            org.eclipse.jetty.server.Server jetty = new org.eclipse.jetty.server.Server();
            try {
                LocalDynamoDBServerHandler handler = new LocalDynamoDBServerHandler(
                        new LocalDynamoDBRequestHandler(0, true, null, false, false), null);
                ServerConnector connector = new ServerConnector(jetty);
                connector.setHost(InetAddress.getLoopbackAddress().getHostAddress());
                connector.setPort(0);
                jetty.addConnector(connector);
                ContextHandler context = new ContextHandler();
                context.setHandler(handler);
                jetty.setHandler(context);
                jetty.start();
                return new Server(jetty, handler, URI.create("http://127.0.0.1:" + connector.getLocalPort()));
            } catch (Exception e) {
                throw new IllegalStateException("DynamoDB Local did not start", e);
            }
        }

        @Override
        public void close() {
            client.close();
            try {
                jetty.stop();
            } catch (Exception e) {
                throw new IllegalStateException("DynamoDB Local did not stop", e);
            } finally {
                handler.close();
            }
        }
    }
}
