package io.windlass.render;

import java.util.Arrays;

/**
 * Outlines of stroked polylines with AGG's geometry ({@code vcgen_stroke}, {@code math_stroke},
 * {@code vcgen_dash}), which Mapnik strokes lines with: miter joins clipped at the miter limit
 * (Mapnik maps {@code miter-revert} to the same), AGG's inner joins, round joins and caps
 * approximated as AGG does. Outlines go to a {@link CellRasterizer}, to be filled non-zero.
 * Confined to one thread.
 */
final class LineStroker {

  enum Join {
    MITER,
    ROUND,
    BEVEL
  }

  enum Cap {
    BUTT,
    ROUND,
    SQUARE
  }

  private static final double VERTEX_EPSILON = 1e-14;
  private static final double INTERSECTION_EPSILON = 1e-30;
  private static final double INNER_MITER_LIMIT = 1.01;

  private double width = 0.5; // half the line width, as AGG keeps it
  private double widthAbs = 0.5;
  private double widthEps = 0.5 / 1024;
  private Join join = Join.MITER;
  private Cap cap = Cap.BUTT;
  private double miterLimit = 4;
  private double approxScale = 1;

  // The source polyline without coincident vertices; dist[i] = |v[i] v[i+1]|.
  private double[] vx = new double[256];
  private double[] vy = new double[256];
  private double[] dist = new double[256];
  private int n;

  // One join's or cap's output vertices.
  private final PointBuffer joinPoints = new PointBuffer(64);

  private final double[] hit = new double[2];
  private CellRasterizer out;
  private boolean first;

  /** Sets the stroke: full line width in pixels, join, cap, miter limit, arc approximation. */
  void configure(double lineWidth, Join join, Cap cap, double miterLimit, double approxScale) {
    this.width = lineWidth / 2;
    this.widthAbs = Math.abs(width);
    this.widthEps = width / 1024;
    this.join = join;
    this.cap = cap;
    this.miterLimit = miterLimit;
    this.approxScale = approxScale;
  }

  /** Outlines the polyline of {@code count} vertices (closed: a ring, without repeating start). */
  void stroke(double[] xs, double[] ys, int count, boolean closed, CellRasterizer target) {
    load(xs, ys, count, closed);
    emit(closed, target);
  }

  /**
   * Outlines the dashes of the polyline ({@code dashes}: dash and gap lengths alternating, at least
   * two, all in pixels), each dash an open stroke with caps, as {@code vcgen_dash} feeds {@code
   * vcgen_stroke}.
   */
  void dashed(
      double[] xs,
      double[] ys,
      int count,
      boolean closed,
      double[] dashes,
      double dashStart,
      CellRasterizer target) {
    load(xs, ys, count, closed);
    if (n < 2) {
      return;
    }
    double[] sx = Arrays.copyOf(vx, n);
    double[] sy = Arrays.copyOf(vy, n);
    double[] sd = Arrays.copyOf(dist, n);
    int srcCount = n;
    PointBuffer piece = new PointBuffer(16);
    int dash = 0;
    double dashPos = 0;
    double ds = Math.abs(dashStart);
    while (ds > 0) { // calc_dash_start
      if (ds > dashes[dash]) {
        ds -= dashes[dash];
        dash = (dash + 1) % dashes.length;
        dashPos = 0;
      } else {
        dashPos = ds;
        ds = 0;
      }
    }
    int src = 1;
    int i1 = 0;
    int i2 = 1;
    double rest = sd[0];
    piece.add(sx[0], sy[0]);
    boolean drawing = (dash & 1) == 0;
    while (true) {
      double dashRest = dashes[dash] - dashPos;
      boolean lineTo = (dash & 1) == 0;
      double x;
      double y;
      boolean stop = false;
      if (rest > dashRest) {
        rest -= dashRest;
        dash = (dash + 1) % dashes.length;
        dashPos = 0;
        x = sx[i2] - (sx[i2] - sx[i1]) * rest / sd[i1];
        y = sy[i2] - (sy[i2] - sy[i1]) * rest / sd[i1];
      } else {
        dashPos += rest;
        x = sx[i2];
        y = sy[i2];
        src++;
        i1 = i2;
        rest = sd[i1];
        if (closed) {
          if (src > srcCount) {
            stop = true;
          } else {
            i2 = src >= srcCount ? 0 : src;
          }
        } else if (src >= srcCount) {
          stop = true;
        } else {
          i2 = src;
        }
      }
      if (lineTo) {
        piece.add(x, y);
        drawing = true;
      } else {
        if (drawing && piece.size > 1) {
          stroke(piece.x, piece.y, piece.size, false, target);
        }
        piece.clear();
        piece.add(x, y);
        drawing = false;
      }
      if (stop) {
        break;
      }
    }
    if (piece.size > 1) {
      stroke(piece.x, piece.y, piece.size, false, target);
    }
  }

