package io.windlass.mapconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.windlass.error.WindlassException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonTextTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "WADUS | SyntaxError: Unexpected token W in JSON at position 0",
        "{{ | SyntaxError: Unexpected token { in JSON at position 1",
        "{\"a\":1,} | SyntaxError: Unexpected token } in JSON at position 7",
        "{\"a\" 1} | SyntaxError: Unexpected number in JSON at position 5",
        "{\"a\":1 | SyntaxError: Unexpected end of JSON input",
        "[1] x | SyntaxError: Unexpected token x in JSON at position 4"
      })
  void reportsSyntaxErrorsAsNode(String text, String message) {
    var e = assertThrows(WindlassException.class, () -> JsonText.parse(text));
    assertEquals(message, e.getMessage());
    assertEquals(400, e.status());
  }
}
