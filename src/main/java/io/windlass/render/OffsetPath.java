package io.windlass.render;

/**
 * Mapnik 3's {@code offset_converter} ({@code line-offset}): a line or ring displaced by {@code
 * offset} pixels to the right of its direction of travel (negative: left), in screen space. Inside
 * corners get one point where the offset edges meet (limited when they meet far away), outside
 * corners an arc of up to 16 steps per half turn; loops the offset makes at tight turns are cut off
 * where the path crosses itself within {@code 5 × offset}. Confined to one thread.
 */
final class OffsetPath {

  private static final double THRESHOLD = 5.0;
  private static final int HALF_TURN_SEGMENTS = 16;

  private final PointBuffer out = new PointBuffer(256);
  private final PointBuffer cut = new PointBuffer(256);
  private double offset;
  private double preFirstX;
  private double preFirstY;

  /**
   * Sends the offset of ({@code xs, ys}) ({@code closed}: a ring without its repeated first vertex)
   * to {@code sink}, as a ring again when closed.
   */
  void offset(
      double[] xs, double[] ys, int n, boolean closed, double offset, PixelSequences.Sink sink) {
    if (n < 2 || offset == 0) {
      if (n >= 2) {
        sink.accept(xs, ys, n, closed);
      }
      return;
    }
    this.offset = offset;
    out.clear();
    if (closed) {
      ring(xs, ys, n);
    } else {
      line(xs, ys, n);
    }
    removeLoops();
    if (cut.size >= 2) {
      sink.accept(cut.x, cut.y, cut.size, closed);
    }
  }

  private void line(double[] xs, double[] ys, int n) {
    double b = Math.atan2(ys[1] - ys[0], xs[1] - xs[0]);
    double x0 = xs[0] - offset * Math.sin(b);
    double y0 = ys[0] + offset * Math.cos(b);
    out.add(x0, y0);
    // a vertex before the first, so that no loop is cut at the start
    preFirstX = x0 - 2 * Math.abs(offset) * Math.cos(b);
    preFirstY = y0 - 2 * Math.abs(offset) * Math.sin(b);
    for (int i = 1; i < n - 1; i++) {
      joint(xs[i - 1], ys[i - 1], xs[i], ys[i], xs[i + 1], ys[i + 1]);
    }
    double a = Math.atan2(ys[n - 1] - ys[n - 2], xs[n - 1] - xs[n - 2]);
    out.add(xs[n - 1] - offset * Math.sin(a), ys[n - 1] + offset * Math.cos(a));
  }

  private void ring(double[] xs, double[] ys, int n) {
    double px = xs[n - 1];
    double py = ys[n - 1];
    double a = Math.atan2(ys[0] - py, xs[0] - px);
    double b = Math.atan2(ys[1] - ys[0], xs[1] - xs[0]);
    double joint = jointAngle(px - xs[0], py - ys[0], xs[1] - xs[0], ys[1] - ys[0]);
    if (Math.abs(joint) > Math.PI) {
      out.add(xs[0] - offset * Math.sin(b), ys[0] + offset * Math.cos(b)); // no arc at the start
    } else {
      double[] v = displace2(xs[0], ys[0], px, py, xs[1], ys[1], a, b);
      out.add(v[0], v[1]);
    }
    preFirstX = xs[0];
    preFirstY = ys[0];
    for (int i = 1; i <= n; i++) {
      int prev = i - 1;
      int here = i % n;
      int next = (i + 1) % n;
      joint(xs[prev], ys[prev], xs[here], ys[here], xs[next], ys[next]);
    }
  }

  /** The offset vertices at v1, coming from v0 and going to v2. */
  private void joint(double x0, double y0, double x1, double y1, double x2, double y2) {
    double a = Math.atan2(y1 - y0, x1 - x0);
    double b = Math.atan2(y2 - y1, x2 - x1);
    double joint = jointAngle(x0 - x1, y0 - y1, x2 - x1, y2 - y1);
    if (Math.abs(joint) <= Math.PI) {
      double[] v = displace2(x1, y1, x0, y0, x2, y2, a, b);
      out.add(v[0], v[1]);
      return;
    }
    double curve = b - a;
    while (curve > Math.PI) {
      curve -= 2 * Math.PI;
    }
    while (curve < -Math.PI) {
      curve += 2 * Math.PI;
    }
    int steps = 1 + (int) Math.floor(HALF_TURN_SEGMENTS * Math.abs(curve) / Math.PI);
    out.add(x1 - offset * Math.sin(a), y1 + offset * Math.cos(a));
    for (int s = 1; s < steps; s++) {
      double c = a + curve * s / steps;
      out.add(x1 - offset * Math.sin(c), y1 + offset * Math.cos(c));
    }
    out.add(x1 - offset * Math.sin(b), y1 + offset * Math.cos(b));
  }

