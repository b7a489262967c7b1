package io.windlass.style;

import java.awt.Color;

/**
 * Draws an ellipse marker of {@code width} x {@code height} pixels centred on a point: filled with
 * {@code fill} (alpha times {@code fillOpacity}), then outlined with {@code lineColor} at {@code
 * lineWidth} pixels (alpha times {@code lineOpacity}); {@code opacity} multiplies both. Unless
 * {@code allowOverlap}, a marker whose box collides with an already placed one is skipped.
 *
 * <p>Placement in this subset: every point of a Point/MultiPoint; the centroid of each polygon of a
 * (Multi)Polygon; the middle (by length) of each line of a (Multi)LineString, which is where
 * Mapnik's default {@code marker-placement: point} puts them.
 */
public record MarkerSymbolizer(
    Color fill,
    double fillOpacity,
    double width,
    double height,
    Color lineColor,
    double lineWidth,
    double lineOpacity,
    double opacity,
    boolean allowOverlap)
    implements Symbolizer {

  /** Mapnik's default marker fill, #0000ff. */
  public static final Color DEFAULT_FILL = new Color(0, 0, 255);

  /** Mapnik's default marker size in pixels. */
  public static final double DEFAULT_SIZE = 10;

  /** Mapnik's default marker outline width in pixels. */
  public static final double DEFAULT_LINE_WIDTH = 0.5;
}
