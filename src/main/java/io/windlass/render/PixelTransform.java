package io.windlass.render;

import io.windlass.geo.Bbox;

/**
 * EPSG:3857 metres to image pixels: {@code px = (X - minX) / res}, {@code py = (maxY - Y) / res},
 * with pixel (i, j) covering [i, i+1) x [j, j+1) as in Mapnik/AGG.
 */
record PixelTransform(double minX, double maxY, double pixelsPerMetre) {

  static PixelTransform of(Bbox extent, int widthPx) {
    return new PixelTransform(extent.minX(), extent.maxY(), widthPx / extent.width());
  }

  double x(double metresX) {
    return (metresX - minX) * pixelsPerMetre;
  }

  double y(double metresY) {
    return (maxY - metresY) * pixelsPerMetre;
  }

  /** Metres covered by {@code px} pixels. */
  double metres(double px) {
    return px / pixelsPerMetre;
  }
}
