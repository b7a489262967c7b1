package io.windlass.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** §1.6.3: token syntax, scope and JavaScript replacement patterns. */
class SubstitutionTest {

  private static String apply(String text, String... nameValue) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < nameValue.length; i += 2) values.put(nameValue[i], nameValue[i + 1]);
    return new Substitution(values).apply(text);
  }

  static Stream<Arguments> syntax() {
    return Stream.of(
        Arguments.of("<%= color %>", "X"),
        Arguments.of("<%=color %>", "X"),
        Arguments.of("<%=     color%>", "X"),
        Arguments.of("<%=color  %>", "X"),
        Arguments.of("<%=color%>", "X"),
        Arguments.of("<%=\n\tcolor\r\n%>", "X"),
        Arguments.of("<%=\u000Bcolor\f%>", "X"),
        // JavaScript's \s includes Unicode spaces
        Arguments.of("<%=\u00A0color\u3000%>", "X"),
        Arguments.of("<%=\uFEFFcolor\u2028%>", "X"),
        Arguments.of("a<%= color %>b<%= color %>c", "aXbXc"),
        Arguments.of("<%= color %><%= color %>", "XX"),
        // not tokens of "color"
        Arguments.of("<% = color %>", "<% = color %>"),
        Arguments.of("<%= Color %>", "<%= Color %>"),
        Arguments.of("<%= colour %>", "<%= colour %>"),
        Arguments.of("<%= colors %>", "<%= colors %>"),
        Arguments.of("<%= color -%>", "<%= color -%>"),
        Arguments.of("<%= color %", "<%= color %"),
        Arguments.of("<%- color %>", "<%- color %>"),
        Arguments.of("<%= color\u200B %>", "<%= color\u200B %>"),
        Arguments.of("<%= undeclared %> <%= color %>", "<%= undeclared %> X"),
        Arguments.of("<%<%= color %>%>", "<%X%>"),
        Arguments.of("no tokens", "no tokens"));
  }

  @ParameterizedTest
  @MethodSource("syntax")
  void replacesDeclaredTokens(String text, String expected) {
    assertEquals(expected, apply(text, "color", "X"));
  }

  @Test
  void everyDeclaredPlaceholderIsReplaced() {
    assertEquals("1-2-1", apply("<%= a %>-<%= b %>-<%=a%>", "a", "1", "b", "2"));
  }

  @Test
  void nothingToReplaceWithoutPlaceholders() {
    assertEquals("<%= a %>", apply("<%= a %>"));
  }

  static Stream<Arguments> dollarPatterns() {
    return Stream.of(
        Arguments.of("$$", "[$]"),
        Arguments.of("$$$", "[$$]"),
        Arguments.of("$$$$", "[$$]"),
        Arguments.of("a$", "[a$]"),
        Arguments.of("$&", "[<%=  v %>]"),
        Arguments.of("($&)", "[(<%=  v %>)]"),
        Arguments.of("$1", "[$1]"),
        Arguments.of("$01", "[$01]"),
        Arguments.of("$<name>", "[$<name>]"),
        Arguments.of("$x", "[$x]"),
        Arguments.of("\\$&", "[\\<%=  v %>]"),
        Arguments.of("\\1", "[\\1]"),
        // Windlass: literal instead of the surrounding text (see Substitution)
        Arguments.of("$`", "[$`]"),
        Arguments.of("$'", "[$']"),
        Arguments.of("$$'", "[$']"));
  }

  @ParameterizedTest
  @MethodSource("dollarPatterns")
  void valuesFollowJavaScriptReplacementPatterns(String value, String expected) {
    assertEquals(expected, apply("[<%=  v %>]", "v", value));
  }

  @Test
  void javaScriptSurroundingsPatternsAreImplemented() {
    String subject = "ab<%= v %>cd";
    int start = 2;
    int end = 10;
    assertEquals("ab", JsReplacement.expand("$`", subject, start, end, true));
    assertEquals("cd", JsReplacement.expand("$'", subject, start, end, true));
    assertEquals(
        "[ab|<%= v %>|cd|$]", JsReplacement.expand("[$`|$&|$'|$$]", subject, start, end, true));
    assertEquals(
        "[$`|<%= v %>|$'|$]", JsReplacement.expand("[$`|$&|$'|$$]", subject, start, end, false));
  }

  @Test
  void valuesAreNotScannedAgain() {
    // CARTO would expand <%= b %> inside a's value with b's value; Windlass leaves it as text
    assertEquals("<%= b %>|x", apply("<%= a %>|<%= b %>", "a", "<%= b %>", "b", "x"));
    assertEquals("<%= a %>|<%= a %>", apply("<%= a %>|<%= b %>", "a", "$&", "b", "<%= a %>"));
  }
}
