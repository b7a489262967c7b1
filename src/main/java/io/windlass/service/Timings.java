package io.windlass.service;

/**
 * Where a tile's time went, for the {@code Server-Timing} response header: database, drawing and
 * encoding in milliseconds ({@code cache} when it came from the tile cache).
 */
final class Timings {
  private long start = System.nanoTime();
  private final StringBuilder header = new StringBuilder();

  /** Ends the current phase under {@code name} and starts the next one. */
  void lap(String name) {
    long now = System.nanoTime();
    if (header.length() > 0) header.append(", ");
    header.append(name).append(";dur=").append(String.format("%.1f", (now - start) / 1e6));
    start = now;
  }

  String header() {
    return header.toString();
  }
}
