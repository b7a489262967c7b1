package io.windlass.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;

/**
 * A request's query parameters with the {@code lzma} payload merged in (its keys win, as in CARTO).
 * The JSONP callback is remembered on the servlet request so that error responses use it.
 */
public final class RequestParams {
  public static final String CALLBACK_ATTRIBUTE = "io.windlass.callback";

  private final Map<String, String> values = new HashMap<>();

  private RequestParams() {}

  static RequestParams of(UriInfo uri, HttpServletRequest servlet) {
    var p = new RequestParams();
    MultivaluedMap<String, String> q = uri.getQueryParameters();
    q.forEach((k, v) -> p.values.put(k, v.isEmpty() ? "" : v.get(0)));
    String lzma = p.values.remove("lzma");
    if (lzma != null) p.values.putAll(LzmaParams.decode(lzma));
    String cb = p.get("callback");
    if (cb != null && servlet != null) servlet.setAttribute(CALLBACK_ATTRIBUTE, cb);
    return p;
  }

  /** The parameter's first value, or null when absent or empty. */
  public String get(String name) {
    String v = values.get(name);
    return v == null || v.isEmpty() ? null : v;
  }
}
