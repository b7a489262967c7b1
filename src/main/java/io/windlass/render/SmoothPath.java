package io.windlass.render;

/**
 * Mapnik's {@code smooth} ({@code line-smooth}, {@code polygon-smooth}): AGG's {@code
 * conv_smooth_poly1_curve}, each edge replaced by a Bézier curve whose control points follow the
 * neighbouring vertices by {@code smooth / 2} (0 straight, 1 round), cubic between inner vertices,
 * quadratic on an open line's first and last edges, flattened as AGG's {@code curve_div} does at
 * approximation scale 1. Confined to one thread.
 */
final class SmoothPath {

  private static final double TOLERANCE_SQ = 0.25; // (0.5 / approximation scale)²
  private static final double COLLINEARITY_EPSILON = 1e-30;
  private static final int RECURSION_LIMIT = 32;

  private final PointBuffer src = new PointBuffer(256);
  private final PointBuffer out = new PointBuffer(1024);
  private double[] dist = new double[256];
  private double k;
  private double ctrl1x;
  private double ctrl1y;
  private double ctrl2x;
  private double ctrl2y;

  void smooth(
      double[] xs, double[] ys, int n, boolean closed, double value, PixelSequences.Sink sink) {
    // vertex_sequence: vertices closer than 1e-14 to the one before merge
    src.clear();
    for (int i = 0; i < n; i++) {
      if (src.size > 0
          && Math.hypot(xs[i] - src.x[src.size - 1], ys[i] - src.y[src.size - 1]) <= 1e-14) {
        continue;
      }
      src.add(xs[i], ys[i]);
    }
    if (closed) {
      while (src.size > 1
          && Math.hypot(src.x[0] - src.x[src.size - 1], src.y[0] - src.y[src.size - 1]) <= 1e-14) {
        src.size--;
      }
    }
    int m = src.size;
    if (m < 2) {
      return;
    }
    if (m == 2 || value == 0) {
      sink.accept(src.x, src.y, m, closed && m > 2);
      return;
    }
    if (dist.length < m) {
      dist = new double[m * 2];
    }
    for (int i = 0; i < m; i++) {
      int j = (i + 1) % m;
      dist[i] = Math.hypot(src.x[j] - src.x[i], src.y[j] - src.y[i]);
    }
    k = value * 0.5;
    out.clear();
    out.add(src.x[0], src.y[0]);
    if (closed) {
      for (int i = 0; i < m; i++) {
        calculate(i);
        int j = (i + 1) % m;
        curve4(src.x[i], src.y[i], ctrl1x, ctrl1y, ctrl2x, ctrl2y, src.x[j], src.y[j]);
      }
      out.size--; // the last curve ends where the ring starts
      sink.accept(out.x, out.y, out.size, true);
      return;
    }
    calculate(0);
    curve3(src.x[0], src.y[0], ctrl2x, ctrl2y, src.x[1], src.y[1]);
    for (int i = 1; i < m - 2; i++) {
      calculate(i);
      curve4(src.x[i], src.y[i], ctrl1x, ctrl1y, ctrl2x, ctrl2y, src.x[i + 1], src.y[i + 1]);
    }
    calculate(m - 2);
    curve3(src.x[m - 2], src.y[m - 2], ctrl1x, ctrl1y, src.x[m - 1], src.y[m - 1]);
    sink.accept(out.x, out.y, out.size, false);
  }

  /** {@code vcgen_smooth_poly1::calculate} for the edge from vertex i (neighbours wrap round). */
  private void calculate(int i) {
    int m = src.size;
    int i0 = (i - 1 + m) % m;
    int i2 = (i + 1) % m;
    int i3 = (i + 2) % m;
    double k1 = dist[i0] / (dist[i0] + dist[i]);
    double k2 = dist[i] / (dist[i] + dist[i2]);
    double xm1 = src.x[i0] + (src.x[i2] - src.x[i0]) * k1;
    double ym1 = src.y[i0] + (src.y[i2] - src.y[i0]) * k1;
    double xm2 = src.x[i] + (src.x[i3] - src.x[i]) * k2;
    double ym2 = src.y[i] + (src.y[i3] - src.y[i]) * k2;
    ctrl1x = src.x[i] + k * (src.x[i2] - xm1);
    ctrl1y = src.y[i] + k * (src.y[i2] - ym1);
    ctrl2x = src.x[i2] + k * (src.x[i] - xm2);
    ctrl2y = src.y[i2] + k * (src.y[i] - ym2);
  }

  /** {@code curve3_div}: the points after the start, the end included. */
  private void curve3(double x1, double y1, double x2, double y2, double x3, double y3) {
    bezier3(x1, y1, x2, y2, x3, y3, 0);
    out.add(x3, y3);
  }