  private void load(double[] xs, double[] ys, int count, boolean closed) {
    if (vx.length < count + 1) {
      vx = new double[count + 1];
      vy = new double[count + 1];
      dist = new double[count + 1];
    }
    n = 0;
    for (int i = 0; i < count; i++) {
      if (n > 0 && distance(xs[i] - vx[n - 1], ys[i] - vy[n - 1]) <= VERTEX_EPSILON) {
        continue;
      }
      vx[n] = xs[i];
      vy[n] = ys[i];
      n++;
    }
    if (closed) {
      while (n > 1 && distance(vx[n - 1] - vx[0], vy[n - 1] - vy[0]) <= VERTEX_EPSILON) {
        n--;
      }
    }
    for (int i = 0; i < n; i++) {
      int j = i + 1 < n ? i + 1 : 0;
      dist[i] = distance(vx[j] - vx[i], vy[j] - vy[i]);
    }
  }

  /** {@code vcgen_stroke}'s vertex sequence for the loaded polyline. */
  private void emit(boolean closed, CellRasterizer target) {
    if (n < 3) {
      closed = false;
    }
    if (n < 2 + (closed ? 1 : 0)) {
      return;
    }
    this.out = target;
    first = true;
    if (closed) {
      for (int i = 0; i < n; i++) {
        join(prev(i), i, next(i), dist[prev(i)], dist[i]);
      }
      first = true;
      for (int i = n - 1; i >= 0; i--) {
        join(next(i), i, prev(i), dist[i], dist[prev(i)]);
      }
    } else {
      cap(0, 1, dist[0]);
      for (int i = 1; i < n - 1; i++) {
        join(i - 1, i, i + 1, dist[i - 1], dist[i]);
      }
      cap(n - 1, n - 2, dist[n - 2]);
      for (int i = n - 2; i >= 1; i--) {
        join(i + 1, i, i - 1, dist[i], dist[i - 1]);
      }
    }
    target.close();
    this.out = null;
  }

  private int prev(int i) {
    return i == 0 ? n - 1 : i - 1;
  }

  private int next(int i) {
    return i + 1 == n ? 0 : i + 1;
  }

  private void flush() {
    for (int k = 0; k < joinPoints.size; k++) {
      if (first) {
        out.moveTo(joinPoints.x[k], joinPoints.y[k]);
        first = false;
      } else {
        out.lineTo(joinPoints.x[k], joinPoints.y[k]);
      }
    }
    joinPoints.clear();
  }

  private void add(double x, double y) {
    joinPoints.add(x, y);
  }

  /** {@code math_stroke::calc_cap} at v0, for the segment towards v1. */
  private void cap(int i0, int i1, double len) {
    joinPoints.clear();
    double x0 = vx[i0];
    double y0 = vy[i0];
    double dx1 = (vy[i1] - y0) / len * width;
    double dy1 = (vx[i1] - x0) / len * width;
    if (cap != Cap.ROUND) {
      double dx2 = 0;
      double dy2 = 0;
      if (cap == Cap.SQUARE) {
        dx2 = dy1;
        dy2 = dx1;
      }
      add(x0 - dx1 - dx2, y0 + dy1 - dy2);
      add(x0 + dx1 - dx2, y0 - dy1 - dy2);
    } else {
      double da = Math.acos(widthAbs / (widthAbs + 0.125 / approxScale)) * 2;
      int steps = (int) (Math.PI / da);
      da = Math.PI / (steps + 1);
      add(x0 - dx1, y0 + dy1);
      double a1 = Math.atan2(dy1, -dx1) + da;
      for (int k = 0; k < steps; k++) {
        add(x0 + Math.cos(a1) * width, y0 + Math.sin(a1) * width);
        a1 += da;
      }
      add(x0 + dx1, y0 - dy1);
    }
    flush();
  }

  /** {@code math_stroke::calc_join} at v1 between segments v0-v1 (len1) and v1-v2 (len2). */
  private void join(int i0, int i1, int i2, double len1, double len2) {
    joinPoints.clear();
    double x0 = vx[i0];
    double y0 = vy[i0];
    double x1 = vx[i1];
    double y1 = vy[i1];
    double x2 = vx[i2];
    double y2 = vy[i2];
    double dx1 = width * (y1 - y0) / len1;
    double dy1 = width * (x1 - x0) / len1;
    double dx2 = width * (y2 - y1) / len2;
    double dy2 = width * (x2 - x1) / len2;
    double cp = cross(x0, y0, x1, y1, x2, y2);
    if ((cp > VERTEX_EPSILON && width > 0) || (cp < -VERTEX_EPSILON && width < 0)) {
      double limit = Math.min(len1, len2) / widthAbs;
      if (limit < INNER_MITER_LIMIT) {
        limit = INNER_MITER_LIMIT;
      }
      miter(x0, y0, x1, y1, x2, y2, dx1, dy1, dx2, dy2, true, limit, 0);
    } else {
      double dx = (dx1 + dx2) / 2;
      double dy = (dy1 + dy2) / 2;
      double dbevel = Math.sqrt(dx * dx + dy * dy);
      if ((join == Join.ROUND || join == Join.BEVEL)
          && approxScale * (widthAbs - dbevel) < widthEps) {
        // Almost collinear segments: one vertex is enough.
        if (intersection(
            x0 + dx1, y0 - dy1, x1 + dx1, y1 - dy1, x1 + dx2, y1 - dy2, x2 + dx2, y2 - dy2, hit)) {
          add(hit[0], hit[1]);
        } else {
          add(x1 + dx1, y1 - dy1);
        }
        flush();
        return;
      }
      switch (join) {
        case MITER -> miter(x0, y0, x1, y1, x2, y2, dx1, dy1, dx2, dy2, false, miterLimit, dbevel);
        case ROUND -> arc(x1, y1, dx1, -dy1, dx2, -dy2);
        case BEVEL -> {
          add(x1 + dx1, y1 - dy1);
          add(x1 + dx2, y1 - dy2);
        }
      }
    }
    flush();
  }

