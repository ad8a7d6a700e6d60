/**
 * Retries inside a time budget: the one retry engine ({@link Retrier}) with exponential backoff,
 * full jitter and {@code Retry-After}, which never sends a create twice blindly; the failures it
 * judges ({@link RetryableException}); the policy ({@link RetryPolicy}); and the builder every
 * retrying client shares ({@link RetryingClientBuilder}).
 */
package com.example.reminderskill.retry;
