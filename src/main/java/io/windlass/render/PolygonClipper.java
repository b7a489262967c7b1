package io.windlass.render;

/**
 * Cuts rings to a box as Mapnik's line symbolizer does for polygons before dashing and stroking
 * ({@code line-clip}, on by default; AGG's {@code conv_clip_polygon}): a ring stays one closed
 * ring, with edges along the box where it left it. The vertex it starts from and the box edges
 * decide where dashes fall. Confined to one thread.
 */
final class PolygonClipper {

  private final PointBuffer ring = new PointBuffer(256);
  private final double[] cx = new double[4];
  private final double[] cy = new double[4];

  private double minX;
  private double minY;
  private double maxX;
  private double maxY;

  private double x1;
  private double y1;
  private int flags;

  void box(double minX, double minY, double maxX, double maxY) {
    this.minX = minX;
    this.minY = minY;
    this.maxX = maxX;
    this.maxY = maxY;
  }

  /** Sends the ring cut to the box (if anything of it is left) to the sink, closed. */
  void clip(double[] xs, double[] ys, int n, PixelSequences.Sink sink) {
    if (n < 3) {
      return;
    }
    ring.clear();
    // vpgen_clip_polygon::move_to
    flags = flags(xs[0], ys[0]);
    if (flags == 0) {
      ring.add(xs[0], ys[0]);
    }
    x1 = xs[0];
    y1 = ys[0];
    for (int i = 1; i < n; i++) {
      lineTo(xs[i], ys[i]);
    }
    lineTo(xs[0], ys[0]); // the adaptor closes the ring with an edge back to its start
    if (ring.size > 1) {
      sink.accept(ring.x, ring.y, ring.size, true);
    }
  }

  /** {@code vpgen_clip_polygon::line_to}. */
  private void lineTo(double x, double y) {
    int f = flags(x, y);
    if (flags == f) {
      if (f == 0) {
        ring.add(x, y);
      }
    } else {
      int k = liangBarsky(x1, y1, x, y);
      for (int i = 0; i < k; i++) {
        ring.add(cx[i], cy[i]);
      }
    }
    flags = f;
    x1 = x;
    y1 = y;
  }

  /** {@code vpgen_clip_polygon::clipping_flags}: which side of the box, corners combined. */
  private int flags(double x, double y) {
    if (x < minX) {
      return y > maxY ? 6 : y < minY ? 12 : 4;
    }
    if (x > maxX) {
      return y > maxY ? 3 : y < minY ? 9 : 1;
    }
    return y > maxY ? 2 : y < minY ? 8 : 0;
  }

  /** AGG's {@code clip_liang_barsky}: up to four points of the segment's way through the box. */
  private int liangBarsky(double ax, double ay, double bx, double by) {
    final double nearZero = 1e-30;
    double dx = bx - ax;
    double dy = by - ay;
    if (dx == 0) {
      dx = ax > minX ? -nearZero : nearZero;
    }
    if (dy == 0) {
      dy = ay > minY ? -nearZero : nearZero;
    }
    double xin = dx > 0 ? minX : maxX;
    double xout = dx > 0 ? maxX : minX;
    double yin = dy > 0 ? minY : maxY;
    double yout = dy > 0 ? maxY : minY;
    double tinx = (xin - ax) / dx;
    double tiny = (yin - ay) / dy;
    double tin1 = Math.min(tinx, tiny);
    double tin2 = Math.max(tinx, tiny);
    int np = 0;
    if (tin1 <= 1) {
      if (0 < tin1) {
        cx[np] = xin;
        cy[np++] = yin;
      }
      if (tin2 <= 1) {
        double toutx = (xout - ax) / dx;
        double touty = (yout - ay) / dy;
        double tout1 = Math.min(toutx, touty);
        if (tin2 > 0 || tout1 > 0) {
          if (tin2 <= tout1) {
            if (tin2 > 0) {
              if (tinx > tiny) {
                cx[np] = xin;
                cy[np++] = ay + tinx * dy;
              } else {
                cx[np] = ax + tiny * dx;
                cy[np++] = yin;
              }
            }
            if (tout1 < 1) {
              if (toutx < touty) {
                cx[np] = xout;
                cy[np++] = ay + toutx * dy;
              } else {
                cx[np] = ax + touty * dx;
                cy[np++] = yout;
              }
            } else {
              cx[np] = bx;
              cy[np++] = by;
            }
          } else {
            if (tinx > tiny) {
              cx[np] = xin;
              cy[np++] = yout;
            } else {
              cx[np] = xout;
              cy[np++] = yin;
            }
          }
        }
      }
    }
    return np;
  }
}
