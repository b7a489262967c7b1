package io.windlass.render;

/**
 * Mapnik's {@code LinePatternSymbolizer} (AGG's {@code line_image_pattern} with its bilinear
 * filter): the image laid along each segment, its x axis following the line and wrapping (column k
 * at k pixels along, the phase running on over the feature's segments), its y axis centred on the
 * line ({@code perp + H/2 − 0.5}, right of the direction of travel downwards), rows beyond the
 * image transparent, so its top and bottom edges are soft. Ends are cut flat, joins along the
 * corner's bisector; vertices closer than 1.5 px to the last kept one are dropped. {@code opacity}
 * multiplies the premultiplied pattern. Confined to the rendering thread.
 */
final class LinePatternPainter {

  private final int[] pixels;
  private final int width;
  private final int height;
  private final PointBuffer kept = new PointBuffer(256);
  private int[] pattern;
  private int pw;
  private int ph;
  private double opacity;
  private CompOp op;
  private long phase; // in AGG subpixels (1/256 px)

  LinePatternPainter(int[] pixels, int width, int height) {
    this.pixels = pixels;
    this.width = width;
    this.height = height;
  }

  /** Starts a feature: its phase begins at 0. */
  void begin(int[] pattern, int pw, int ph, double opacity, CompOp op) {
    this.pattern = pattern;
    this.pw = pw;
    this.ph = ph;
    this.opacity = opacity;
    this.op = op;
    this.phase = 0;
  }

  /** Draws one path of the feature ({@code closed}: a ring without its repeated first vertex). */
  void path(double[] xs, double[] ys, int n, boolean closed) {
    // AGG's vertex_sequence on subpixel coordinates: adding a vertex first drops the last one
    // if it is within 1.5 px of the one before; closing drops (then moves) the last likewise.
    kept.clear();
    for (int i = 0; i < n; i++) {
      if (kept.size > 1 && !farApart(kept.size - 2, kept.size - 1)) {
        kept.size--;
      }
      kept.add(Math.round(xs[i] * 256) / 256.0, Math.round(ys[i] * 256) / 256.0);
    }
    while (kept.size > 1 && !farApart(kept.size - 2, kept.size - 1)) {
      double lx = kept.x[kept.size - 1];
      double ly = kept.y[kept.size - 1];
      kept.size--;
      kept.x[kept.size - 1] = lx;
      kept.y[kept.size - 1] = ly;
    }
    if (closed) {
      while (kept.size > 1 && !farApart(kept.size - 1, 0)) {
        kept.size--;
      }
    }
    int m = kept.size;
    if (m < 2 || (closed && m < 3)) {
      return;
    }
    int segments = closed ? m : m - 1;
    for (int s = 0; s < segments; s++) {
      int a = s;
      int b = (s + 1) % m;
      boolean freeStart = !closed && s == 0;
      boolean freeEnd = !closed && s == segments - 1;
      int prev = (s - 1 + m) % m;
      int next = (s + 2) % m;
      segment(
          kept.x[a],
          kept.y[a],
          kept.x[b],
          kept.y[b],
          freeStart ? Double.NaN : kept.x[prev],
          freeStart ? Double.NaN : kept.y[prev],
          freeEnd ? Double.NaN : kept.x[next],
          freeEnd ? Double.NaN : kept.y[next]);
    }
  }

