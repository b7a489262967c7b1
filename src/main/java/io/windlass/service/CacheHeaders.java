package io.windlass.service;

/** CARTO's Cache-Control values. */
public final class CacheHeaders {
  /** CARTO's fallback TTL for resources over untracked tables, in seconds. */
  static final int FALLBACK_TTL = 300;

  private CacheHeaders() {}

  /**
   * {@code public,max-age=n} with n the seconds until the next multiple of the fallback TTL, so
   * that caches in front of every node expire together.
   */
  public static String fallbackCacheControl() {
    long now = System.currentTimeMillis() / 1000;
    return "public,max-age=" + (FALLBACK_TTL - now % FALLBACK_TTL);
  }
}
