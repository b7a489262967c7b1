package io.windlass.style;

import java.awt.Color;
import java.util.Map;

/**
 * Builds the renderer's {@link Symbolizer} records from compiled {@link SymbolizerSpec}s, with
 * Mapnik's defaults for unset properties. Values that depend on the feature (field expressions)
 * make a {@link DynamicSymbolizer}; symbolizers without a record become {@link GenericSymbolizer}s.
 */
final class Symbolizers {

  private Symbolizers() {}

  /** As {@link #of}, but a symbolizer with feature-dependent values becomes dynamic. */
  static Symbolizer compiled(SymbolizerSpec spec) {
    Map<String, Expression> expressions = DynamicSymbolizer.expressionsOf(spec);
    return expressions.isEmpty() ? of(spec) : new DynamicSymbolizer(spec, expressions);
  }

  static Symbolizer of(SymbolizerSpec spec) {
    Map<String, String> p = spec.properties();
    try {
      switch (spec.type()) {
        case "PolygonSymbolizer":
          return new PolygonSymbolizer(
              color(p, "fill", PolygonSymbolizer.DEFAULT_FILL), number(p, "fill-opacity", 1));
        case "LineSymbolizer":
          return new LineSymbolizer(
              color(p, "stroke", Color.BLACK),
              number(p, "stroke-width", 1),
              number(p, "stroke-opacity", 1));
        case "MarkersSymbolizer":
          double width = number(p, "width", MarkerSymbolizer.DEFAULT_SIZE);
          return new MarkerSymbolizer(
              color(p, "fill", MarkerSymbolizer.DEFAULT_FILL),
              number(p, "fill-opacity", 1),
              width,
              number(p, "height", p.containsKey("width") ? width : MarkerSymbolizer.DEFAULT_SIZE),
              color(p, "stroke", Color.BLACK),
              number(p, "stroke-width", MarkerSymbolizer.DEFAULT_LINE_WIDTH),
              number(p, "stroke-opacity", 1),
              number(p, "opacity", 1),
              "true".equals(p.get("allow-overlap")));
        default:
          return new GenericSymbolizer(spec);
      }
    } catch (IllegalArgumentException notConstant) {
      return new GenericSymbolizer(spec);
    }
  }

  private static Color color(Map<String, String> p, String key, Color dflt) {
    String v = p.get(key);
    if (v == null) {
      return dflt;
    }
    Color c = Colors.parse(v);
    if (c == null) {
      throw new IllegalArgumentException(v);
    }
    return c;
  }

  private static double number(Map<String, String> p, String key, double dflt) {
    String v = p.get(key);
    if (v == null) {
      return dflt;
    }
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(v, e);
    }
  }
}
