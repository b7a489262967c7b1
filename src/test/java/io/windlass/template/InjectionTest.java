package io.windlass.template;

import static io.windlass.template.TestJson.assertBadRequest;
import static io.windlass.template.TestJson.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile parameter values against a template that quotes its SQL placeholders as intended: {@code
 * '<%= lit %>'} and {@code "<%= col %>"}. The text must stay one literal / one identifier
 * (PostgreSQL with standard_conforming_strings on: only the quote character is special inside).
 */
class InjectionTest {
  private static final String SQL_BEFORE = "SELECT * FROM t WHERE name = '";
  private static final String SQL_MIDDLE = "' AND \"";
  private static final String SQL_AFTER = "\" = 1";
  private static final Template TEMPLATE =
      Template.parse(
          obj(
              "{'version':'0.0.1','name':'t','placeholders':{"
                  + "'lit':{'type':'sql_literal','default':'x'},'col':{'type':'sql_ident','default':'name'},"
                  + "'color':{'type':'css_color','default':'red'},'w':{'type':'number','default':1}},"
                  + "'layergroup':{'layers':[{'options':{"
                  + "'sql':'SELECT * FROM t WHERE name = \\u0027<%= lit %>\\u0027 AND \\\"<%= col %>\\\" = 1',"
                  + "'cartocss':'#t{polygon-fill:<%= color %>;line-width:<%= w %>;}'}}]}}"));

  private static ObjectNode params(String name, String value) {
    var params = JsonNodeFactory.instance.objectNode();
    params.put(name, value);
    return params;
  }

  private static String sql(String lit, String col) {
    return SQL_BEFORE + lit + SQL_MIDDLE + col + SQL_AFTER;
  }

  static Stream<Arguments> literals() {
    return Stream.of(
        Arguments.of("'; DROP TABLE t; --", "''; DROP TABLE t; --"),
        Arguments.of("' OR '1'='1", "'' OR ''1''=''1"),
        Arguments.of("x' --", "x'' --"),
        Arguments.of("';", "'';"),
        Arguments.of("/* */ 1", "/* */ 1"),
        Arguments.of("*/ OR 1=1 /*", "*/ OR 1=1 /*"),
        Arguments.of("\\'; DROP TABLE t; --", "\\''; DROP TABLE t; --"),
        Arguments.of("\\", "\\"),
        Arguments.of("\\\\'", "\\\\''"),
        Arguments.of("\u2019 OR 1=1 --", "\u2019 OR 1=1 --"),
        Arguments.of("\u02BC OR 1=1 --", "\u02BC OR 1=1 --"),
        Arguments.of("\uFF07 OR 1=1 --", "\uFF07 OR 1=1 --"),
        Arguments.of("$$; DROP TABLE t; $$", "$; DROP TABLE t; $"),
        Arguments.of("$body$'$body$", "$body$''$body$"),
        Arguments.of("$'", "$''"),
        Arguments.of("$' OR 1=1 --", "$'' OR 1=1 --"),
        Arguments.of("$`", "$`"),
        Arguments.of("$&", "<%= lit %>"),
        Arguments.of("<%= col %>", "<%= col %>"),
        Arguments.of("a\nb\r\n-- c\n;", "a\nb\r\n-- c\n;"),
        Arguments.of("\"", "\""));
  }

  @ParameterizedTest
  @MethodSource("literals")
  void sqlLiteralStaysOneLiteral(String value, String inside) {
    String produced =
        TEMPLATE.instantiate(params("lit", value)).at("/layers/0/options/sql").textValue();
    assertEquals(sql(inside, "name"), produced);
    assertEquals(sql("", "name").length() + inside.length(), produced.length());
  }

  static Stream<Arguments> identifiers() {
    return Stream.of(
        Arguments.of("\"; DROP TABLE t; --", "\"\"; DROP TABLE t; --"),
        Arguments.of("a\" OR \"b", "a\"\" OR \"\"b"),
        Arguments.of("it's", "it's"),
        Arguments.of("x\" = 1 OR 1=1 --", "x\"\" = 1 OR 1=1 --"),
        Arguments.of("\\\"", "\\\"\""),
        Arguments.of("\u201D\uFF02", "\u201D\uFF02"),
        Arguments.of("$$x$$", "$x$"),
        Arguments.of("$'", "$'"),
        Arguments.of("<%= lit %>", "<%= lit %>"),
        Arguments.of("a\n--b", "a\n--b"));
  }

  @ParameterizedTest
  @MethodSource("identifiers")
  void sqlIdentStaysOneIdentifier(String value, String inside) {
    String produced =
        TEMPLATE.instantiate(params("col", value)).at("/layers/0/options/sql").textValue();
    assertEquals(sql("x", inside), produced);
  }

