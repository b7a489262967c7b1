package io.windlass.render;

/**
 * Cuts polylines to a box as Mapnik's line symbolizer does before dashing and stroking ({@code
 * line-clip}, on by default; AGG's {@code conv_clip_polyline}): pieces outside are dropped, a piece
 * starts anew where the line re-enters, and rings come out as open polylines that repeat their
 * first vertex. That decides where dashes start and which ends get caps, so it shows. Confined to
 * one thread.
 */
final class PolylineClipper {

  private final PointBuffer piece = new PointBuffer(256);

  private double minX;
  private double minY;
  private double maxX;
  private double maxY;

  // The current segment's start, moved onto the box by clipping.
  private double x1;
  private double y1;
  private boolean moveTo;

  void box(double minX, double minY, double maxX, double maxY) {
    this.minX = minX;
    this.minY = minY;
    this.maxX = maxX;
    this.maxY = maxY;
  }

  /** Sends the pieces of the polyline (a ring when {@code closed}) inside the box to the sink. */
  void clip(double[] xs, double[] ys, int n, boolean closed, PixelSequences.Sink sink) {
    if (n < 2) {
      return;
    }
    piece.clear();
    x1 = xs[0];
    y1 = ys[0];
    moveTo = true;
    for (int i = 1; i < n; i++) {
      lineTo(xs[i], ys[i], sink);
    }
    if (closed && n > 2) {
      lineTo(xs[0], ys[0], sink);
    }
    flush(sink);
  }

  /** {@code vpgen_clip_polyline::line_to}. */
  private void lineTo(double x, double y, PixelSequences.Sink sink) {
    double sx = x1;
    double sy = y1;
    double ex = x;
    double ey = y;
    int f1 = flags(sx, sy);
    int f2 = flags(ex, ey);
    int result = 0;
    boolean visible = true;
    if ((f1 | f2) != 0) {
      if ((f1 & X_CLIPPED) != 0 && (f1 & X_CLIPPED) == (f2 & X_CLIPPED)) {
        visible = false;
      } else if ((f1 & Y_CLIPPED) != 0 && (f1 & Y_CLIPPED) == (f2 & Y_CLIPPED)) {
        visible = false;
      } else {
        double ox1 = sx;
        double oy1 = sy;
        double ox2 = ex;
        double oy2 = ey;
        if (f1 != 0) {
          if (!move(ox1, oy1, ox2, oy2, f1, true)) {
            visible = false;
          } else {
            sx = movedX;
            sy = movedY;
            visible = !(sx == ex && sy == ey);
            result |= 1;
          }
        }
        if (visible && f2 != 0) {
          if (!move(ox1, oy1, ox2, oy2, f2, false)) {
            visible = false;
          } else {
            ex = movedX;
            ey = movedY;
            visible = !(sx == ex && sy == ey);
            result |= 2;
          }
        }
      }
    }
    if (visible) {
      if ((result & 1) != 0 || moveTo) {
        flush(sink);
        piece.add(sx, sy);
      }
      piece.add(ex, ey);
      moveTo = (result & 2) != 0;
    }
    x1 = x;
    y1 = y;
  }

  private static final int X_CLIPPED = 1 | 4;
  private static final int Y_CLIPPED = 2 | 8;

  private int flags(double x, double y) {
    return (x > maxX ? 1 : 0) | (y > maxY ? 2 : 0) | (x < minX ? 4 : 0) | (y < minY ? 8 : 0);
  }

  private double movedX;
  private double movedY;

  /** AGG's {@code clip_move_point}: moves one end of the segment onto the box. */
  private boolean move(double ax, double ay, double bx, double by, int f, boolean first) {
    double x = first ? ax : bx;
    double y = first ? ay : by;
    if ((f & X_CLIPPED) != 0) {
      if (ax == bx) {
        return false;
      }
      double bound = (f & 4) != 0 ? minX : maxX;
      y = (bound - ax) * (by - ay) / (bx - ax) + ay;
      x = bound;
    }
    int fy = (y > maxY ? 2 : 0) | (y < minY ? 8 : 0);
    if ((fy & Y_CLIPPED) != 0) {
      if (ay == by) {
        return false;
      }
      double bound = (fy & 8) != 0 ? minY : maxY;
      x = (bound - ay) * (bx - ax) / (by - ay) + ax;
      y = bound;
    }
    movedX = x;
    movedY = y;
    return true;
  }

  private void flush(PixelSequences.Sink sink) {
    if (piece.size > 1) {
      sink.accept(piece.x, piece.y, piece.size, false);
    }
    piece.clear();
  }
}
