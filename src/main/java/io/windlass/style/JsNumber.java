package io.windlass.style;

import java.math.BigDecimal;

/**
 * Formats doubles as JavaScript's {@code Number.prototype.toString} does, because carto writes
 * every number of the compiled style that way ({@code 0.5}, {@code 2}, {@code 1e-7}).
 */
final class JsNumber {

  private JsNumber() {}

  static String format(double d) {
    if (Double.isNaN(d)) {
      return "NaN";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "Infinity" : "-Infinity";
    }
    if (d == 0) {
      return "0";
    }
    if (d == Math.rint(d) && Math.abs(d) < 1e21) {
      return Long.toString((long) d);
    }
    BigDecimal b = new BigDecimal(Double.toString(d)).stripTrailingZeros();
    double abs = Math.abs(d);
    if (abs >= 1e-6 && abs < 1e21) {
      return b.toPlainString();
    }
    String digits = b.unscaledValue().abs().toString();
    int exp = digits.length() - 1 - b.scale();
    String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    return (d < 0 ? "-" : "") + mant + "e" + (exp >= 0 ? "+" : "") + exp;
  }

  /** JavaScript's {@code Math.round}: halves round towards positive infinity. */
  static double round(double d) {
    return Math.floor(d + 0.5);
  }

  /** JavaScript's {@code parseFloat} on carto's numeric filter values; NaN when not a number. */
  static double parse(String s) {
    try {
      return Double.parseDouble(s.trim());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
