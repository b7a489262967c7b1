package io.windlass.api.filter;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * CARTO's CORS headers on every API response (success or error), with {@code Content-Type} added to
 * the allowed headers of preflight requests, and a request id for tracing.
 */
@Provider
@PreMatching
public class CorsFilter implements ContainerRequestFilter, ContainerResponseFilter {
  static final String ALLOW_HEADERS =
      "X-Requested-With, X-Prototype-Version, X-CSRF-Token, Authorization, Carto-Event,"
          + " Carto-Event-Source, Carto-Event-Group-Id";

  private static boolean underApi(ContainerRequestContext req) {
    String path = req.getUriInfo().getPath();
    if (path.startsWith("/")) path = path.substring(1);
    return path.startsWith("api/") || path.startsWith("user/");
  }

  /** A client's id is echoed only when it cannot smuggle anything into the response headers. */
  private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  /** Preflight requests anywhere under the API answer 200 at once (headers added below). */
  @Override
  public void filter(ContainerRequestContext req) {
    if ("OPTIONS".equals(req.getMethod()) && underApi(req)) req.abortWith(Response.ok().build());
  }

  @Override
  public void filter(ContainerRequestContext req, ContainerResponseContext res) {
    if (!underApi(req)) return;
    var h = res.getHeaders();
    h.putSingle("Access-Control-Allow-Origin", "*");
    boolean preflight = "OPTIONS".equals(req.getMethod());
    h.putSingle(
        "Access-Control-Allow-Headers",
        preflight ? ALLOW_HEADERS + ", Content-Type" : ALLOW_HEADERS);
    String requestId = req.getHeaderString("X-Request-Id");
    boolean usable = requestId != null && REQUEST_ID.matcher(requestId).matches();
    h.putSingle("X-Request-Id", usable ? requestId : UUID.randomUUID().toString());
  }
}