  /** One segment A→B; P before A and N after B (NaN: a free end, cut square). */
  private void segment(
      double ax, double ay, double bx, double by, double px, double py, double nx, double ny) {
    double len = Math.hypot(bx - ax, by - ay);
    double ux = (bx - ax) / len;
    double uy = (by - ay) / len;
    // the cut lines' normals: the segment's own direction at a free end, else the sum of the two
    // directions (the corner's bisector is perpendicular to it)
    // directions (the corner's bisector is perpendicular to it). AGG's bisector point lies
    // len2·(u2 − u1) from the corner; within half a pixel of the segment's line (a nearly straight
    // or a nearly reversing turn) it falls back to the square cut.
    double sx = ux;
    double sy = uy;
    if (!Double.isNaN(px)) {
      double pl = Math.hypot(ax - px, ay - py);
      double vx = (ax - px) / pl;
      double vy = (ay - py) / pl;
      if (len * Math.abs(vx * uy - vy * ux) >= 0.5) {
        sx += vx;
        sy += vy;
      }
    }
    double ex = ux;
    double ey = uy;
    if (!Double.isNaN(nx)) {
      double nl = Math.hypot(nx - bx, ny - by);
      double wx = (nx - bx) / nl;
      double wy = (ny - by) / nl;
      if (nl * Math.abs(ux * wy - uy * wx) >= 0.5) {
        ex += wx;
        ey += wy;
      }
    }
    double half = ph / 2.0 + 0.5;
    double reach = half + 1;
    int x0 = Math.max(0, (int) Math.floor(Math.min(ax, bx) - reach));
    int x1 = Math.min(width - 1, (int) Math.ceil(Math.max(ax, bx) + reach));
    int y0 = Math.max(0, (int) Math.floor(Math.min(ay, by) - reach));
    int y1 = Math.min(height - 1, (int) Math.ceil(Math.max(ay, by) + reach));
    long start = phase;
    // AGG's integer geometry: subpixel vertices, the rounded length, the direction rounded to
    // 1/256; the position along and across the segment come from them as its interpolator's do.
    long hx1 = Math.round(ax * 256);
    long hy1 = Math.round(ay * 256);
    long hx2 = Math.round(bx * 256);
    long hy2 = Math.round(by * 256);
    long lenHr =
        (long)
            (Math.sqrt((double) (hx2 - hx1) * (hx2 - hx1) + (double) (hy2 - hy1) * (hy2 - hy1))
                + 0.5);
    if (lenHr == 0) {
      return;
    }
    long dxp = Math.round((double) ((hx2 - hx1) << 8) / lenHr);
    long dyp = Math.round((double) ((hy2 - hy1) << 8) / lenHr);
    for (int y = y0; y <= y1; y++) {
      double cy = y + 0.5;
      for (int x = x0; x <= x1; x++) {
        double cx = x + 0.5;
        double rx = cx - ax;
        double ry = cy - ay;
        double perp = ux * ry - uy * rx;
        if (Math.abs(perp) > half) {
          continue;
        }
        if (rx * sx + ry * sy < 0) {
          continue; // before the start cut
        }
        if ((cx - bx) * ex + (cy - by) * ey >= 0) {
          continue; // at or past the end cut
        }
        long xc = x * 256L + 128;
        long yc = y * 256L + 128;
        long along = ((xc - hx1) * dxp + (yc - hy1) * dyp) >> 8;
        long across = -(((xc - hx2) * (hy2 - hy1) - (yc - hy2) * (hx2 - hx1)) / lenHr);
        int c = sample(along + start, across);
        if (c == 0) {
          continue;
        }
        int i = y * width + x;
        if (op == CompOp.SRC_OVER) {
          CellRasterizer.blendOver(pixels, i, c);
        } else {
          pixels[i] = op.blend(pixels[i], c);
        }
      }
    }
    phase = start + lenHr;
  }

  /** Whether kept vertices i and j are more than 1.5 px apart, in AGG's rounded subpixels. */
  private boolean farApart(int i, int j) {
    double dx = (kept.x[i] - kept.x[j]) * 256;
    double dy = (kept.y[i] - kept.y[j]) * 256;
    return (long) (Math.sqrt(dx * dx + dy * dy) + 0.5) > 384;
  }

  /**
   * AGG's {@code pattern_filter_bilinear_rgba::pixel_high_res} at {@code along} subpixels along
   * (wrapping) and {@code across} subpixels right of the line (rows beyond the image transparent).
   */
  private int sample(long along, long across) {
    long wHr = (long) pw * 256;
    long u = Math.floorMod(along, wHr);
    long v = across + (long) Math.round(ph * 128.0) - 128; // row 0's centre at -H/2 + 0.5 px
    int ix = (int) (u >> 8);
    int iy = (int) Math.floorDiv(v, 256L);
    int fx = (int) (u & 255);
    int fy = (int) Math.floorMod(v, 256L);
    int p00 = pixel(ix, iy);
    int p10 = pixel(ix + 1, iy);
    int p01 = pixel(ix, iy + 1);
    int p11 = pixel(ix + 1, iy + 1);
    int w00 = (256 - fx) * (256 - fy);
    int w10 = fx * (256 - fy);
    int w01 = (256 - fx) * fy;
    int w11 = fx * fy;
    int out = 0;
    for (int shift = 24; shift >= 0; shift -= 8) {
      int v0 =
          (32768
                  + w00 * ((p00 >>> shift) & 255)
                  + w10 * ((p10 >>> shift) & 255)
                  + w01 * ((p01 >>> shift) & 255)
                  + w11 * ((p11 >>> shift) & 255))
              >> 16;
      out |= Math.min(255, (int) (v0 * opacity)) << shift;
    }
    return out;
  }

  private int pixel(int x, int y) {
    if (y < 0 || y >= ph) {
      return 0;
    }
    return pattern[y * pw + Math.floorMod(x, pw)];
  }
}
