package io.windlass.api.error;

import io.windlass.api.RequestParams;
import io.windlass.api.Responses;
import io.windlass.error.WindlassException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;

/** Builds the HTTP answer of an error, honouring a JSONP callback. */
final class ErrorBodies {
  private ErrorBodies() {}

  static Response response(int status, WindlassException e, HttpServletRequest request) {
    String callback = callback(request);
    return Responses.json(status, WindlassExceptionMapper.body(e), callback).build();
  }

  static String callback(HttpServletRequest request) {
    if (request == null) return null;
    Object fromLzma = request.getAttribute(RequestParams.CALLBACK_ATTRIBUTE);
    if (fromLzma instanceof String s && !s.isEmpty()) return s;
    String cb = request.getParameter("callback");
    return cb == null || cb.isEmpty() ? null : cb;
  }
}
