package io.windlass.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.windlass.error.WindlassException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.LZMAOutputStream;

class LzmaParamsTest {
  /** What CARTO.js sends: LZMA-alone bytes, each shifted by 128, in base64. */
  static String encode(String text) throws Exception {
    var bytes = new ByteArrayOutputStream();
    byte[] in = text.getBytes(StandardCharsets.UTF_8);
    try (var out = new LZMAOutputStream(bytes, new LZMA2Options(), in.length)) {
      out.write(in);
    }
    byte[] b = bytes.toByteArray();
    for (int i = 0; i < b.length; i++) b[i] = (byte) (b[i] ^ 0x80);
    return Base64.getEncoder().encodeToString(b);
  }

  @Test
  void decodesParameters() throws Exception {
    var params =
        LzmaParams.decode(encode("{\"config\":\"{\\\"layers\\\":[]}\",\"callback\":\"cb\"}"));
    assertEquals("{\"layers\":[]}", params.get("config"));
    assertEquals("cb", params.get("callback"));
  }

  @Test
  void rejectsNonJsonPayload() throws Exception {
    var e = assertThrows(WindlassException.class, () -> LzmaParams.decode(encode("not json")));
    assertTrue(e.getMessage().startsWith("Error parsing lzma as JSON: "), e.getMessage());
    assertEquals(400, e.status());
  }

  @Test
  void rejectsGarbage() {
    var e = assertThrows(WindlassException.class, () -> LzmaParams.decode("!!!"));
    assertTrue(e.getMessage().startsWith("Error parsing lzma as JSON: "), e.getMessage());
  }

  @Test
  void jsonpMatchesExpress() {
    assertEquals(
        "/**/ typeof test === 'function' && test({\"a\":1});", Jsonp.wrap("te<s>t", "{\"a\":1}"));
  }
}
