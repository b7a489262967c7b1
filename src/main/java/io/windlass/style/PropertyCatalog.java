package io.windlass.style;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The CartoCSS property names that carto 0.16.3 accepts for Mapnik 3.0 (mapnik-reference 3.0.6),
 * each mapped to the symbolizer it belongs to ({@code polygon}, {@code line}, {@code markers},
 * {@code map}, {@code *} for style-level properties, ...).
 *
 * <p>Kept in the reference's own order because carto's "Did you mean" suggestion breaks distance
 * ties by that order. Properties this subset cannot draw yet are still accepted so that valid
 * stylesheets compile.
 */
final class PropertyCatalog {

  private static final Map<String, String> SYMBOLIZER_BY_PROPERTY =
      build(
          "image-filters", "*",
          "image-filters-inflate", "*",
          "direct-image-filters", "*",
          "comp-op", "*",
          "opacity", "*",
          "background-color", "map",
          "background-image", "map",
          "background-image-comp-op", "map",
          "background-image-opacity", "map",
          "srs", "map",
          "buffer-size", "map",
          "maximum-extent", "map",
          "base", "map",
          "", "map",
          "font-directory", "map",
          "polygon-fill", "polygon",
          "polygon-opacity", "polygon",
          "polygon-gamma", "polygon",
          "polygon-gamma-method", "polygon",
          "polygon-clip", "polygon",
          "polygon-simplify", "polygon",
          "polygon-simplify-algorithm", "polygon",
          "polygon-smooth", "polygon",
          "polygon-geometry-transform", "polygon",
          "polygon-comp-op", "polygon",
          "line-color", "line",
          "line-width", "line",
          "line-opacity", "line",
          "line-join", "line",
          "line-cap", "line",
          "line-gamma", "line",
          "line-gamma-method", "line",
          "line-dasharray", "line",
          "line-dash-offset", "line",
          "line-miterlimit", "line",
          "line-clip", "line",
          "line-simplify", "line",
          "line-simplify-algorithm", "line",
          "line-smooth", "line",
          "line-offset", "line",
          "line-rasterizer", "line",
          "line-geometry-transform", "line",
          "line-comp-op", "line",
          "marker-file", "markers",
          "marker-opacity", "markers",
          "marker-fill-opacity", "markers",
          "marker-line-color", "markers",
          "marker-line-width", "markers",
          "marker-line-opacity", "markers",
          "marker-placement", "markers",
          "marker-multi-policy", "markers",
          "marker-type", "markers",
          "marker-width", "markers",
          "marker-height", "markers",
          "marker-fill", "markers",
          "marker-allow-overlap", "markers",
          "marker-avoid-edges", "markers",
          "marker-ignore-placement", "markers",
          "marker-spacing", "markers",
          "marker-max-error", "markers",
          "marker-transform", "markers",
          "marker-clip", "markers",
          "marker-simplify", "markers",
          "marker-simplify-algorithm", "markers",
          "marker-smooth", "markers",
          "marker-geometry-transform", "markers",
          "marker-offset", "markers",
          "marker-comp-op", "markers",
          "marker-direction", "markers",
          "shield-name", "shield",
          "shield-file", "shield",
          "shield-face-name", "shield",
          "shield-unlock-image", "shield",
          "shield-size", "shield",
          "shield-fill", "shield",
          "shield-placement", "shield",
          "shield-avoid-edges", "shield",
          "shield-allow-overlap", "shield",
          "shield-margin", "shield",
          "shield-repeat-distance", "shield",
          "shield-min-distance", "shield",
          "shield-spacing", "shield",
          "shield-min-padding", "shield",
          "shield-label-position-tolerance", "shield",
          "shield-wrap-width", "shield",
          "shield-wrap-before", "shield",
          "shield-wrap-character", "shield",
          "shield-halo-fill", "shield",
          "shield-halo-radius", "shield",
          "shield-halo-rasterizer", "shield",
          "shield-halo-transform", "shield",
          "shield-halo-comp-op", "shield",
          "shield-halo-opacity", "shield",
          "shield-character-spacing", "shield",
          "shield-line-spacing", "shield",
          "shield-text-dx", "shield",
          "shield-text-dy", "shield",
          "shield-dx", "shield",
          "shield-dy", "shield",
          "shield-opacity", "shield",
          "shield-text-opacity", "shield",
          "shield-horizontal-alignment", "shield",
          "shield-vertical-alignment", "shield",
          "shield-placement-type", "shield",
          "shield-placements", "shield",
          "shield-text-transform", "shield",
          "shield-justify-alignment", "shield",
          "shield-transform", "shield",
          "shield-clip", "shield",
          "shield-simplify", "shield",
          "shield-simplify-algorithm", "shield",
          "shield-smooth", "shield",
          "shield-comp-op", "shield",
          "line-pattern-file", "line-pattern",
          "line-pattern-clip", "line-pattern",
          "line-pattern-opacity", "line-pattern",
          "line-pattern-simplify", "line-pattern",
          "line-pattern-simplify-algorithm", "line-pattern",
          "line-pattern-smooth", "line-pattern",
          "line-pattern-offset", "line-pattern",
          "line-pattern-geometry-transform", "line-pattern",
          "line-pattern-transform", "line-pattern",
          "line-pattern-comp-op", "line-pattern",
          "polygon-pattern-file", "polygon-pattern",
          "polygon-pattern-alignment", "polygon-pattern",
          "polygon-pattern-gamma", "polygon-pattern",
          "polygon-pattern-opacity", "polygon-pattern",
          "polygon-pattern-clip", "polygon-pattern",
          "polygon-pattern-simplify", "polygon-pattern",
          "polygon-pattern-simplify-algorithm", "polygon-pattern",
          "polygon-pattern-smooth", "polygon-pattern",
          "polygon-pattern-geometry-transform", "polygon-pattern",
          "polygon-pattern-transform", "polygon-pattern",
          "polygon-pattern-comp-op", "polygon-pattern",
          "raster-opacity", "raster",
          "raster-filter-factor", "raster",
          "raster-scaling", "raster",
          "raster-mesh-size", "raster",
          "raster-comp-op", "raster",
          "raster-colorizer-default-mode", "raster",
          "raster-colorizer-default-color", "raster",
          "raster-colorizer-epsilon", "raster",
          "raster-colorizer-stops", "raster",
          "point-file", "point",
          "point-allow-overlap", "point",
          "point-ignore-placement", "point",
          "point-opacity", "point",
          "point-placement", "point",
          "point-transform", "point",
          "point-comp-op", "point",
          "text-name", "text",
          "text-face-name", "text",
          "text-size", "text",
          "text-ratio", "text",
          "text-wrap-width", "text",
          "text-wrap-before", "text",
          "text-wrap-character", "text",
          "text-repeat-wrap-character", "text",
          "text-spacing", "text",
          "text-character-spacing", "text",
          "text-line-spacing", "text",
          "text-label-position-tolerance", "text",
          "text-max-char-angle-delta", "text",
          "text-fill", "text",
          "text-opacity", "text",
          "text-halo-opacity", "text",
          "text-halo-fill", "text",
          "text-halo-radius", "text",
          "text-halo-rasterizer", "text",
          "text-halo-transform", "text",
          "text-dx", "text",
          "text-dy", "text",
          "text-vertical-alignment", "text",
          "text-avoid-edges", "text",
          "text-margin", "text",
          "text-repeat-distance", "text",
          "text-min-distance", "text",
          "text-min-padding", "text",
          "text-min-path-length", "text",
          "text-allow-overlap", "text",
          "text-orientation", "text",
          "text-rotate-displacement", "text",
          "text-upright", "text",
          "text-placement", "text",
          "text-placement-type", "text",
          "text-placements", "text",
          "text-transform", "text",
          "text-horizontal-alignment", "text",
          "text-align", "text",
          "text-clip", "text",
          "text-simplify", "text",
          "text-simplify-algorithm", "text",
          "text-smooth", "text",
          "text-comp-op", "text",
          "text-halo-comp-op", "text",
          "text-font-feature-settings", "text",
          "text-largest-bbox-only", "text",
          "building-fill", "building",
          "building-fill-opacity", "building",
          "building-height", "building",
          "debug-mode", "debug",
          "dot-fill", "dot",
          "dot-opacity", "dot",
          "dot-width", "dot",
          "dot-height", "dot",
          "dot-comp-op", "dot");

  private PropertyCatalog() {}

  /** Whether {@code name} is a CartoCSS property known to carto. */
  static boolean isKnown(String name) {
    return SYMBOLIZER_BY_PROPERTY.containsKey(name);
  }

  /**
   * The Mapnik symbolizer ({@code polygon}, {@code line}, {@code map}, ...) of a known property,
   * else null.
   */
  static String symbolizerOf(String name) {
    return SYMBOLIZER_BY_PROPERTY.get(name);
  }

  /**
   * carto's suggestion for a misspelt property: the known name at the smallest edit distance when
   * that distance is below 3, else null.
   */
  static String suggestionFor(String name) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : SYMBOLIZER_BY_PROPERTY.keySet()) {
      int d = editDistance(name, candidate);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return bestDistance < 3 ? best : null;
  }

  private static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int subst = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(subst, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private static Map<String, String> build(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      if (!pairs[i].isEmpty()) {
        m.put(pairs[i], pairs[i + 1]);
      }
    }
    return Collections.unmodifiableMap(m);
  }
}
