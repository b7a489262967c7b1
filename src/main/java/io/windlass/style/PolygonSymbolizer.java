package io.windlass.style;

import java.awt.Color;

/**
 * Fills polygon interiors (even-odd rule, as Mapnik's AGG renderer) with {@code fill}, whose alpha
 * is multiplied by {@code opacity} (0-1). Applies to Polygon and MultiPolygon geometries only.
 */
public record PolygonSymbolizer(Color fill, double opacity) implements Symbolizer {

  /** Mapnik's default fill, rgb(128,128,128). */
  public static final Color DEFAULT_FILL = new Color(128, 128, 128);
}