  /** The angle at v1 between v1→v0 and v1→v2, measured on the side the offset goes to. */
  private double jointAngle(double x1x0, double y1y0, double x1x2, double y1y2) {
    double dot = x1x0 * x1x2 + y1y0 * y1y2;
    double det = x1x0 * y1y2 - y1y0 * x1x2;
    double angle = Math.atan2(det, dot);
    if (offset > 0) {
      angle = 2 * Math.PI - angle;
    } else if (angle < 0) {
      angle += 2 * Math.PI;
    }
    if (angle >= 2 * Math.PI) {
      angle -= 2 * Math.PI;
    }
    return angle;
  }

  /** Mapnik's {@code displace2}: the inside corner point at v1. */
  private double[] displace2(
      double x1, double y1, double x0, double y0, double x2, double y2, double a, double b) {
    double sa = offset * Math.sin(a);
    double ca = offset * Math.cos(a);
    double h = Math.tan(0.5 * (b - a));
    double hsa = h * sa;
    double hca = h * ca;
    double absOffset = Math.abs(offset);
    double hsaca = ca - hsa;
    double hcasa = -sa - hca;
    double tx = x1 - sa - hca;
    double ty = y1 + ca - hsa;
    int same = side(x0, y0, x2, y2, tx, ty) * side(x0, y0, x2, y2, x1, y1);
    if (same >= 0 && Math.abs(h) < 10) {
      return new double[] {tx, ty};
    }
    double d01 = (x0 - x1) * (x0 - x1) + (y0 - y1) * (y0 - y1);
    double d02 = (x0 - x2) * (x0 - x2) + (y0 - y2) * (y0 - y2);
    if (d01 + d02 > offset * offset) {
      if (Math.abs(hsa) > absOffset || Math.abs(hca) > absOffset) {
        double scale = Math.max(Math.abs(hsa), Math.abs(hca));
        scale = scale < 1e-6 ? 1 : absOffset / scale;
        hsa *= scale;
        sa *= scale;
        hca *= scale;
        ca *= scale;
      }
      return new double[] {x1 - sa - hca, y1 + ca - hsa};
    }
    double d = hsaca * hsaca + hcasa * hcasa;
    if (d > absOffset * absOffset) {
      double scale = absOffset * absOffset / (d < 1e-6 ? 1 : d);
      return new double[] {x1 + hcasa * scale, y1 + hsaca * scale};
    }
    return new double[] {x1 + hcasa, y1 + hsaca};
  }

  /** Which side of the line a→b point p lies on: 1, −1, or 0 within 1e-6. */
  private static int side(double ax, double ay, double bx, double by, double px, double py) {
    double position = (bx - ax) * (py - ay) - (by - ay) * (px - ax);
    if (Math.abs(position) < 1e-6) {
      return 0;
    }
    return position > 0 ? 1 : -1;
  }

  /**
   * Mapnik's output loop: each vertex's incoming edge is cut where it crosses a later edge nearby,
   * and the vertices of the loop between are skipped.
   */
  private void removeLoops() {
    cut.clear();
    double checkDist = offset * THRESHOLD;
    double checkSq = checkDist * checkDist;
    double preX = preFirstX;
    double preY = preFirstY;
    int size = out.size;
    int pos = 0;
    double[] st = new double[2];
    while (pos < size) {
      double curX = out.x[pos];
      double curY = out.y[pos];
      pos++;
      if (pos == size) {
        cut.add(curX, curY);
        break;
      }
      double t = 1.0;
      for (int i = pos; i + 1 < size; i++) {
        double u0x = out.x[i];
        double u0y = out.y[i];
        double dx = u0x - curX;
        double dy = u0y - curY;
        if (dx * dx + dy * dy > checkSq) {
          break;
        }
        if (!intersection(preX, preY, curX, curY, u0x, u0y, out.x[i + 1], out.y[i + 1], st)) {
          continue;
        }
        double vt = st[0];
        double ut = st[1];
        if (vt < 0 || vt > t || ut < 0 || ut > 1) {
          continue;
        }
        t = vt;
        pos = i + 1;
      }
      curX = preX + t * (curX - preX);
      curY = preY + t * (curY - preY);
      cut.add(curX, curY);
      preX = curX;
      preY = curY;
    }
  }

  /**
   * Where segment v1→v2 meets u1→u2: {t along v, s along u} in {@code out}; false when parallel or
   * v is too short.
   */
  private static boolean intersection(
      double v1x,
      double v1y,
      double v2x,
      double v2y,
      double u1x,
      double u1y,
      double u2x,
      double u2y,
      double[] out) {
    double vx = v2x - v1x;
    double vy = v2y - v1y;
    if (Math.abs(vx) < 1e-6 && Math.abs(vy) < 1e-6) {
      return false;
    }
    double ux = u2x - u1x;
    double uy = u2y - u1y;
    double dn = vx * uy - ux * vy;
    if (Math.abs(dn) < 1e-6) {
      return false;
    }
    double dx = v1x - u1x;
    double dy = v1y - u1y;
    double t = (ux * dy - dx * uy) / dn;
    double s;
    if (Math.abs(ux) > 1e-6) {
      s = (t * vx + dx) / ux;
    } else {
      s = (t * vy + dy) / uy;
    }
    out[0] = t;
    out[1] = s;
    return true;
  }
}
