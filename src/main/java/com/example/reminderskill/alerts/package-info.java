/**
 * The Alexa API wrappers' shared parts: the trusted regional endpoints ({@link ApiEndpoints}),
 * the HTTP client on {@code HttpURLConnection} ({@link JdkHttpApiClient}), retries inside a time
 * budget that never send a create twice ({@link Retrier}), the one failure type
 * ({@link AlexaApiException}) and the device's time zone from the Settings API. The only place
 * that speaks HTTP to Alexa.
 */
package com.example.reminderskill.alerts;
