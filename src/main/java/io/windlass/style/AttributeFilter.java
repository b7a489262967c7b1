package io.windlass.style;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * A compiled {@code [field op value]} filter. {@code literal} is a {@link Double}, {@link String},
 * {@link Boolean} or null. Comparison follows Mapnik's value semantics: numbers (and booleans, as
 * 0/1) compare numerically, strings compare with strings, a number never equals a string, a missing
 * attribute is null, and null only equals null.
 */
record AttributeFilter(String field, Op op, Object literal, Pattern regex) {

  /** Filter operators; {@code MATCH} is {@code =~} (a full-string regular-expression match). */
  enum Op {
    EQ,
    NE,
    LT,
    LE,
    GT,
    GE,
    MATCH;

    static Op of(String s) {
      switch (s) {
        case "=":
          return EQ;
        case "!=":
          return NE;
        case "<":
          return LT;
        case "<=":
          return LE;
        case ">":
          return GT;
        case ">=":
          return GE;
        case "=~":
          return MATCH;
        default:
          throw new IllegalArgumentException(s);
      }
    }
  }

  boolean test(Map<String, Object> attributes) {
    Object v = attributes.get(field);
    switch (op) {
      case EQ:
        return equal(v, literal);
      case NE:
        return !equal(v, literal);
      case MATCH:
        return v != null && regex.matcher(v.toString()).matches();
      default:
        return ordered(v);
    }
  }

  private boolean ordered(Object v) {
    int c;
    if (isNumeric(v) && isNumeric(literal)) {
      c = Double.compare(asDouble(v), asDouble(literal));
    } else if (v instanceof String s && literal instanceof String l) {
      c = s.compareTo(l);
    } else {
      return false;
    }
    switch (op) {
      case LT:
        return c < 0;
      case LE:
        return c <= 0;
      case GT:
        return c > 0;
      default:
        return c >= 0;
    }
  }

  private static boolean equal(Object v, Object lit) {
    if (v == null || lit == null) {
      return v == lit;
    }
    if (isNumeric(v) && isNumeric(lit)) {
      return asDouble(v) == asDouble(lit);
    }
    return v instanceof String && v.equals(lit);
  }

  private static boolean isNumeric(Object o) {
    return o instanceof Number || o instanceof Boolean;
  }

  private static double asDouble(Object o) {
    if (o instanceof Boolean b) {
      return b ? 1 : 0;
    }
    return ((Number) o).doubleValue();
  }
}
