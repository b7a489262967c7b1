package io.windlass.api.error;

import io.windlass.error.WindlassException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything that is not a {@link WindlassException}: unknown paths answer 404 with an empty body
 * (as CARTO under its API), other JAX-RS statuses keep their status with an error body, and a
 * genuine bug is logged and answered 500 without a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Context HttpServletRequest request;

  @Override
  public Response toResponse(Throwable t) {
    if (t instanceof NotFoundException) return Response.status(404).build();
    if (t instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
      int status = w.getResponse().getStatus();
      String reason =
          Response.Status.fromStatusCode(status) == null
              ? "Request failed"
              : Response.Status.fromStatusCode(status).getReasonPhrase();
      return ErrorBodies.response(status, WindlassException.withStatus(status, reason), request);
    }
    LOG.log(Level.SEVERE, "Unexpected failure", t);
    return ErrorBodies.response(
        500,
        WindlassException.withStatus(500, "Unexpected error: " + t.getClass().getSimpleName()),
        request);
  }
}