  private void bezier3(
      double x1, double y1, double x2, double y2, double x3, double y3, int level) {
    if (level > RECURSION_LIMIT) {
      return;
    }
    double x12 = (x1 + x2) / 2;
    double y12 = (y1 + y2) / 2;
    double x23 = (x2 + x3) / 2;
    double y23 = (y2 + y3) / 2;
    double x123 = (x12 + x23) / 2;
    double y123 = (y12 + y23) / 2;
    double dx = x3 - x1;
    double dy = y3 - y1;
    double d = Math.abs((x2 - x3) * dy - (y2 - y3) * dx);
    if (d > COLLINEARITY_EPSILON) {
      if (d * d <= TOLERANCE_SQ * (dx * dx + dy * dy)) {
        out.add(x123, y123);
        return;
      }
    } else {
      double da = dx * dx + dy * dy;
      if (da == 0) {
        d = sq(x1, y1, x2, y2);
      } else {
        d = ((x2 - x1) * dx + (y2 - y1) * dy) / da;
        if (d > 0 && d < 1) {
          return;
        }
        if (d <= 0) {
          d = sq(x2, y2, x1, y1);
        } else if (d >= 1) {
          d = sq(x2, y2, x3, y3);
        } else {
          d = sq(x2, y2, x1 + d * dx, y1 + d * dy);
        }
      }
      if (d < TOLERANCE_SQ) {
        out.add(x2, y2);
        return;
      }
    }
    bezier3(x1, y1, x12, y12, x123, y123, level + 1);
    bezier3(x123, y123, x23, y23, x3, y3, level + 1);
  }

  /** {@code curve4_div}: the points after the start, the end included. */
  private void curve4(
      double x1, double y1, double x2, double y2, double x3, double y3, double x4, double y4) {
    bezier4(x1, y1, x2, y2, x3, y3, x4, y4, 0);
    out.add(x4, y4);
  }

  private void bezier4(
      double x1,
      double y1,
      double x2,
      double y2,
      double x3,
      double y3,
      double x4,
      double y4,
      int level) {
    if (level > RECURSION_LIMIT) {
      return;
    }
    double x12 = (x1 + x2) / 2;
    double y12 = (y1 + y2) / 2;
    double x23 = (x2 + x3) / 2;
    double y23 = (y2 + y3) / 2;
    double x34 = (x3 + x4) / 2;
    double y34 = (y3 + y4) / 2;
    double x123 = (x12 + x23) / 2;
    double y123 = (y12 + y23) / 2;
    double x234 = (x23 + x34) / 2;
    double y234 = (y23 + y34) / 2;
    double x1234 = (x123 + x234) / 2;
    double y1234 = (y123 + y234) / 2;
    double dx = x4 - x1;
    double dy = y4 - y1;
    double d2 = Math.abs((x2 - x4) * dy - (y2 - y4) * dx);
    double d3 = Math.abs((x3 - x4) * dy - (y3 - y4) * dx);
    int kind = (d2 > COLLINEARITY_EPSILON ? 2 : 0) + (d3 > COLLINEARITY_EPSILON ? 1 : 0);
    double base = dx * dx + dy * dy;
    switch (kind) {
      case 0 -> {
        if (base == 0) {
          d2 = sq(x1, y1, x2, y2);
          d3 = sq(x4, y4, x3, y3);
        } else {
          double kk = 1 / base;
          d2 = kk * ((x2 - x1) * dx + (y2 - y1) * dy);
          d3 = kk * ((x3 - x1) * dx + (y3 - y1) * dy);
          if (d2 > 0 && d2 < 1 && d3 > 0 && d3 < 1) {
            return;
          }
          d2 =
              d2 <= 0
                  ? sq(x2, y2, x1, y1)
                  : d2 >= 1 ? sq(x2, y2, x4, y4) : sq(x2, y2, x1 + d2 * dx, y1 + d2 * dy);
          d3 =
              d3 <= 0
                  ? sq(x3, y3, x1, y1)
                  : d3 >= 1 ? sq(x3, y3, x4, y4) : sq(x3, y3, x1 + d3 * dx, y1 + d3 * dy);
        }
        if (d2 > d3) {
          if (d2 < TOLERANCE_SQ) {
            out.add(x2, y2);
            return;
          }
        } else if (d3 < TOLERANCE_SQ) {
          out.add(x3, y3);
          return;
        }
      }
      case 1 -> {
        if (d3 * d3 <= TOLERANCE_SQ * base) {
          out.add(x23, y23);
          return;
        }
      }
      case 2 -> {
        if (d2 * d2 <= TOLERANCE_SQ * base) {
          out.add(x23, y23);
          return;
        }
      }
      default -> {
        if ((d2 + d3) * (d2 + d3) <= TOLERANCE_SQ * base) {
          out.add(x23, y23);
          return;
        }
      }
    }
    bezier4(x1, y1, x12, y12, x123, y123, x1234, y1234, level + 1);
    bezier4(x1234, y1234, x234, y234, x34, y34, x4, y4, level + 1);
  }

  private static double sq(double x1, double y1, double x2, double y2) {
    double dx = x2 - x1;
    double dy = y2 - y1;
    return dx * dx + dy * dy;
  }
}
