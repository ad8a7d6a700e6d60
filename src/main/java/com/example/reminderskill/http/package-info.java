/**
 * HTTP plumbing shared by every client of a remote API: the SDK's {@code ApiClient} on
 * {@code HttpURLConnection} ({@link JdkHttpApiClient}) and its transport failures, the one failure
 * type family of remote API calls ({@link ApiCallException}), and the check that keeps a local
 * emulator's URL on loopback ({@link LoopbackUri}).
 */
package com.example.reminderskill.http;
