package com.example.reminderskill.http;

import com.amazon.ask.model.services.ApiClient;
import com.amazon.ask.model.services.ApiClientRequest;
import com.amazon.ask.model.services.ApiClientResponse;
import com.amazon.ask.model.services.Pair;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.net.ssl.SSLContext;

/**
 * The SDK's {@link ApiClient} on the JDK's {@link HttpURLConnection}, like the SDK's own
 * default client, so the deployment jar carries no Apache HTTP client. It sets up TLS only
 * when it first calls an {@code https} endpoint (the JDK's {@code java.net.http.HttpClient}
 * does so when it is built, about 0.2 s of a cold start), and keeps connections alive between
 * calls. Failures without an HTTP answer are reported as {@link ApiTransportException}, which
 * says whether the request may have reached the service.
 *
 * <p>The JDK re-sends a POST once by itself when its answer fails to arrive, unless
 * {@code sun.net.http.retryPost} is {@code false} when the JDK's HTTP stack first loads. A second
 * create could make a second reminder, and {@code ReminderClient} reconciles such failures itself,
 * so the entry points call {@link #refuseSilentPostRetries()} before anything opens a connection.
 */
public final class JdkHttpApiClient implements ApiClient {

    private static final String RETRY_POST = "sun.net.http.retryPost";

    static {
        refuseSilentPostRetries();
    }

    /** Headers the connection sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED_HEADERS =
            Set.of("connection", "content-length", "expect", "host", "upgrade");
    /** The methods {@link HttpURLConnection} speaks; the Alexa APIs use no other. */
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE", "HEAD");

    private final Duration connectTimeout;
    private final Duration requestTimeout;

    private JdkHttpApiClient(Duration connectTimeout, Duration requestTimeout) {
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
    }

    /** A client whose connections time out after {@code connectTimeout} and answers after {@code requestTimeout}. */
    public static JdkHttpApiClient create(Duration connectTimeout, Duration requestTimeout) {
        return new JdkHttpApiClient(
                Objects.requireNonNull(connectTimeout, "connectTimeout"),
                Objects.requireNonNull(requestTimeout, "requestTimeout"));
    }

    /**
     * Turns off the JDK's own re-sending of a POST whose answer failed, unless the JVM was started
     * with {@code -Dsun.net.http.retryPost}. It takes effect only before the first HTTP connection
     * of the process (the JDK reads it once), so entry points call it first.
     */
    public static void refuseSilentPostRetries() {
        if (System.getProperty(RETRY_POST) == null) {
            System.setProperty(RETRY_POST, "false");
        }
    }

    /**
     * Loads and initialises what an {@code https} call needs (the URL handlers, the default TLS
     * context), without a call: for a SnapStart snapshot, so the first Alexa API call after a
     * restore does not pay for it.
     */
    public static void warmUp() {
        try {
            SSLContext.getDefault();
            URI.create("https://api.amazonalexa.com/").toURL().openConnection();
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException("cannot prepare TLS for the Alexa APIs", e);
        }
    }

    /** The same connection settings with another answer timeout, for one attempt inside a time budget. */
    public JdkHttpApiClient withRequestTimeout(Duration timeout) {
        return new JdkHttpApiClient(connectTimeout, Objects.requireNonNull(timeout, "timeout"));
    }

    @Override
    public ApiClientResponse invoke(ApiClientRequest request) {
        URI uri = URI.create(request.getUrl());
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException("unsupported HTTP method for an Alexa API call: " + method);
        }
        HttpURLConnection connection = open(uri, method);
        try {
            connection.setInstanceFollowRedirects(false);
            connection.setUseCaches(false);
            connection.setConnectTimeout(Math.toIntExact(Math.max(1, connectTimeout.toMillis())));
            connection.setReadTimeout(Math.toIntExact(Math.max(1, requestTimeout.toMillis())));
            if (request.getHeaders() != null) {
                for (Pair<String, String> header : request.getHeaders()) {
                    if (!RESTRICTED_HEADERS.contains(header.getName().toLowerCase(Locale.ROOT))) {
                        connection.addRequestProperty(header.getName(), header.getValue());
                    }
                }
            }
            byte[] body = request.getBody() == null ? null : request.getBody().getBytes(StandardCharsets.UTF_8);
            if (body != null) {
                connection.setDoOutput(true);
            }
            connect(connection, uri);
            return exchange(connection, uri, body);
        } catch (RuntimeException e) {
            // Only a failed exchange drops its socket; a completed one stays in the keep-alive pool.
            connection.disconnect();
            throw e;
        }
    }

    private static HttpURLConnection open(URI uri, String method) {
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setRequestMethod(method);
            return connection;
        } catch (IOException | IllegalArgumentException | ClassCastException e) {
            throw new ApiTransportException(
                    ApiTransportException.Kind.CONNECTION_FAILED,
                    "cannot call " + hostOf(uri) + ": " + describe(e),
                    false,
                    e);
        }
    }

    /** Opens the connection on its own, so that a failure here is known not to have reached the service. */
    private void connect(HttpURLConnection connection, URI uri) {
        try {
            connection.connect();
        } catch (SocketTimeoutException e) {
            throw new ApiTransportException(
                    ApiTransportException.Kind.CONNECTION_FAILED,
                    "could not connect to " + hostOf(uri) + " within " + connectTimeout.toMillis() + " ms",
                    false,
                    e);
        } catch (IOException e) {
            throw new ApiTransportException(
                    ApiTransportException.Kind.CONNECTION_FAILED,
                    "could not connect to " + hostOf(uri) + ": " + describe(e),
                    false,
                    e);
        }
    }

    private ApiClientResponse exchange(HttpURLConnection connection, URI uri, byte[] body) {
        try {
            if (body != null) {
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(body);
                }
            }
            int status = connection.getResponseCode();
            ApiClientResponse response = new ApiClientResponse();
            response.setStatusCode(status);
            response.setBody(readBody(connection, status));
            response.setHeaders(headersOf(connection));
            return response;
        } catch (SocketTimeoutException e) {
            throw new ApiTransportException(
                    ApiTransportException.Kind.REQUEST_TIMEOUT,
                    "no answer from " + hostOf(uri) + " within " + requestTimeout.toMillis() + " ms",
                    true,
                    e);
        } catch (ConnectException e) {
            throw new ApiTransportException(
                    ApiTransportException.Kind.CONNECTION_FAILED,
                    "could not connect to " + hostOf(uri) + ": " + describe(e),
                    false,
                    e);
        } catch (IOException e) {
            throw new ApiTransportException(
                    ApiTransportException.Kind.CONNECTION_FAILED,
                    "connection to " + hostOf(uri) + " failed: " + describe(e),
                    true,
                    e);
        }
    }

    /** The whole body, read to its end so the connection goes back to the keep-alive pool. */
    private static String readBody(HttpURLConnection connection, int status) throws IOException {
        try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
            if (in == null) {
                return "";
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    private static List<Pair<String, String>> headersOf(HttpURLConnection connection) {
        List<Pair<String, String>> headers = new ArrayList<>();
        for (Map.Entry<String, List<String>> header :
                connection.getHeaderFields().entrySet()) {
            // The status line comes under a null name.
            if (header.getKey() != null) {
                header.getValue().forEach(value -> headers.add(new Pair<>(header.getKey(), value)));
            }
        }
        return headers;
    }

    private static String hostOf(URI uri) {
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
