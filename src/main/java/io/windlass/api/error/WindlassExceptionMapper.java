package io.windlass.api.error;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.windlass.error.ErrorDetail;
import io.windlass.error.WindlassException;
import io.windlass.mapconfig.JsonText;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Renders every Windlass failure as CARTO's error body with its status (JSONP: 200). */
@Provider
public class WindlassExceptionMapper implements ExceptionMapper<WindlassException> {
  @jakarta.ws.rs.core.Context jakarta.servlet.http.HttpServletRequest request;

  @Override
  public Response toResponse(WindlassException e) {
    return ErrorBodies.response(e.status(), e, request);
  }

  /** The error body: {@code errors} and {@code errors_with_context}. */
  static ObjectNode body(WindlassException e) {
    ObjectNode body = JsonText.MAPPER.createObjectNode();
    var errors = body.putArray("errors");
    var context = body.putArray("errors_with_context");
    for (ErrorDetail d : e.details()) {
      errors.add(d.message());
      ObjectNode c = context.addObject();
      c.put("type", d.type());
      c.put("message", d.message());
      if (d.subtype() != null) c.put("subtype", d.subtype());
      if (d.layer() != null) {
        ObjectNode l = c.putObject("layer");
        l.put("id", d.layer().id());
        l.put("index", d.layer().index());
        l.put("type", d.layer().type());
      }
    }
    return body;
  }
}
