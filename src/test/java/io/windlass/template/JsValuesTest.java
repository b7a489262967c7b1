package io.windlass.template;

import static io.windlass.template.TestJson.j;
import static io.windlass.template.TestJson.obj;
import static io.windlass.template.TestJson.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsValuesTest {

  static Stream<Arguments> parseInts() {
    return Stream.of(
        Arguments.of("64", "64"),
        Arguments.of("  64px", "64"),
        Arguments.of("\u00A0\n\t-12", "-12"),
        Arguments.of("+7", "7"),
        Arguments.of("-0", "0"),
        Arguments.of("12.9", "12"),
        Arguments.of("1e3", "1"),
        Arguments.of("0x10", "0"),
        Arguments.of("007", "7"),
        Arguments.of("99999999999", "99999999999"),
        Arguments.of("", "null"),
        Arguments.of("px", "null"),
        Arguments.of("- 1", "null"),
        Arguments.of("\u0661", "null"));
  }

  @ParameterizedTest
  @MethodSource("parseInts")
  void parseIntLikeJavaScript(String input, String json) {
    assertEquals(json, text(JsValues.parseInt(input)));
  }

  static Stream<Arguments> numbers() {
    return Stream.of(
        Arguments.of("''", 0.0),
        Arguments.of("' 12 '", 12.0),
        Arguments.of("'0x10'", 16.0),
        Arguments.of("'1e3'", 1000.0),
        Arguments.of("'-.5'", -0.5),
        Arguments.of("'5.'", 5.0),
        Arguments.of("'-Infinity'", Double.NEGATIVE_INFINITY),
        Arguments.of("'1d'", Double.NaN),
        Arguments.of("'abc'", Double.NaN),
        Arguments.of("'-0x10'", Double.NaN),
        Arguments.of("null", 0.0),
        Arguments.of("true", 1.0),
        Arguments.of("[]", 0.0),
        Arguments.of("[5]", 5.0),
        Arguments.of("[1,2]", Double.NaN),
        Arguments.of("{}", Double.NaN));
  }

  @ParameterizedTest
  @MethodSource("numbers")
  void numberLikeJavaScript(String json, double expected) {
    assertEquals(expected, JsValues.toNumber(j(json)));
  }

  @Test
  void stringConversion() {
    assertEquals("1,2,3,,x", JsValues.toJsString(j("[1,[2,3],null,'x']")));
    assertEquals("[object Object]", JsValues.toJsString(j("{}")));
    assertEquals("undefined", JsValues.toJsString(j("{}").path("x")));
    assertEquals("1e+21", JsValues.toJsString(j("1e21")));
    assertEquals("Infinity", JsValues.toJsString(j("1e400")));
  }

  @Test
  void keyOrderOfJavaScriptObjects() {
    var node =
        obj(
            "{'b':1,'2':1,'a':{'y':1,'1':1,'x':1},'1':1,'01':1,'4294967295':1,'4294967294':1,'-1':1}");
    JsKeyOrder.apply(node);
    assertEquals(
        "{'1':1,'2':1,'4294967294':1,'b':1,'a':{'1':1,'y':1,'x':1},'01':1,'4294967295':1,'-1':1}"
            .replace('\'', '"'),
        text(node));
  }
}
