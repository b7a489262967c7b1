package io.windlass.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.windlass.mapconfig.JsJson;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * JavaScript's implicit conversions of JSON values (string concatenation, truthiness, property
 * access, {@code Object.keys}, {@code Number()}, {@code parseInt}), because CARTO's template code
 * applies them to whatever JSON a client sent and its messages and results show them.
 *
 * <p>A missing node stands for JavaScript's {@code undefined}.
 */
final class JsValues {
  /** JavaScript's WhiteSpace and LineTerminator code points: what {@code \s} and trim() match. */
  static final String WS =
      "[\\t\\n\\u000B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]";

  private static final Pattern LEADING_WS = Pattern.compile("^" + WS + "+");
  private static final Pattern TRAILING_WS = Pattern.compile(WS + "+\\z");
  private static final Pattern PARSE_INT = Pattern.compile("^([+-]?)([0-9]+)");
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(?:Infinity|(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)");
  private static final Pattern RADIX = Pattern.compile("0([xXoObB])([0-9a-fA-F]+)");

  private JsValues() {}

  /** {@code String(v)}, as {@code "..." + v} renders it. */
  static String toJsString(JsonNode v) {
    if (v == null || v.isMissingNode()) return "undefined";
    if (v.isNull()) return "null";
    if (v.isTextual()) return v.textValue();
    if (v.isBoolean()) return String.valueOf(v.booleanValue());
    if (v.isNumber()) return number(v.doubleValue());
    if (v.isArray()) {
      var sb = new StringBuilder();
      for (int i = 0; i < v.size(); i++) {
        if (i > 0) sb.append(',');
        JsonNode e = v.get(i);
        if (!e.isNull()) sb.append(toJsString(e));
      }
      return sb.toString();
    }
    return "[object Object]";
  }

  /** Number::toString, including the non-finite values JSON.stringify would turn into null. */
  static String number(double d) {
    if (Double.isNaN(d)) return "NaN";
    if (Double.isInfinite(d)) return d > 0 ? "Infinity" : "-Infinity";
    return JsJson.number(d);
  }

  /** JavaScript truthiness. */
  static boolean truthy(JsonNode v) {
    if (v == null || v.isMissingNode() || v.isNull()) return false;
    if (v.isBoolean()) return v.booleanValue();
    if (v.isNumber()) {
      double d = v.doubleValue();
      return d != 0 && !Double.isNaN(d);
    }
    if (v.isTextual()) return !v.textValue().isEmpty();
    return true;
  }

  /** {@code v[key]} for a JSON value (objects, array indexes, string characters). */
  static JsonNode get(JsonNode v, String key) {
    if (v == null) return MissingNode.getInstance();
    if (v.isObject()) return v.path(key);
    if (v.isArray() || v.isTextual()) {
      int index = JsKeyOrder.arrayIndex(key);
      if (index < 0) return MissingNode.getInstance();
      if (v.isArray()) return v.path(index);
      String s = v.textValue();
      return index < s.length()
          ? TextNode.valueOf(s.substring(index, index + 1))
          : MissingNode.getInstance();
    }
    return MissingNode.getInstance();
  }

  /** {@code Object.keys(v)} (objects in their stored order, array and string indexes). */
  static List<String> keys(JsonNode v) {
    var keys = new ArrayList<String>();
    if (v == null) return keys;
    if (v.isObject()) {
      v.fieldNames().forEachRemaining(keys::add);
    } else if (v.isArray() || v.isTextual()) {
      int n = v.isArray() ? v.size() : v.textValue().length();
      for (int i = 0; i < n; i++) keys.add(Integer.toString(i));
    }
    return keys;
  }

  /** {@code Number(v)}: NaN when JavaScript would give NaN. */
  static double toNumber(JsonNode v) {
    if (v == null || v.isMissingNode()) return Double.NaN;
    if (v.isNull()) return 0;
    if (v.isBoolean()) return v.booleanValue() ? 1 : 0;
    if (v.isNumber()) return v.doubleValue();
    String s = trim(toJsString(v)); // arrays and objects convert through their string form
    if (s.isEmpty()) return 0;
    if (DECIMAL.matcher(s).matches()) {
      if (s.endsWith("Infinity"))
        return s.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      return Double.parseDouble(s);
    }
    var radix = RADIX.matcher(s);
    if (radix.matches()) {
      int base =
          switch (Character.toLowerCase(radix.group(1).charAt(0))) {
            case 'x' -> 16;
            case 'o' -> 8;
            default -> 2;
          };
      try {
        return new BigInteger(radix.group(2), base).doubleValue();
      } catch (NumberFormatException e) {
        return Double.NaN;
      }
    }
    return Double.NaN;
  }

  /**
   * {@code parseInt(s, 10)} as a JSON value: leading digits after optional whitespace and sign,
   * null for NaN (what JSON.stringify stores).
   */
  static JsonNode parseInt(String s) {
    var m = PARSE_INT.matcher(LEADING_WS.matcher(s).replaceFirst(""));
    if (!m.find()) return NullNode.getInstance();
    double d = Double.parseDouble(m.group(1) + m.group(2));
    if (d == 0) return IntNode.valueOf(0); // -0 stringifies as 0
    if (Math.abs(d) <= Integer.MAX_VALUE) return IntNode.valueOf((int) d);
    return DoubleNode.valueOf(d);
  }

  static String trim(String s) {
    return TRAILING_WS.matcher(LEADING_WS.matcher(s).replaceFirst("")).replaceFirst("");
  }
}
