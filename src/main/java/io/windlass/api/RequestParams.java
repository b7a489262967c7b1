package io.windlass.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.windlass.error.WindlassException;
import io.windlass.mapconfig.JsonText;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A request's query parameters with the {@code lzma} payload merged in (its keys win, as in CARTO).
 * The JSONP callback is remembered on the servlet request so that error responses use it.
 */
public final class RequestParams {
  public static final String CALLBACK_ATTRIBUTE = "io.windlass.callback";

  private final Map<String, String> values = new HashMap<>();
  private final Map<String, List<String>> lists = new HashMap<>();

  private RequestParams() {}

  static RequestParams of(UriInfo uri, HttpServletRequest servlet) {
    var p = new RequestParams();
    MultivaluedMap<String, String> q = uri.getQueryParameters();
    q.forEach(
        (k, v) -> {
          p.values.put(k, v.isEmpty() ? "" : v.get(0));
          p.lists.put(k, List.copyOf(v));
        });
    String lzma = p.values.remove("lzma");
    if (lzma != null) {
      var decoded = LzmaParams.decode(lzma);
      p.values.putAll(decoded);
      decoded.keySet().forEach(p.lists::remove);
    }
    String cb = p.get("callback");
    if (cb != null && servlet != null) servlet.setAttribute(CALLBACK_ATTRIBUTE, cb);
    return p;
  }

  /** Every value of a repeated parameter (e.g. {@code auth_token}), in order; empty when absent. */
  public List<String> all(String name) {
    List<String> v = lists.get(name);
    if (v != null) return v;
    String single = values.get(name);
    return single == null ? List.of() : List.of(single);
  }

  /**
   * The parameter parsed as JSON (an empty object when absent); 400 {@code invalidMessage} when it
   * is not JSON.
   */
  public JsonNode json(String name, String invalidMessage) {
    String text = get(name);
    if (text == null) return JsonText.MAPPER.createObjectNode();
    try {
      return JsonText.parse(text);
    } catch (WindlassException e) {
      throw WindlassException.badRequest(invalidMessage);
    }
  }

  /** The parameter's first value, or null when absent or empty. */
  public String get(String name) {
    String v = values.get(name);
    return v == null || v.isEmpty() ? null : v;
  }
}
