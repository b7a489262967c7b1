package io.windlass.render;

/**
 * FreeType's path stroker ({@code ftstroke.c}, as {@code FT_Glyph_Stroke} runs it for Mapnik's
 * halos: round joins, closed contours), in floating point with the stroker's points rounded to 26.6
 * as FreeType's are. Each contour gives two borders, the left one and the reversed right one, so
 * that filled non-zero they make the ring of the stroke. Inside corners are cut through the corner
 * point unless both segments are lines long enough for the offset lines to meet (what makes a halo
 * thinner than a true offset in a glyph's narrow counters); curves are offset arc by arc, split
 * until each turns by less than 30 degrees; round joins are cubic arcs of at most 90 degrees.
 * Coordinates are 26.6 units throughout. Not thread-safe; reusable.
 */
final class GlyphStroker {

  /** Receives the stroke outline: contours of lines, conics and cubics, 26.6 units. */
  interface Sink {
    void moveTo(long x, long y);

    void lineTo(long x, long y);

    void conicTo(long cx, long cy, long x, long y);

    void cubicTo(long c1x, long c1y, long c2x, long c2y, long x, long y);

    void close();
  }

  private static final double PI = Math.PI;
  private static final double PI2 = Math.PI / 2;
  private static final double SMALL_CONIC_THRESHOLD = PI / 6;
  private static final double ARC_CUBIC_ANGLE = PI / 2;
  // FreeType's limit for intersecting inside corners: 0x59C000 (89.6 degrees) in 16.16 degrees.
  private static final double U_TURN = Math.toRadians(0x59C000 / 65536.0);

  private static final byte TAG_ON = 1;
  private static final byte TAG_CUBIC = 2;
  private static final byte TAG_BEGIN = 4;
  private static final byte TAG_END = 8;

  /** One border: FreeType's {@code FT_StrokeBorderRec}. */
  private static final class Border {
    long[] xs = new long[64];
    long[] ys = new long[64];
    byte[] tags = new byte[64];
    int n;
    int start = -1;
    boolean movable;

    void reset() {
      n = 0;
      start = -1;
      movable = false;
    }

    private void grow(int more) {
      if (n + more > xs.length) {
        int cap = Math.max(xs.length * 2, n + more);
        xs = java.util.Arrays.copyOf(xs, cap);
        ys = java.util.Arrays.copyOf(ys, cap);
        tags = java.util.Arrays.copyOf(tags, cap);
      }
    }

    void lineTo(long x, long y, boolean movableEnd) {
      if (movable) {
        xs[n - 1] = x;
        ys[n - 1] = y;
      } else {
        if (n > 0 && isSmall(xs[n - 1] - x) && isSmall(ys[n - 1] - y)) {
          return;
        }
        grow(1);
        xs[n] = x;
        ys[n] = y;
        tags[n] = TAG_ON;
        n++;
      }
      movable = movableEnd;
    }

    void conicTo(long cx, long cy, long x, long y) {
      grow(2);
      xs[n] = cx;
      ys[n] = cy;
      tags[n] = 0;
      xs[n + 1] = x;
      ys[n + 1] = y;
      tags[n + 1] = TAG_ON;
      n += 2;
      movable = false;
    }

    void cubicTo(long c1x, long c1y, long c2x, long c2y, long x, long y) {
      grow(3);
      xs[n] = c1x;
      ys[n] = c1y;
      tags[n] = TAG_CUBIC;
      xs[n + 1] = c2x;
      ys[n + 1] = c2y;
      tags[n + 1] = TAG_CUBIC;
      xs[n + 2] = x;
      ys[n + 2] = y;
      tags[n + 2] = TAG_ON;
      n += 3;
      movable = false;
    }

    void moveTo(long x, long y) {
      if (start >= 0) {
        close(false);
      }
      start = n;
      movable = false;
      lineTo(x, y, false);
    }

    /** Ends the current contour; its last point replaces its first ("adjusted" start). */
    void close(boolean reverse) {
      int count = n;
      if (count <= start + 1) {
        n = start;
      } else {
        n = --count;
        xs[start] = xs[count];
        ys[start] = ys[count];
        if (reverse) {
          for (int a = start + 1, b = count - 1; a < b; a++, b--) {
            long t = xs[a];
            xs[a] = xs[b];
            xs[b] = t;
            t = ys[a];
            ys[a] = ys[b];
            ys[b] = t;
            byte g = tags[a];
            tags[a] = tags[b];
            tags[b] = g;
          }
        }
        tags[start] |= TAG_BEGIN;
        tags[count - 1] |= TAG_END;
      }
      start = -1;
      movable = false;
    }

