package io.windlass.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.windlass.error.WindlassException;
import io.windlass.mapconfig.JsonText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tukaani.xz.LZMAInputStream;

/**
 * Decodes CARTO's {@code lzma} query parameter: base64 of an LZMA-alone stream (as LZMA-JS writes
 * it) whose bytes the client shifted by 128, holding a JSON object of query parameters.
 */
final class LzmaParams {
  private static final int MAX_DECODED_BYTES = 4 << 20;

  /**
   * LZMA-JS's strongest mode uses a 32 MiB dictionary; anything beyond is refused, not allocated.
   */
  private static final int MAX_MEMORY_KIB = 40 << 10;

  private LzmaParams() {}

  static Map<String, String> decode(String lzma) {
    String text;
    try {
      byte[] bytes = Base64.getMimeDecoder().decode(lzma.replace(' ', '+'));
      for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (bytes[i] ^ 0x80);
      try (var in = new LZMAInputStream(new ByteArrayInputStream(bytes), MAX_MEMORY_KIB)) {
        byte[] out = in.readNBytes(MAX_DECODED_BYTES + 1);
        if (out.length > MAX_DECODED_BYTES) {
          throw WindlassException.badRequest("Error parsing lzma as JSON: payload too large");
        }
        text = new String(out, StandardCharsets.UTF_8);
      }
    } catch (IOException | IllegalArgumentException e) {
      throw WindlassException.badRequest("Error parsing lzma as JSON: " + e.getMessage());
    }
    JsonNode node;
    try {
      node = JsonText.parse(text);
    } catch (WindlassException e) {
      throw WindlassException.badRequest("Error parsing lzma as JSON: " + e.getMessage());
    }
    if (!node.isObject()) {
      throw WindlassException.badRequest("Error parsing lzma as JSON: not an object");
    }
    var params = new LinkedHashMap<String, String>();
    node.fields()
        .forEachRemaining(
            e ->
                params.put(
                    e.getKey(),
                    e.getValue().isTextual() ? e.getValue().textValue() : e.getValue().toString()));
    return params;
  }
}
