package com.example.reminderskill.alerts;

import com.amazon.ask.model.services.ApiClient;
import com.amazon.ask.model.services.ApiClientRequest;
import com.amazon.ask.model.services.ApiClientResponse;
import com.amazon.ask.model.services.Pair;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The SDK's {@link ApiClient} on the JDK's {@link HttpClient}, so the deployment jar carries
 * no Apache HTTP client. Failures without an HTTP answer are reported as
 * {@link ApiTransportException}, which says whether the request may have reached the service.
 */
public final class JdkHttpApiClient implements ApiClient {

    /** Headers the JDK client sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED_HEADERS = Set.of("connection", "content-length", "expect", "host", "upgrade");

    /** Built on the first call: creating it sets up TLS, which a turn without an API call never needs. */
    private final Supplier<HttpClient> http;
    private final Duration requestTimeout;

    private JdkHttpApiClient(Supplier<HttpClient> http, Duration requestTimeout) {
        this.http = http;
        this.requestTimeout = requestTimeout;
    }

    /** A client whose connections time out after {@code connectTimeout} and requests after {@code requestTimeout}. */
    public static JdkHttpApiClient create(Duration connectTimeout, Duration requestTimeout) {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Supplier<HttpClient> http = new Once<>(() -> HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
        return new JdkHttpApiClient(http, Objects.requireNonNull(requestTimeout, "requestTimeout"));
    }

    /**
     * Loads and initialises what every HTTP client needs (the HTTP stack, TLS defaults), without a
     * call: for a SnapStart snapshot, so the first Alexa API call after a restore does not pay for it.
     */
    public static void warmUp() {
        HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The same connection pool with another per-request timeout, for one attempt inside a time budget. */
    public JdkHttpApiClient withRequestTimeout(Duration timeout) {
        return new JdkHttpApiClient(http, Objects.requireNonNull(timeout, "timeout"));
    }

    @Override
    public ApiClientResponse invoke(ApiClientRequest request) {
        HttpRequest httpRequest = toHttpRequest(request);
        HttpResponse<String> httpResponse;
        try {
            httpResponse = http.get().send(httpRequest, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw new ApiTransportException(ErrorCode.CONNECTION_FAILED, "could not connect to " + hostOf(httpRequest) + ": " + describe(e), false, e);
        } catch (HttpTimeoutException e) {
            throw new ApiTransportException(ErrorCode.REQUEST_TIMEOUT, "no answer from " + hostOf(httpRequest) + " within " + requestTimeout.toMillis() + " ms", true, e);
        } catch (IOException e) {
            throw new ApiTransportException(ErrorCode.CONNECTION_FAILED, "connection to " + hostOf(httpRequest) + " failed: " + describe(e), true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiTransportException(ErrorCode.REQUEST_TIMEOUT, "interrupted while calling " + hostOf(httpRequest), true, e);
        }
        ApiClientResponse response = new ApiClientResponse();
        response.setStatusCode(httpResponse.statusCode());
        response.setBody(httpResponse.body());
        List<Pair<String, String>> headers = new ArrayList<>();
        httpResponse.headers().map().forEach((name, values) -> values.forEach(value -> headers.add(new Pair<>(name, value))));
        response.setHeaders(headers);
        return response;
    }

    private HttpRequest toHttpRequest(ApiClientRequest request) {
        URI uri = URI.create(request.getUrl());
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(requestTimeout)
                .version("https".equalsIgnoreCase(uri.getScheme()) ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1);
        if (request.getHeaders() != null) {
            for (Pair<String, String> header : request.getHeaders()) {
                if (!RESTRICTED_HEADERS.contains(header.getName().toLowerCase(Locale.ROOT))) {
                    builder.header(header.getName(), header.getValue());
                }
            }
        }
        String body = request.getBody();
        HttpRequest.BodyPublisher publisher = body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        return builder.method(request.getMethod(), publisher).build();
    }

    private static String hostOf(HttpRequest request) {
        return request.uri().getScheme() + "://" + request.uri().getAuthority();
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
