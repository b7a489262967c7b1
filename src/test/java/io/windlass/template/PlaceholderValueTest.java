package io.windlass.template;

import static io.windlass.template.TestJson.assertBadRequest;
import static io.windlass.template.TestJson.body;
import static io.windlass.template.TestJson.j;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** §1.6.1 and §1.6.2: value resolution, typing and escaping, with values as JSON text. */
class PlaceholderValueTest {

  /** A template whose layer sql is exactly {@code <%= v %>}, placeholder v of {@code type}. */
  static Template template(String typeJson, String defaultJson) {
    var body = body("'placeholders':{'v':{'type':" + typeJson + ",'default':" + defaultJson + "}}");
    ((ObjectNode) body.at("/layergroup/layers/0/options")).put("sql", "<%= v %>");
    return Template.parse(body);
  }

  static String sql(Template template, JsonNode params) {
    return template.instantiate(params).at("/layers/0/options/sql").textValue();
  }

  static ObjectNode param(String valueJson) {
    var params = JsonNodeFactory.instance.objectNode();
    params.set("v", io.windlass.mapconfig.JsonText.parse(valueJson));
    return params;
  }

  static Stream<Arguments> accepted() {
    return Stream.of(
        Arguments.of("sql_literal", "\"it's\"", "it''s"),
        Arguments.of("sql_literal", "\"''\"", "''''"),
        Arguments.of("sql_literal", "\"a\\\"b\"", "a\"b"),
        Arguments.of("sql_literal", "\"\"", ""),
        Arguments.of("sql_ident", "\"a\\\"b\"", "a\"\"b"),
        Arguments.of("sql_ident", "\"'Hawai', 'El Estocolmo'\"", "'Hawai', 'El Estocolmo'"),
        Arguments.of("number", "23", "23"),
        Arguments.of("number", "1.5", "1.5"),
        Arguments.of("number", "1e21", "1e+21"),
        Arguments.of("number", "1.0", "1"),
        Arguments.of("number", "-0.0", "0"),
        Arguments.of("number", "0.000001", "0.000001"),
        Arguments.of("number", "1e-7", "1e-7"),
        Arguments.of("number", "\"0\"", "0"),
        Arguments.of("number", "\"23\"", "23"),
        Arguments.of("number", "\"-1\"", "-1"),
        Arguments.of("number", "\"+5\"", "+5"),
        Arguments.of("number", "\".5\"", ".5"),
        Arguments.of("number", "\"-.23e10\"", "-.23e10"),
        Arguments.of("number", "\"1e5\"", "1e5"),
        Arguments.of("number", "\"12E+3\"", "12E+3"),
        Arguments.of("css_color", "\"red\"", "red"),
        Arguments.of("css_color", "\"Reds\"", "Reds"),
        Arguments.of("css_color", "\"#a0fF9A\"", "#a0fF9A"),
        Arguments.of("css_color", "\"#fff\"", "#fff"),
        Arguments.of("css_color", "\"#abcd\"", "#abcd"),
        Arguments.of("css_color", "\"#abcde\"", "#abcde"));
  }

  @ParameterizedTest
  @MethodSource("accepted")
  void rendersAcceptedValues(String type, String valueJson, String expected) {
    var template = template("'" + type + "'", "null");
    assertEquals(expected, sql(template, param(valueJson)));
  }