  static Stream<Arguments> rejected() {
    return Stream.of(
        Arguments.of(
            "lit",
            "a\u0000'; DROP TABLE t; --",
            "Invalid sql_literal value for template parameter 'lit': contains a NUL character"),
        Arguments.of(
            "col",
            "\u0000",
            "Invalid sql_ident value for template parameter 'col': contains a NUL character"),
        Arguments.of(
            "color",
            "red;} #x{polygon-fill:blue",
            "Invalid css_color value for template parameter 'color': red;} #x{polygon-fill:blue"),
        Arguments.of(
            "color", "red;", "Invalid css_color value for template parameter 'color': red;"),
        Arguments.of(
            "color", "red\n", "Invalid css_color value for template parameter 'color': red\n"),
        Arguments.of(
            "color", "#fff;", "Invalid css_color value for template parameter 'color': #fff;"),
        Arguments.of(
            "color", "#fff}", "Invalid css_color value for template parameter 'color': #fff}"),
        Arguments.of(
            "color", "red/*", "Invalid css_color value for template parameter 'color': red/*"),
        Arguments.of("color", "$&", "Invalid css_color value for template parameter 'color': $&"),
        Arguments.of(
            "w",
            "1;polygon-fill:blue",
            "Invalid number value for template parameter 'w': 1;polygon-fill:blue"),
        Arguments.of("w", "1 OR 1=1", "Invalid number value for template parameter 'w': 1 OR 1=1"),
        Arguments.of("w", "1\n", "Invalid number value for template parameter 'w': 1\n"),
        Arguments.of("w", "--1", "Invalid number value for template parameter 'w': --1"),
        Arguments.of("w", "1/*", "Invalid number value for template parameter 'w': 1/*"),
        Arguments.of("w", "$$", "Invalid number value for template parameter 'w': $$"));
  }

  @ParameterizedTest
  @MethodSource("rejected")
  void otherTypesRejectEverythingButTheirSyntax(String name, String value, String message) {
    assertBadRequest(message, () -> TEMPLATE.instantiate(params(name, value)));
  }

  @Test
  void randomValuesNeverLeaveTheirQuotes() {
    // PostgreSQL standard strings: '' is a quote inside, a lone ' ends the literal
    String alphabet = "a'\"\\$&`;-/*\n <%=>\u2019lcolit";
    var random = new Random(20240607L);
    for (int n = 0; n < 3000; n++) {
      var value = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++)
        value.append(alphabet.charAt(random.nextInt(alphabet.length())));
      var params = JsonNodeFactory.instance.objectNode();
      params.put("lit", value.toString());
      params.put("col", value.toString());
      String produced = TEMPLATE.instantiate(params).at("/layers/0/options/sql").textValue();
      assertTrue(produced.startsWith(SQL_BEFORE), produced);
      int afterLiteral = endOfQuoted(produced, SQL_BEFORE.length(), '\'');
      String rest = produced.substring(afterLiteral);
      // the closing quotes belong to SQL_MIDDLE and SQL_AFTER
      assertTrue(rest.startsWith(SQL_MIDDLE.substring(1)), () -> "literal escaped: " + produced);
      int identStart = afterLiteral + SQL_MIDDLE.length() - 1;
      int afterIdent = endOfQuoted(produced, identStart, '"');
      assertEquals(
          SQL_AFTER.substring(1),
          produced.substring(afterIdent),
          () -> "identifier escaped: " + produced);
      if (value.indexOf("$") < 0) {
        assertEquals(
            value.toString(), unquote(produced, SQL_BEFORE.length(), afterLiteral - 1, '\''));
        assertEquals(value.toString(), unquote(produced, identStart, afterIdent - 1, '"'));
      }
    }
  }

  /**
   * The index just after the closing quote of a quoted text whose content starts at {@code from}.
   */
  private static int endOfQuoted(String s, int from, char quote) {
    for (int i = from; i < s.length(); i++) {
      if (s.charAt(i) != quote) continue;
      if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
        i++;
      } else {
        return i + 1;
      }
    }
    throw new AssertionError("unterminated: " + s);
  }

  private static String unquote(String s, int from, int to, char quote) {
    String q = String.valueOf(quote);
    return s.substring(from, to).replace(q + q, q);
  }

  @Test
  void theSqlTypesAreDocumentedAsQuoteOnlyEscapes() {
    // what stays the template author's responsibility: outside the intended quotes, nothing is safe
    var template =
        Template.parse(
            obj(
                "{'version':'0.0.1','name':'t','placeholders':{'v':{'type':'sql_literal','default':'x'}},"
                    + "'layergroup':{'layers':[{'options':{'sql':'SELECT <%= v %>'}}]}}"));
    String produced =
        template
            .instantiate(params("v", "1; DROP TABLE t"))
            .at("/layers/0/options/sql")
            .textValue();
    assertEquals("SELECT 1; DROP TABLE t", produced);
    assertFalse(produced.contains("''"));
  }
}
