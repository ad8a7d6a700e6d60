/**
 * The Alexa API wrappers' shared parts: the trusted regional endpoints ({@link ApiEndpoints}),
 * one call through an SDK service client ({@link ServiceCall}), the builder every wrapper shares
 * ({@link AlexaApiClientBuilder}), the one failure type ({@link AlexaApiException}) and the
 * device's time zone from the Settings API. The only place that speaks HTTP to Alexa; the HTTP
 * client and the retries it uses live in {@code http} and {@code retry}.
 */
package com.example.reminderskill.alerts;
