package com.example.reminderskill.alerts;

import com.example.reminderskill.http.JdkHttpApiClient;
import com.example.reminderskill.retry.RetryPolicy;
import com.example.reminderskill.retry.RetryingClientBuilder;
import java.time.Duration;
import java.util.Objects;

/**
 * What every Alexa API wrapper is built with: the trusted endpoints, the HTTP client and the
 * retry settings. Everything but the endpoints has a production default.
 *
 * @param <B> the wrapper's own builder
 */
public abstract class AlexaApiClientBuilder<B extends AlexaApiClientBuilder<B>> extends RetryingClientBuilder<B> {

    private final ApiEndpoints endpoints;
    private JdkHttpApiClient http;

    protected AlexaApiClientBuilder(ApiEndpoints endpoints) {
        super(RetryPolicy.DEFAULT);
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
    }

    /** The HTTP client to share; by default one with a 1-second connect timeout. */
    public B httpClient(JdkHttpApiClient value) {
        this.http = Objects.requireNonNull(value, "httpClient");
        return self();
    }

    public final ApiEndpoints endpoints() {
        return endpoints;
    }

    /** The calls through the SDK's service clients, on the HTTP client set or a default one. */
    public final ServiceCall serviceCall() {
        return new ServiceCall(
                http != null
                        ? http
                        : JdkHttpApiClient.create(
                                Duration.ofSeconds(1), retryPolicy().attemptTimeout()));
    }
}
