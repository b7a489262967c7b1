package io.windlass.service;

/**
 * An encoded tile and what its HTTP headers need.
 *
 * @param freshness what the cache headers derive from
 * @param lastModifiedMillis the instant for {@code Last-Modified}, epoch milliseconds
 * @param serverTiming the {@code Server-Timing} value: where the time went
 */
public record Tile(
    byte[] bytes,
    String contentType,
    Freshness freshness,
    long lastModifiedMillis,
    String serverTiming) {}
