package io.windlass.render;

import java.awt.Color;

/**
 * What an explicit {@code marker-fill}, {@code marker-line-color} and {@code marker-line-width}
 * replace in a marker file, as Mapnik's {@code push_explicit_style}: the colour of its filled
 * shapes, the colour and width (in the file's units) of its stroked ones. Null or NaN: the file's
 * own.
 */
record SvgOverrides(Color fill, Color stroke, double strokeWidth) {

  static final SvgOverrides NONE = new SvgOverrides(null, null, Double.NaN);
}
