package io.windlass.style;

import java.awt.Color;
import java.util.Map;

/**
 * Value types of the properties this subset draws, and conversion of evaluated expressions to Java
 * values: colours to {@link Color}, numbers to {@link Double} (unit ignored: CartoCSS sizes are
 * pixels), booleans to {@link Boolean}, keywords to {@link String}.
 */
final class PropertyTypes {

  private enum Type {
    COLOR,
    FLOAT,
    BOOLEAN,
    MARKER_TYPE
  }

  private static final Map<String, Type> TYPES =
      Map.ofEntries(
          Map.entry("polygon-fill", Type.COLOR),
          Map.entry("polygon-opacity", Type.FLOAT),
          Map.entry("line-color", Type.COLOR),
          Map.entry("line-width", Type.FLOAT),
          Map.entry("line-opacity", Type.FLOAT),
          Map.entry("marker-fill", Type.COLOR),
          Map.entry("marker-fill-opacity", Type.FLOAT),
          Map.entry("marker-opacity", Type.FLOAT),
          Map.entry("marker-width", Type.FLOAT),
          Map.entry("marker-height", Type.FLOAT),
          Map.entry("marker-line-color", Type.COLOR),
          Map.entry("marker-line-width", Type.FLOAT),
          Map.entry("marker-line-opacity", Type.FLOAT),
          Map.entry("marker-allow-overlap", Type.BOOLEAN),
          Map.entry("marker-type", Type.MARKER_TYPE),
          Map.entry("background-color", Type.COLOR),
          Map.entry("buffer-size", Type.FLOAT));

  private PropertyTypes() {}

  /** Whether the renderer uses this property (others are accepted and carried as expressions). */
  static boolean isDrawn(String name) {
    return TYPES.containsKey(name);
  }

  /**
   * The typed value of {@code value} for property {@code name}, or {@code value} itself for
   * properties this subset does not draw.
   */
  static Object convert(String source, int offset, String name, Expr value) throws StyleException {
    Type type = TYPES.get(name);
    if (type == null) {
      return value;
    }
    Object out = null;
    switch (type) {
      case COLOR:
        if (value instanceof Expr.Col c) {
          out = c.color();
        } else if (value instanceof Expr.Keyword k) {
          out = Colors.named(k.name());
        }
        break;
      case FLOAT:
        if (value instanceof Expr.Num n) {
          out = n.unit().equals("%") ? n.value() / 100.0 : n.value();
        }
        break;
      case BOOLEAN:
        if (value instanceof Expr.Keyword k
            && (k.name().equals("true") || k.name().equals("false"))) {
          out = Boolean.valueOf(k.name());
        }
        break;
      default:
        if (value instanceof Expr.Keyword k
            && (k.name().equals("ellipse") || k.name().equals("arrow"))) {
          out = k.name();
        }
    }
    if (out == null) {
      throw StyleException.at(
          source,
          offset,
          "Invalid value for "
              + name
              + ", the type "
              + type.name().toLowerCase().replace("marker_type", "keyword")
              + " is expected. "
              + describe(value)
              + " was given.");
    }
    return out;
  }

  private static String describe(Expr e) {
    if (e instanceof Expr.Num n) {
      return fmt(n.value()) + n.unit() + " (of type float)";
    }
    if (e instanceof Expr.Col c) {
      return String.format("#%06x (of type color)", c.color().getRGB() & 0xffffff);
    }
    if (e instanceof Expr.Keyword k) {
      return k.name() + " (of type keyword)";
    }
    if (e instanceof Expr.Str s) {
      return "\"" + s.value() + "\" (of type string)";
    }
    if (e instanceof Expr.FieldRef f) {
      return "[" + f.name() + "] (of type field)";
    }
    return "an expression";
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