  /** {@code math_stroke::calc_miter}; {@code revert}: bevel beyond the limit (inner joins). */
  private void miter(
      double x0,
      double y0,
      double x1,
      double y1,
      double x2,
      double y2,
      double dx1,
      double dy1,
      double dx2,
      double dy2,
      boolean revert,
      double mlimit,
      double dbevel) {
    double xi = x1;
    double yi = y1;
    double di = 1;
    double lim = widthAbs * mlimit;
    boolean exceeded = true;
    boolean failed = true;
    if (intersection(
        x0 + dx1, y0 - dy1, x1 + dx1, y1 - dy1, x1 + dx2, y1 - dy2, x2 + dx2, y2 - dy2, hit)) {
      xi = hit[0];
      yi = hit[1];
      di = distance(xi - x1, yi - y1);
      if (di <= lim) {
        add(xi, yi);
        exceeded = false;
      }
      failed = false;
    } else {
      // Collinear: straight on, or doubling back.
      double px = x1 + dx1;
      double py = y1 - dy1;
      if ((cross(x0, y0, x1, y1, px, py) < 0) == (cross(x1, y1, x2, y2, px, py) < 0)) {
        add(x1 + dx1, y1 - dy1);
        exceeded = false;
      }
    }
    if (exceeded) {
      if (revert) {
        add(x1 + dx1, y1 - dy1);
        add(x1 + dx2, y1 - dy2);
      } else if (failed) {
        add(x1 + dx1 + dy1 * mlimit, y1 - dy1 + dx1 * mlimit);
        add(x1 + dx2 - dy2 * mlimit, y1 - dy2 - dx2 * mlimit);
      } else {
        double ax = x1 + dx1;
        double ay = y1 - dy1;
        double bx = x1 + dx2;
        double by = y1 - dy2;
        double f = (lim - dbevel) / (di - dbevel);
        add(ax + (xi - ax) * f, ay + (yi - ay) * f);
        add(bx + (xi - bx) * f, by + (yi - by) * f);
      }
    }
  }

  /** {@code math_stroke::calc_arc} around (x, y). */
  private void arc(double x, double y, double dx1, double dy1, double dx2, double dy2) {
    double a1 = Math.atan2(dy1, dx1);
    double a2 = Math.atan2(dy2, dx2);
    double da = Math.acos(widthAbs / (widthAbs + 0.125 / approxScale)) * 2;
    add(x + dx1, y + dy1);
    if (a1 > a2) {
      a2 += 2 * Math.PI;
    }
    int steps = (int) ((a2 - a1) / da);
    da = (a2 - a1) / (steps + 1);
    a1 += da;
    for (int k = 0; k < steps; k++) {
      add(x + Math.cos(a1) * width, y + Math.sin(a1) * width);
      a1 += da;
    }
    add(x + dx2, y + dy2);
  }

  /** AGG's {@code calc_distance}; {@code Math.hypot} guards against overflow at 5x the cost. */
  private static double distance(double dx, double dy) {
    return Math.sqrt(dx * dx + dy * dy);
  }

  private static double cross(double x1, double y1, double x2, double y2, double x, double y) {
    return (x - x2) * (y2 - y1) - (y - y2) * (x2 - x1);
  }

  private static boolean intersection(
      double ax,
      double ay,
      double bx,
      double by,
      double cx,
      double cy,
      double dx,
      double dy,
      double[] xy) {
    double num = (ay - cy) * (dx - cx) - (ax - cx) * (dy - cy);
    double den = (bx - ax) * (dy - cy) - (by - ay) * (dx - cx);
    if (Math.abs(den) < INTERSECTION_EPSILON) {
      return false;
    }
    double r = num / den;
    xy[0] = ax + r * (bx - ax);
    xy[1] = ay + r * (by - ay);
    return true;
  }
}
