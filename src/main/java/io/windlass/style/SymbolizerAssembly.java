package io.windlass.style;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the symbolizers of one attachment from the declarations of its matching rules, the way
 * carto's inheritance and {@code collectSymbolizers} do: rules arrive most specific first and the
 * first value of each property wins; declarations are grouped by symbolizer instance and the groups
 * are ordered by the smallest source offset among their declarations. Unset properties take Mapnik
 * 3.0 defaults.
 */
final class SymbolizerAssembly {

  private final Map<String, Map<String, Prop>> groups = new LinkedHashMap<>();
  private final Map<String, Integer> firstIndex = new HashMap<>();

  /** Adds a rule's declarations; properties already set by a more specific rule are kept. */
  void add(Prop[] props) {
    for (Prop p : props) {
      String group = p.instance() + "/" + p.symbolizer();
      Map<String, Prop> g = groups.computeIfAbsent(group, k -> new HashMap<>());
      if (g.putIfAbsent(p.name(), p) == null) {
        firstIndex.merge(group, p.index(), Math::min);
      }
    }
  }

  /** Appends this attachment's drawable symbolizers to {@code out}, in carto's order. */
  void emit(List<Symbolizer> out) {
    List<String> order = new ArrayList<>(groups.keySet());
    order.sort((a, b) -> Integer.compare(firstIndex.get(a), firstIndex.get(b)));
    for (String key : order) {
      Map<String, Prop> g = groups.get(key);
      String type = key.substring(key.indexOf('/') + 1);
      switch (type) {
        case "polygon":
          out.add(
              new PolygonSymbolizer(
                  color(g, "polygon-fill", PolygonSymbolizer.DEFAULT_FILL),
                  num(g, "polygon-opacity", 1)));
          break;
        case "line":
          out.add(
              new LineSymbolizer(
                  color(g, "line-color", Color.BLACK),
                  num(g, "line-width", 1),
                  num(g, "line-opacity", 1)));
          break;
        case "markers":
          out.add(marker(g));
          break;
        default:
          // text, shield, raster, ... are not drawn by this subset yet
      }
    }
  }

  private static MarkerSymbolizer marker(Map<String, Prop> g) {
    double width;
    double height;
    boolean hasW = g.containsKey("marker-width");
    boolean hasH = g.containsKey("marker-height");
    // Mapnik sizes an ellipse with only one dimension set as a circle of that size.
    if (hasW || hasH) {
      width = hasW ? num(g, "marker-width", 0) : num(g, "marker-height", 0);
      height = hasH ? num(g, "marker-height", 0) : width;
    } else {
      width = MarkerSymbolizer.DEFAULT_SIZE;
      height = MarkerSymbolizer.DEFAULT_SIZE;
    }
    Prop overlap = g.get("marker-allow-overlap");
    return new MarkerSymbolizer(
        color(g, "marker-fill", MarkerSymbolizer.DEFAULT_FILL),
        num(g, "marker-fill-opacity", 1),
        width,
        height,
        color(g, "marker-line-color", Color.BLACK),
        num(g, "marker-line-width", MarkerSymbolizer.DEFAULT_LINE_WIDTH),
        num(g, "marker-line-opacity", 1),
        num(g, "marker-opacity", 1),
        overlap != null && (Boolean) overlap.value());
  }

  private static Color color(Map<String, Prop> g, String name, Color dflt) {
    Prop p = g.get(name);
    return p == null ? dflt : (Color) p.value();
  }

  private static double num(Map<String, Prop> g, String name, double dflt) {
    Prop p = g.get(name);
    return p == null ? dflt : (Double) p.value();
  }
}
