package io.windlass.mapconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsJsonTest {
  @ParameterizedTest
  @CsvSource({
    "0, 0",
    "1, 1",
    "-1, -1",
    "1.5, 1.5",
    "0.1, 0.1",
    "100, 100",
    "1e21, 1e+21",
    "1e20, 100000000000000000000",
    "0.000001, 0.000001",
    "0.0000001, 1e-7",
    "123.456, 123.456",
    "-0.5, -0.5",
    "2.5e-8, 2.5e-8"
  })
  void formatsNumbersLikeJavaScript(double value, String expected) {
    assertEquals(expected, JsJson.number(value));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"a\": [1, 2.0, \"x\"], \"b\": null} | {\"a\":[1,2,\"x\"],\"b\":null}",
        "{\"z\":1,\"a\":2} | {\"z\":1,\"a\":2}",
        "{\"s\":\"tab\\there \\u0001 é\"} | {\"s\":\"tab\\there \\u0001 é\"}",
        "[true,false] | [true,false]"
      })
  void stringifiesLikeJavaScript(String json, String expected) {
    assertEquals(expected, JsJson.stringify(JsonText.parse(json)));
  }
}