    /** Emits the closed contours, decomposed as {@code FT_Outline_Decompose} would. */
    void export(Sink sink) {
      int i = 0;
      while (i < n) {
        int first = i;
        int last = i;
        while (last < n && (tags[last] & TAG_END) == 0) {
          last++;
        }
        if (last >= n) {
          return; // an unterminated contour: FreeType refuses the outline
        }
        sink.moveTo(xs[first], ys[first]);
        int k = first + 1;
        while (k <= last) {
          if ((tags[k] & TAG_ON) != 0) {
            sink.lineTo(xs[k], ys[k]);
            k++;
          } else if ((tags[k] & TAG_CUBIC) != 0) {
            int end = k + 2 <= last ? k + 2 : first;
            sink.cubicTo(xs[k], ys[k], xs[k + 1], ys[k + 1], xs[end], ys[end]);
            k += 3;
          } else {
            int end = k + 1 <= last ? k + 1 : first;
            sink.conicTo(xs[k], ys[k], xs[end], ys[end]);
            k += 2;
          }
        }
        sink.close();
        i = last + 1;
      }
    }
  }

  private final Border[] borders = {new Border(), new Border()};
  private double radius;
  private double angleIn;
  private double angleOut;
  private long centerX;
  private long centerY;
  private double lineLength;
  private boolean firstPoint;
  private double subpathAngle;
  private long subpathStartX;
  private long subpathStartY;
  private double subpathLineLength;

  /** Starts a new stroke of {@code radius26} (26.6 units). */
  void begin(long radius26) {
    radius = radius26;
    borders[0].reset();
    borders[1].reset();
  }

  private static boolean isSmall(long v) {
    return v > -2 && v < 2;
  }

  /** FreeType's {@code FT_Angle_Diff}: a2 - a1 in (-pi, pi]. */
  private static double diff(double a1, double a2) {
    double d = a2 - a1;
    while (d <= -PI) {
      d += 2 * PI;
    }
    while (d > PI) {
      d -= 2 * PI;
    }
    return d;
  }

  private static double atan2(long x, long y) {
    return Math.atan2(y, x);
  }

  private static long polarX(double length, double angle) {
    return Math.round(length * Math.cos(angle));
  }

  private static long polarY(double length, double angle) {
    return Math.round(length * Math.sin(angle));
  }

  private static double sideToRotate(int side) {
    return PI2 - side * PI;
  }

  // ---- joins ----

  private void arcTo(int side) {
    double rotate = sideToRotate(side);
    double total = diff(angleIn, angleOut);
    if (total == PI) {
      total = -rotate * 2;
    }
    borderArcTo(borders[side], centerX, centerY, angleIn + rotate, total);
    borders[side].movable = false;
  }

  private void borderArcTo(Border b, long cx, long cy, double angleStart, double angleDiff) {
    long ax = polarX(radius, angleStart) + cx;
    long ay = polarY(radius, angleStart) + cy;
    double total = angleDiff;
    double angle = angleStart;
    double rotate = angleDiff >= 0 ? PI2 : -PI2;
    while (total != 0) {
      double step = Math.max(-ARC_CUBIC_ANGLE, Math.min(ARC_CUBIC_ANGLE, total));
      double next = angle + step;
      double theta = Math.abs(step) / 2;
      long bx = polarX(radius, next) + cx;
      long by = polarY(radius, next) + cy;
      double length = radius * Math.sin(theta) * 4 / ((1 + Math.cos(theta)) * 3);
      long a2x = polarX(length, angle + rotate) + ax;
      long a2y = polarY(length, angle + rotate) + ay;
      long b2x = polarX(length, next - rotate) + bx;
      long b2y = polarY(length, next - rotate) + by;
      b.cubicTo(a2x, a2y, b2x, b2y, bx, by);
      ax = bx;
      ay = by;
      total -= step;
      angle = next;
    }
  }

  private void inside(int side, double lineLen) {
    Border border = borders[side];
    double rotate = sideToRotate(side);
    double theta = diff(angleIn, angleOut) / 2;
    boolean intersect;
    if (!border.movable || lineLen == 0 || theta > U_TURN || theta < -U_TURN) {
      intersect = false;
    } else {
      double minLength = Math.abs(radius * Math.sin(theta) / Math.cos(theta));
      intersect = Math.round(minLength) != 0 && lineLength >= minLength && lineLen >= minLength;
    }
    long dx;
    long dy;
    if (!intersect) {
      dx = polarX(radius, angleOut + rotate) + centerX;
      dy = polarY(radius, angleOut + rotate) + centerY;
      border.movable = false;
    } else {
      double phi = angleIn + theta + rotate;
      double length = radius / Math.cos(theta);
      dx = polarX(length, phi) + centerX;
      dy = polarY(length, phi) + centerY;
    }
    border.lineTo(dx, dy, false);
  }

  private void processCorner(double lineLen) {
    double turn = diff(angleIn, angleOut);
    if (turn == 0) {
      return;
    }
    int insideSide = turn < 0 ? 1 : 0;
    inside(insideSide, lineLen);
    arcTo(1 - insideSide); // the outside corner: always round for halos
  }

  private void subpathStart(double startAngle, double lineLen) {
    long dx = polarX(radius, startAngle + PI2);
    long dy = polarY(radius, startAngle + PI2);
    borders[0].moveTo(centerX + dx, centerY + dy);
    borders[1].moveTo(centerX - dx, centerY - dy);
    subpathAngle = startAngle;
    firstPoint = false;
    subpathLineLength = lineLen;
  }

  // ---- path input (FT_Stroker_BeginSubPath, LineTo, ConicTo, EndSubPath) ----

