package io.windlass.render;

/**
 * Mapnik's default marker ({@code shape://ellipse}): not a true ellipse but the polygon AGG's
 * {@code agg::ellipse} emits for the marker's unscaled radii, scaled by the scale factor and
 * centred on its bounding box. Small markers are visibly polygonal (a 3 px marker is an octagon),
 * which is what CARTO's tiles show.
 */
final class MarkerEllipse {

  private final double[] xs;
  private final double[] ys;
  private final double[] placedX;
  private final double[] placedY;
  private final double minX;
  private final double minY;
  private final double maxX;
  private final double maxY;

  /**
   * @param width marker width in CSS pixels (before the scale factor)
   * @param height marker height in CSS pixels
   */
  MarkerEllipse(double width, double height) {
    double rx = width / 2;
    double ry = height / 2;
    PointBuffer polygon = new PointBuffer(16);
    polygon(0, 0, rx, ry, polygon);
    int n = polygon.size;
    xs = java.util.Arrays.copyOf(polygon.x, n);
    ys = java.util.Arrays.copyOf(polygon.y, n);
    double minX = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (int i = 0; i < n; i++) {
      minX = Math.min(minX, xs[i]);
      maxX = Math.max(maxX, xs[i]);
      minY = Math.min(minY, ys[i]);
      maxY = Math.max(maxY, ys[i]);
    }
    // Mapnik recentres the marker on its bounding box, which is off-centre for odd vertex counts.
    double cx = (minX + maxX) / 2;
    double cy = (minY + maxY) / 2;
    for (int i = 0; i < n; i++) {
      xs[i] -= cx;
      ys[i] -= cy;
    }
    this.minX = minX - cx;
    this.maxX = maxX - cx;
    this.minY = minY - cy;
    this.maxY = maxY - cy;
    placedX = new double[n];
    placedY = new double[n];
  }

  /**
   * The vertices {@code agg::ellipse} emits around ({@code cx}, {@code cy}) for radii {@code rx},
   * {@code ry}, into {@code out} (cleared first): from angle 0, anticlockwise in y-down pixels.
   */
  static void polygon(double cx, double cy, double rx, double ry, PointBuffer out) {
    out.clear();
    int n = steps(rx, ry);
    for (int i = 0; i < n; i++) {
      double angle = (double) i / n * 2 * Math.PI;
      out.add(cx + Math.cos(angle) * rx, cy + Math.sin(angle) * ry);
    }
  }

  /** AGG's {@code ellipse::calc_num_steps} at scale 1. */
  static int steps(double rx, double ry) {
    double ra = (Math.abs(rx) + Math.abs(ry)) / 2;
    if (!(ra > 0)) {
      return 4;
    }
    double da = Math.acos(ra / (ra + 0.125)) * 2;
    return Math.max(3, (int) Math.round(2 * Math.PI / da));
  }

  /**
   * Places the marker at pixel {@code (px, py)}, scaled by {@code scale}: its vertices are then in
   * {@link #xs()} and {@link #ys()} (reused buffers); answers their count.
   */
  int place(double px, double py, double scale) {
    return place(px, py, scale, null);
  }

  /**
   * As {@link #place(double, double, double)}, transformed by {@code local} (a marker-transform, a
   * turn along a line; null for none) about the point.
   */
  int place(double px, double py, double scale, java.awt.geom.AffineTransform local) {
    double[] pt = new double[2];
    for (int i = 0; i < xs.length; i++) {
      pt[0] = xs[i] * scale;
      pt[1] = ys[i] * scale;
      if (local != null) {
        local.transform(pt, 0, pt, 0, 1);
      }
      placedX[i] = px + pt[0];
      placedY[i] = py + pt[1];
    }
    return xs.length;
  }

  /** The bounds of the unscaled polygon around the placement point (Mapnik's marker box). */
  double minX() {
    return minX;
  }

  double minY() {
    return minY;
  }

  double maxX() {
    return maxX;
  }

  double maxY() {
    return maxY;
  }

  double[] xs() {
    return placedX;
  }

  double[] ys() {
    return placedY;
  }
}
