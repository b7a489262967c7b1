package io.windlass.template;

import static io.windlass.template.JsValues.toJsString;

import com.fasterxml.jackson.databind.JsonNode;
import io.windlass.error.WindlassException;
import java.util.regex.Pattern;

/**
 * The placeholder types of a template and how each turns a parameter value into the text that
 * replaces {@code <%= name %>} (spec §1.6.2).
 *
 * <p>The SQL types escape for the quotes the template is expected to put around them: {@code '<%= v
 * %>'} for {@code sql_literal}, {@code "<%= v %>"} for {@code sql_ident}. Doubling the quote is
 * enough there because PostgreSQL (9.1 and later, {@code standard_conforming_strings} on) treats
 * every other character, backslash included, literally between those quotes. It is not enough
 * inside {@code E'...'} strings or outside quotes: that is the template author's choice, as in
 * CARTO.
 *
 * <p>Windlass differences, both answers where CARTO gives a runtime error or lets bad text through:
 * a non-string value of a SQL type is a 400 ({@code Invalid sql_literal value for template
 * parameter 'x': 5}); a SQL value containing NUL is a 400 (PostgreSQL would reject the text anyway,
 * and no NUL should reach a statement). A non-string, non-number value of the other types gets
 * their usual message.
 */
enum PlaceholderType {
  SQL_LITERAL("sql_literal") {
    @Override
    String render(String name, JsonNode value) {
      return sqlText(name, value).replace("'", "''");
    }
  },
  SQL_IDENT("sql_ident") {
    @Override
    String render(String name, JsonNode value) {
      return sqlText(name, value).replace("\"", "\"\"");
    }
  },
  NUMBER("number") {
    // CARTO's expression, kept as is: "1.5" does not match (a digit before the dot plus digits
    // after it), while the JSON number 1.5 is accepted.
    private static final Pattern NUMBER_TEXT =
        Pattern.compile("([-+]?[0-9.]?[0-9]+([eE][+-]?[0-9]+)?)");

    @Override
    String render(String name, JsonNode value) {
      if (value.isNumber()) return JsValues.number(value.doubleValue());
      if (value.isTextual() && NUMBER_TEXT.matcher(value.textValue()).matches()) {
        return value.textValue();
      }
      throw invalid(name, value);
    }
  },
  CSS_COLOR("css_color") {
    private static final Pattern COLOR_NAME = Pattern.compile("[a-zA-Z]+");
    private static final Pattern COLOR_VALUE = Pattern.compile("#[0-9a-fA-F]{3,6}");

    @Override
    String render(String name, JsonNode value) {
      if (value.isTextual()
          && (COLOR_NAME.matcher(value.textValue()).matches()
              || COLOR_VALUE.matcher(value.textValue()).matches())) {
        return value.textValue();
      }
      throw invalid(name, value);
    }
  };

  private final String key;

  PlaceholderType(String key) {
    this.key = key;
  }

  /**
   * The type named by a placeholder's {@code type}, else 400 {@code Invalid placeholder type
   * '<type>'}.
   */
  static PlaceholderType of(JsonNode type) {
    if (type.isTextual()) {
      for (PlaceholderType t : values()) {
        if (t.key.equals(type.textValue())) return t;
      }
    }
    throw WindlassException.badRequest("Invalid placeholder type '" + toJsString(type) + "'");
  }

  /**
   * The replacement text for {@code value} (a missing node for undefined), else a 400 naming the
   * parameter {@code name}. JavaScript's {@code $} patterns in it are still to be applied.
   */
  abstract String render(String name, JsonNode value);

  String sqlText(String name, JsonNode value) {
    if (!value.isTextual()) throw invalid(name, value);
    String text = value.textValue();
    if (text.indexOf('\0') >= 0) {
      throw WindlassException.badRequest(
          "Invalid "
              + key
              + " value for template parameter '"
              + name
              + "': contains a NUL character");
    }
    return text;
  }

  WindlassException invalid(String name, JsonNode value) {
    return WindlassException.badRequest(
        "Invalid " + key + " value for template parameter '" + name + "': " + toJsString(value));
  }
}
