package io.windlass.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.windlass.error.WindlassException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Request bodies: bounded reading and CARTO's JSON content-type rule. */
final class RequestBodies {
  /** CARTO's body-parser allows 100 kB; Windlass allows more, and answers 413 beyond. */
  static final int MAX_BODY_BYTES = 1 << 20;

  private static final Pattern JSON_TYPE =
      Pattern.compile("^application/json\\s*(;.*)?$", Pattern.CASE_INSENSITIVE);

  private RequestBodies() {}

  /** {@code application/json}, parameters such as {@code ; charset=utf-8} allowed. */
  static boolean isJson(String contentType) {
    return contentType != null && JSON_TYPE.matcher(contentType.trim()).matches();
  }

  /** The body as UTF-8 text; 413 beyond {@link #MAX_BODY_BYTES}. */
  static String read(InputStream body) {
    if (body == null) return "";
    try {
      byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
      if (bytes.length > MAX_BODY_BYTES) {
        throw WindlassException.withStatus(413, "request entity too large");
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw WindlassException.badRequest("Could not read the request body: " + e.getMessage());
    }
  }

  /** The first non-empty string among {@code keys} of a JSON object, or null. */
  static String text(JsonNode json, String... keys) {
    for (String k : keys) {
      JsonNode v = json.get(k);
      if (v != null && v.isTextual() && !v.textValue().isEmpty()) return v.textValue();
    }
    return null;
  }
}
