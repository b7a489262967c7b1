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

  /**
   * A 200 answer with a tile or image and its cache headers: Cache-Control from the data's
   * freshness, Last-Modified, X-Cache-Channel, Surrogate-Key ({@code namedKey} first, may be null).
   *
   * @param serverTiming where the time went, or null
   */
  static Response binary(
      byte[] bytes,
      String contentType,
      Freshness freshness,
      long lastModifiedMillis,
      String db,
      String namedKey,
      String serverTiming) {
    var r =
        Response.ok(bytes, contentType)
            .header("Cache-Control", freshness.cacheControl())
            .header("Last-Modified", new Date(lastModifiedMillis))
            .header("Vary", "Authorization");
    if (serverTiming != null) r.header("Server-Timing", serverTiming);
    channelAndKeys(r, freshness, db, namedKey);
    return r.build();
  }

  /** Last-Modified of a resource whose token carried no usable cache buster. */
  static Date lastModifiedWithoutToken(Freshness freshness) {
    long cb = freshness.cacheBuster();
    if (cb > 0) return new Date(cb);
    return freshness.hasSql() ? new Date(0) : new Date();
  }
}