  static Stream<Arguments> rejected() {
    return Stream.of(
        Arguments.of("number", "\"1.5\"", "Invalid number value for template parameter 'v': 1.5"),
        Arguments.of("number", "\"0.5\"", "Invalid number value for template parameter 'v': 0.5"),
        Arguments.of(
            "number", "\"12.75\"", "Invalid number value for template parameter 'v': 12.75"),
        Arguments.of("number", "\"#\"", "Invalid number value for template parameter 'v': #"),
        Arguments.of("number", "\"23e\"", "Invalid number value for template parameter 'v': 23e"),
        Arguments.of("number", "\"\"", "Invalid number value for template parameter 'v': "),
        Arguments.of("number", "\"1\\n\"", "Invalid number value for template parameter 'v': 1\n"),
        Arguments.of("number", "\" 1\"", "Invalid number value for template parameter 'v':  1"),
        Arguments.of(
            "number", "\"\u0661\"", "Invalid number value for template parameter 'v': \u0661"),
        Arguments.of("number", "true", "Invalid number value for template parameter 'v': true"),
        Arguments.of("number", "null", "Invalid number value for template parameter 'v': null"),
        Arguments.of("number", "[1,2]", "Invalid number value for template parameter 'v': 1,2"),
        Arguments.of(
            "css_color",
            "\"##ff00ff\"",
            "Invalid css_color value for template parameter 'v': ##ff00ff"),
        Arguments.of(
            "css_color", "\"#ff\"", "Invalid css_color value for template parameter 'v': #ff"),
        Arguments.of(
            "css_color",
            "\"#1234567\"",
            "Invalid css_color value for template parameter 'v': #1234567"),
        Arguments.of(
            "css_color",
            "\"rgb(0,0,0)\"",
            "Invalid css_color value for template parameter 'v': rgb(0,0,0)"),
        Arguments.of("css_color", "\"\"", "Invalid css_color value for template parameter 'v': "),
        Arguments.of(
            "css_color",
            "\"r\u00e9d\"",
            "Invalid css_color value for template parameter 'v': r\u00e9d"),
        Arguments.of("css_color", "5", "Invalid css_color value for template parameter 'v': 5"),
        Arguments.of(
            "css_color",
            "{}",
            "Invalid css_color value for template parameter 'v': [object Object]"),
        // Windlass: CARTO fails with a runtime type error on non-strings
        Arguments.of("sql_literal", "5", "Invalid sql_literal value for template parameter 'v': 5"),
        Arguments.of(
            "sql_literal", "null", "Invalid sql_literal value for template parameter 'v': null"),
        Arguments.of(
            "sql_literal", "false", "Invalid sql_literal value for template parameter 'v': false"),
        Arguments.of(
            "sql_literal",
            "{\"a\":1}",
            "Invalid sql_literal value for template parameter 'v': [object Object]"),
        Arguments.of(
            "sql_literal",
            "[1,\"a\",null]",
            "Invalid sql_literal value for template parameter 'v': 1,a,"),
        Arguments.of("sql_ident", "1.5", "Invalid sql_ident value for template parameter 'v': 1.5"),
        Arguments.of(
            "sql_literal",
            "\"a\\u0000b\"",
            "Invalid sql_literal value for template parameter 'v': contains a NUL character"),
        Arguments.of(
            "sql_ident",
            "\"\\u0000\"",
            "Invalid sql_ident value for template parameter 'v': contains a NUL character"));
  }

  @ParameterizedTest
  @MethodSource("rejected")
  void rejectsInvalidValues(String type, String valueJson, String message) {
    var template = template("'" + type + "'", "null");
    assertBadRequest(message, () -> template.instantiate(param(valueJson)));
  }

  static Stream<Arguments> types() {
    return Stream.of(
        Arguments.of("'foo'", "Invalid placeholder type 'foo'"),
        Arguments.of("'SQL_LITERAL'", "Invalid placeholder type 'SQL_LITERAL'"),
        Arguments.of("null", "Invalid placeholder type 'null'"),
        Arguments.of("5", "Invalid placeholder type '5'"),
        Arguments.of("['number']", "Invalid placeholder type 'number'"));
  }

  @ParameterizedTest
  @MethodSource("types")
  void unknownTypesFailAtInstantiation(String typeJson, String message) {
    var template = template(typeJson, "'x'"); // creation accepts any type
    assertBadRequest(message, () -> template.instantiate(j("{}")));
    assertBadRequest(message, () -> template.instantiate(param("\"x\"")));
  }

  @Test
  void defaultsApplyWhenTheParameterIsAbsent() {
    var template = template("'sql_literal'", "'it''s'".replace("''", "\\u0027"));
    assertEquals("it''s", sql(template, j("{}")));
    assertEquals("it''s", sql(template, j("{'other':'ignored'}")));
    assertEquals("it''s", sql(template, null));
    assertEquals("it''s", sql(template, j("['x']")));
    assertEquals("x", sql(template, j("{'v':'x'}")));
  }

  @Test
  void anExplicitNullIsTheValue() {
    var template = template("'number'", "1");
    assertBadRequest(
        "Invalid number value for template parameter 'v': null",
        () -> template.instantiate(j("{'v':null}")));
  }

  @Test
  void defaultsAreCheckedToo() {
    var template = template("'css_color'", "'not a color'");
    assertBadRequest(
        "Invalid css_color value for template parameter 'v': not a color",
        () -> template.instantiate(j("{}")));
    assertEquals("red", sql(template, j("{'v':'red'}")));
  }

  @Test
  void theFirstDeclaredInvalidPlaceholderIsReported() {
    var body =
        body("'placeholders':{'b':{'type':'number','default':'x'},'a':{'type':'bad','default':1}}");
    var template = Template.parse(body);
    assertBadRequest(
        "Invalid number value for template parameter 'b': x", () -> template.instantiate(j("{}")));
    assertBadRequest("Invalid placeholder type 'bad'", () -> template.instantiate(j("{'b':2}")));
  }
}
