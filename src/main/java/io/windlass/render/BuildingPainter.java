package io.windlass.render;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * Mapnik's {@code BuildingSymbolizer}: each polygon extruded by {@code building-height} map units
 * (times the scale factor, as Mapnik multiplies it): one wall per ring edge (Mapnik's rings end
 * with a close, so the closing edge gets none), drawn back to front (the northernmost walls first),
 * each filled on its own in the fill darkened to 80 %; then the base and roof outlines and the
 * vertical edges stroked one pixel (times the scale factor) wide in that colour; then the roof, the
 * polygon raised by the height, in the fill. Confined to the rendering thread.
 */
final class BuildingPainter {

  private final CellRasterizer raster;
  private final LineStroker stroker = new LineStroker();
  private final PixelSequences sequences;
  private final int[] pixels;
  private final int width;
  private final int height;

  BuildingPainter(CellRasterizer raster, PixelSequences sequences, int[] pixels, int w, int h) {
    this.raster = raster;
    this.sequences = sequences;
    this.pixels = pixels;
    this.width = w;
    this.height = h;
  }

  /**
   * @param rise the height in pixels (up the image)
   */
  void paint(Geometry g, double rise, Color fill, double opacity, double scale, CompOp op) {
    int a = (int) (fill.getAlpha() * Math.max(0, Math.min(1, opacity)));
    int wall =
        CellRasterizer.premultiplied(
            (int) (fill.getRed() * 0.8),
            (int) (fill.getGreen() * 0.8),
            (int) (fill.getBlue() * 0.8),
            a);
    int roof = CellRasterizer.premultiplied(fill.getRed(), fill.getGreen(), fill.getBlue(), a);
    List<double[]> walls = new ArrayList<>();
    List<double[]> rings = new ArrayList<>();
    sequences.forEach(
        g,
        true,
        false,
        (xs, ys, n, closed) -> {
          double[] ring = new double[2 * n];
          for (int i = 0; i < n; i++) {
            ring[2 * i] = xs[i];
            ring[2 * i + 1] = ys[i];
            if (i > 0) {
              walls.add(new double[] {xs[i - 1], ys[i - 1], xs[i], ys[i]});
            }
          }
          rings.add(ring);
        });
    if (rings.isEmpty()) {
      return;
    }
    // Mapnik sorts by the lower end in map units, highest first: the back walls first.
    walls.sort((p, q) -> Double.compare(Math.max(p[1], p[3]), Math.max(q[1], q[3])));
    for (double[] s : walls) {
      raster.moveTo(s[0], s[1]);
      raster.lineTo(s[2], s[3]);
      raster.lineTo(s[2], s[3] - rise);
      raster.lineTo(s[0], s[1] - rise);
      raster.fill(pixels, width, height, wall, false, null, op);
    }
    stroker.configure(scale, LineStroker.Join.MITER, LineStroker.Cap.BUTT, 4, scale);
    for (double[] r : rings) {
      int n = r.length / 2;
      double[] xs = new double[n];
      double[] ys = new double[n];
      for (int i = 0; i < n; i++) {
        xs[i] = r[2 * i];
        ys[i] = r[2 * i + 1];
      }
      stroker.stroke(xs, ys, n, true, raster);
      for (int i = 0; i < n; i++) {
        ys[i] -= rise;
      }
      stroker.stroke(xs, ys, n, true, raster);
    }
    for (double[] s : walls) {
      stroker.stroke(new double[] {s[0], s[0]}, new double[] {s[1], s[1] - rise}, 2, false, raster);
    }
    raster.fill(pixels, width, height, wall, false, null, op);
    for (double[] r : rings) {
      raster.moveTo(r[0], r[1] - rise);
      for (int i = 1; i < r.length / 2; i++) {
        raster.lineTo(r[2 * i], r[2 * i + 1] - rise);
      }
    }
    raster.fill(pixels, width, height, roof, false, null, op);
  }
}
