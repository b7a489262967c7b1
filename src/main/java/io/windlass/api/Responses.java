package io.windlass.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.windlass.mapconfig.JsJson;
import jakarta.ws.rs.core.Response;

/** JSON answers, or JSONP (always status 200) when the request named a callback. */
public final class Responses {
  static final String JSON_TYPE = "application/json; charset=utf-8";

  private Responses() {}

  public static Response.ResponseBuilder json(int status, JsonNode body, String callback) {
    String json = JsJson.stringify(body);
    if (callback != null && !callback.isEmpty()) {
      return Response.status(200)
          .entity(Jsonp.wrap(callback, json))
          .type(Jsonp.CONTENT_TYPE)
          .header("X-Content-Type-Options", "nosniff");
    }
    return Response.status(status).entity(json).type(JSON_TYPE);
  }
}
