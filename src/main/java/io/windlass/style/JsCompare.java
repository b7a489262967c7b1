package io.windlass.style;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JavaScript's loose comparison rules ({@code ==}, {@code <}, ...) between the numbers and strings
 * carto's {@link Filterset} compares. Filter simplification depends on them: {@code "10" < "9"} as
 * strings but {@code 10 > 9} once either side is a number.
 */
final class JsCompare {

  private static final Pattern FLOAT_PREFIX =
      Pattern.compile(
          "^\\s*([+-]?(?:Infinity|\\d+\\.?\\d*(?:[eE][+-]?\\d+)?|\\.\\d+(?:[eE][+-]?\\d+)?))");

  private JsCompare() {}

  /** JavaScript's {@code parseFloat}. */
  static double parseFloat(String s) {
    Matcher m = FLOAT_PREFIX.matcher(s);
    if (!m.find()) {
      return Double.NaN;
    }
    String t = m.group(1);
    try {
      return Double.parseDouble(t);
    } catch (NumberFormatException e) {
      // A mantissa followed by an incomplete exponent, e.g. "1e": parseFloat stops before it.
      return Double.parseDouble(t.replaceAll("[eE][+-]?$", ""));
    }
  }

  static double toNumber(Object o) {
    return o instanceof Double d ? d : Filter.jsNumber((String) o);
  }

  static boolean looseEquals(Object a, Object b) {
    if (a instanceof String sa && b instanceof String sb) {
      return sa.equals(sb);
    }
    return toNumber(a) == toNumber(b);
  }

  /**
   * Sign of {@code a - b} under JavaScript's relational comparison, or null when undefined (NaN).
   */
  private static Integer compare(Object a, Object b) {
    if (a instanceof String sa && b instanceof String sb) {
      return Integer.signum(sa.compareTo(sb));
    }
    double x = toNumber(a);
    double y = toNumber(b);
    if (Double.isNaN(x) || Double.isNaN(y)) {
      return null;
    }
    return Double.compare(x, y) == 0 || x == y ? 0 : (x < y ? -1 : 1);
  }

  static boolean lt(Object a, Object b) {
    Integer c = compare(a, b);
    return c != null && c < 0;
  }

  static boolean le(Object a, Object b) {
    Integer c = compare(a, b);
    return c != null && c <= 0;
  }

  static boolean gt(Object a, Object b) {
    Integer c = compare(a, b);
    return c != null && c > 0;
  }

  static boolean ge(Object a, Object b) {
    Integer c = compare(a, b);
    return c != null && c >= 0;
  }
}