  void moveTo(long x, long y) {
    firstPoint = true;
    centerX = x;
    centerY = y;
    subpathStartX = x;
    subpathStartY = y;
    angleIn = 0;
  }

  void lineTo(long x, long y) {
    long ddx = x - centerX;
    long ddy = y - centerY;
    if (ddx == 0 && ddy == 0) {
      return;
    }
    double len = Math.hypot(ddx, ddy);
    double angle = atan2(ddx, ddy);
    long dx = polarX(radius, angle + PI2);
    long dy = polarY(radius, angle + PI2);
    if (firstPoint) {
      subpathStart(angle, len);
    } else {
      angleOut = angle;
      processCorner(len);
    }
    for (int side = 1, b = 0; side >= 0; side--, b++) {
      borders[b].lineTo(x + dx, y + dy, true);
      dx = -dx;
      dy = -dy;
    }
    angleIn = angle;
    centerX = x;
    centerY = y;
    lineLength = len;
  }

  void conicTo(long cx, long cy, long x, long y) {
    if (isSmall(centerX - cx) && isSmall(centerY - cy) && isSmall(cx - x) && isSmall(cy - y)) {
      centerX = x;
      centerY = y;
      return;
    }
    long[] arc = new long[2 * 34];
    int a = 0;
    arc[0] = x;
    arc[1] = y;
    arc[2] = cx;
    arc[3] = cy;
    arc[4] = centerX;
    arc[5] = centerY;
    int limit = 2 * 30;
    boolean firstArc = true;
    double[] angles = new double[2];
    while (a >= 0) {
      angles[0] = angleIn;
      angles[1] = angleIn;
      if (a < limit && !conicSmallEnough(arc, a, angles)) {
        if (firstPoint) {
          angleIn = angles[0];
        }
        splitConic(arc, a);
        a += 4;
        continue;
      }
      double in = angles[0];
      double out = angles[1];
      if (firstArc) {
        firstArc = false;
        if (firstPoint) {
          subpathStart(in, 0);
        } else {
          angleOut = in;
          processCorner(0);
        }
      } else if (Math.abs(diff(angleIn, in)) > SMALL_CONIC_THRESHOLD / 4) {
        // too sharp a turn from one arc to the next: a round corner
        centerX = arc[a + 4];
        centerY = arc[a + 5];
        angleOut = in;
        processCorner(0);
      }
      double theta = diff(in, out) / 2;
      double phi = in + theta;
      double length = radius / Math.cos(theta);
      for (int side = 0; side <= 1; side++) {
        double rotate = sideToRotate(side);
        long ctrlX = polarX(length, phi + rotate) + arc[a + 2];
        long ctrlY = polarY(length, phi + rotate) + arc[a + 3];
        long endX = polarX(radius, out + rotate) + arc[a];
        long endY = polarY(radius, out + rotate) + arc[a + 1];
        borders[side].conicTo(ctrlX, ctrlY, endX, endY);
      }
      a -= 4;
      angleIn = out;
    }
    centerX = x;
    centerY = y;
  }

  private static boolean conicSmallEnough(long[] b, int o, double[] angles) {
    long d1x = b[o + 2] - b[o + 4];
    long d1y = b[o + 3] - b[o + 5];
    long d2x = b[o] - b[o + 2];
    long d2y = b[o + 1] - b[o + 3];
    boolean close1 = isSmall(d1x) && isSmall(d1y);
    boolean close2 = isSmall(d2x) && isSmall(d2y);
    if (close1) {
      if (!close2) {
        angles[0] = angles[1] = atan2(d2x, d2y);
      }
    } else if (close2) {
      angles[0] = angles[1] = atan2(d1x, d1y);
    } else {
      angles[0] = atan2(d1x, d1y);
      angles[1] = atan2(d2x, d2y);
    }
    return Math.abs(diff(angles[0], angles[1])) < SMALL_CONIC_THRESHOLD;
  }

  private static void splitConic(long[] b, int o) {
    for (int d = 0; d < 2; d++) {
      int i = o + d;
      b[i + 8] = b[i + 4];
      long q = b[i + 2];
      long p = b[i + 6] = (b[i + 4] + q) / 2;
      q = b[i + 2] = (b[i] + q) / 2;
      b[i + 4] = (p + q) / 2;
    }
  }

  /** Closes the contour (FreeType's {@code FT_Stroker_EndSubPath} for a closed path). */
  void close() {
    if (firstPoint) {
      return; // no segment was stroked
    }
    if (centerX != subpathStartX || centerY != subpathStartY) {
      lineTo(subpathStartX, subpathStartY);
    }
    angleOut = subpathAngle;
    double turn = diff(angleIn, angleOut);
    if (turn != 0) {
      int insideSide = turn < 0 ? 1 : 0;
      inside(insideSide, subpathLineLength);
      arcTo(1 - insideSide);
    }
    borders[0].close(false);
    borders[1].close(true);
    firstPoint = true;
  }

  /** Emits both borders, left then right, as {@code FT_Stroker_Export} does. */
  void export(Sink sink) {
    borders[0].export(sink);
    borders[1].export(sink);
  }
}
