package io.windlass.api;

import io.windlass.service.Freshness;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** Writes CARTO's cache headers (spec: caching §3) from a resource's freshness. */
final class CacheHeaders {
  private CacheHeaders() {}

  /**
   * X-Cache-Channel and Surrogate-Key ({@code namedKey} first, when not null, then the table keys).
   */
  static void channelAndKeys(
      Response.ResponseBuilder r, Freshness freshness, String db, String namedKey) {
    String channel = freshness.cacheChannel(db);
    if (channel != null) r.header("X-Cache-Channel", channel);
    List<String> keys = new ArrayList<>();
    if (namedKey != null) keys.add(namedKey);
    keys.addAll(freshness.surrogateKeys(db));
    if (!keys.isEmpty()) r.header("Surrogate-Key", String.join(" ", keys));
  }

  /** Last-Modified of a resource whose token carried no usable cache buster. */
  static Date lastModifiedWithoutToken(Freshness freshness) {
    long cb = freshness.cacheBuster();
    if (cb > 0) return new Date(cb);
    return freshness.hasSql() ? new Date(0) : new Date();
  }
}
