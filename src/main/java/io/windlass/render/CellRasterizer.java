package io.windlass.render;

import java.util.Arrays;

/**
 * An antialiasing scanline rasterizer with AGG's arithmetic ({@code rasterizer_scanline_aa}, {@code
 * rasterizer_cells_aa}), the one Mapnik draws polygons, lines and markers with: exact area coverage
 * at 1/256 pixel, so that shapes come out as CARTO's tiles show them, and cheaply: its cost follows
 * the cells an outline crosses, not subpixel scanlines.
 *
 * <p>Use: {@link #moveTo}/{@link #lineTo} any number of polygons (each is closed automatically, as
 * AGG's {@code auto_close} does), then {@link #fill} them into a premultiplied ARGB raster; {@link
 * #fill} also resets the outline. Confined to one thread.
 */
final class CellRasterizer {

  private static final int SHIFT = 8;
  private static final int SCALE = 1 << SHIFT;
  private static final int MASK = SCALE - 1;
  private static final int DX_LIMIT = 16384 << SHIFT;
  private static final int[] IDENTITY_GAMMA = new int[256];

  static {
    for (int i = 0; i < 256; i++) {
      IDENTITY_GAMMA[i] = i;
    }
  }

  // Cells, in the order they were made.
  private int[] cellX = new int[1024];
  private int[] cellY = new int[1024];
  private int[] cellCover = new int[1024];
  private int[] cellArea = new int[1024];
  private int cells;

  // The current cell, not yet stored.
  private int curX;
  private int curY;
  private int curCover;
  private int curArea;

  private int minY;
  private int maxY;

  // The polygon being drawn, in 24.8 fixed point.
  private int startX;
  private int startY;
  private int lastX;
  private int lastY;
  private boolean open;

  // Per-render scratch: cells sorted by row, and one row's accumulated cover and area.
  private int[] order = new int[1024];
  private int[] rowStart = new int[64];
  private int[] rowCover = new int[0];
  private int[] rowArea = new int[0];
  private int[] rowStamp = new int[0];
  private int[] rowXs = new int[0];
  private int stamp;

  CellRasterizer() {
    reset();
  }

  void reset() {
    cells = 0;
    curX = Integer.MAX_VALUE;
    curY = Integer.MAX_VALUE;
    curCover = 0;
    curArea = 0;
    minY = Integer.MAX_VALUE;
    maxY = Integer.MIN_VALUE;
    open = false;
  }

  private java.awt.geom.AffineTransform pre;

  /**
   * Coordinates given from now on go through {@code at} first (null: none), as AGG's {@code
   * conv_transform} after a stroke: an SVG stroked in its own units, then transformed.
   */
  void transform(java.awt.geom.AffineTransform at) {
    pre = at == null || at.isIdentity() ? null : at;
  }

  /** Starts a polygon at pixel coordinates (x, y), closing the one before. */
  void moveTo(double x, double y) {
    close();
    if (pre != null) {
      double tx = pre.getScaleX() * x + pre.getShearX() * y + pre.getTranslateX();
      y = pre.getShearY() * x + pre.getScaleY() * y + pre.getTranslateY();
      x = tx;
    }
    startX = lastX = upscale(x);
    startY = lastY = upscale(y);
    open = true;
  }

  void lineTo(double x, double y) {
    if (pre != null) {
      double tx = pre.getScaleX() * x + pre.getShearX() * y + pre.getTranslateX();
      y = pre.getShearY() * x + pre.getScaleY() * y + pre.getTranslateY();
      x = tx;
    }
    int nx = upscale(x);
    int ny = upscale(y);
    line(lastX, lastY, nx, ny);
    lastX = nx;
    lastY = ny;
  }

  /** Closes the current polygon with an edge back to its start. */
  void close() {
    if (open) {
      if (lastX != startX || lastY != startY) {
        line(lastX, lastY, startX, startY);
      }
      lastX = startX;
      lastY = startY;
      open = false;
    }
  }

  boolean isEmpty() {
    return cells == 0 && (curCover | curArea) == 0;
  }

  /**
   * Fills what was drawn into {@code pixels} (premultiplied ARGB, {@code width} per row) with the
   * premultiplied colour {@code argbPre}, composited source-over as Mapnik's {@code
   * comp_op_rgba_src_over}; coverage goes through {@code gamma} (256 entries, or null). Resets.
   */
  void fill(int[] pixels, int width, int height, int argbPre, boolean evenOdd, int[] gamma) {
    fill(pixels, width, height, argbPre, evenOdd, gamma, CompOp.SRC_OVER);
  }

  /** As {@link #fill(int[], int, int, int, boolean, int[])}, composited with {@code op}. */
  void fill(
      int[] pixels, int width, int height, int argbPre, boolean evenOdd, int[] gamma, CompOp op) {
    int sa = argbPre >>> 24;
    int sr = (argbPre >>> 16) & 0xff;
    int sg = (argbPre >>> 8) & 0xff;
    int sb = argbPre & 0xff;
    sweep(
        width,
        height,
        evenOdd,
        gamma,
        (base, y, x, len, alpha) -> {
          if (op != CompOp.SRC_OVER) {
            int src = covered(argbPre, alpha);
            for (int p = x; p < x + len; p++) {
              pixels[base + p] = op.blend(pixels[base + p], src);
            }
          } else if (alpha == 255 && sa == 255) {
            Arrays.fill(pixels, base + x, base + x + len, argbPre);
          } else {
            for (int p = x; p < x + len; p++) {
              blend(pixels, base + p, sr, sg, sb, sa, alpha);
            }
          }
        });
  }

  /**
   * Fills what was drawn with a repeating image (premultiplied ARGB, {@code pw × ph}) whose pixel
   * (0, 0) lies at image pixel ({@code -ox}, {@code -oy}) modulo its size, coverage times {@code
   * opacity}, as AGG's pattern span generator; then resets.
   */
  void fillPattern(
      int[] pixels,
      int width,
      int height,
      boolean evenOdd,
      int[] gamma,
      int[] pattern,
      int pw,
      int ph,
      int ox,
      int oy,
      double opacity) {
    int o = (int) (Math.max(0, Math.min(1, opacity)) * 255);
    sweep(
        width,
        height,
        evenOdd,
        gamma,
        (base, y, x, len, alpha) -> {
          int cover = o == 255 ? alpha : (alpha * o + 255) >> 8;
          int row = Math.floorMod(y + oy, ph) * pw;
          for (int p = x; p < x + len; p++) {
            int src = pattern[row + Math.floorMod(p + ox, pw)];
            if ((src >>> 24) != 0) {
              blend(
                  pixels,
                  base + p,
                  (src >>> 16) & 0xff,
                  (src >>> 8) & 0xff,
                  src & 0xff,
                  src >>> 24,
                  cover);
            }
          }
        });
  }

  /** Receives a run of {@code len} pixels of one coverage, from {@code x} in row {@code y}. */
  @FunctionalInterface
  private interface SpanSink {
    void span(int base, int y, int x, int len, int alpha);
  }

  /** Sweeps the outline row by row into spans of equal coverage (AGG's sweep_scanline); resets. */
  private void sweep(int width, int height, boolean evenOdd, int[] gamma, SpanSink sink) {
    close();
    addCurrentCell();
    if (cells == 0 || maxY < 0 || minY >= height) {
      reset();
      return;
    }
    int[] g = gamma == null ? IDENTITY_GAMMA : gamma;
    int y0 = Math.max(minY, 0);
    int y1 = Math.min(maxY, height - 1);
    int rows = y1 - y0 + 1;
    sortByRow(y0, y1, rows);
    if (rowCover.length < width + 1) {
      rowCover = new int[width + 1];
      rowArea = new int[width + 1];
      rowStamp = new int[width + 1];
      rowXs = new int[width + 1];
      stamp = 0;
    }
    for (int r = 0; r < rows; r++) {
      int from = rowStart[r];
      int to = rowStart[r + 1];
      if (from == to) {
        continue;
      }
      // Accumulate the row's cells per pixel, noting each pixel that has any.
      stamp++;
      int used = 0;
      for (int k = from; k < to; k++) {
        int c = order[k];
        int x = cellX[c];
        if (x >= width) {
          continue; // it covers only pixels right of the image
        }
        if (x < 0) {
          x = 0; // its area is in a pixel left of the image; its cover counts from pixel 0 on
        } else {
          rowArea[x] += cellArea[c];
        }
        rowCover[x] += cellCover[c];
        if (rowStamp[x] != stamp) {
          rowStamp[x] = stamp;
          rowXs[used++] = x;
        }
      }
      if (used == 0) {
        continue;
      }
      Arrays.sort(rowXs, 0, used);
      int y = y0 + r;
      int base = y * width;
      int cover = 0;
      for (int i = 0; i < used; i++) {
        int x = rowXs[i];
        cover += rowCover[x];
        int area = rowArea[x];
        rowCover[x] = 0;
        rowArea[x] = 0;
        int alpha = g[alpha((cover << (SHIFT + 1)) - area, evenOdd)];
        if (alpha != 0) {
          sink.span(base, y, x, 1, alpha);
        }
        // Between this cell and the next, every pixel has the same coverage.
        int next = i + 1 < used ? rowXs[i + 1] : width;
        if (cover != 0 && x + 1 < next) {
          int spanAlpha = g[alpha(cover << (SHIFT + 1), evenOdd)];
          if (spanAlpha != 0) {
            sink.span(base, y, x + 1, next - x - 1, spanAlpha);
          }
        }
      }
    }
    reset();
  }

  /** AGG's {@code calculate_alpha}: coverage 0..255 from doubled area, by the fill rule. */
  private static int alpha(int area, boolean evenOdd) {
    int cover = area >> (SHIFT * 2 + 1 - 8);
    if (cover < 0) {
      cover = -cover;
    }
    if (evenOdd) {
      cover &= 511;
      if (cover > 256) {
        cover = 512 - cover;
      }
    }
    return Math.min(cover, 255);
  }

  /** {@code agg::rgba8_pre}: a straight colour premultiplied with AGG's rounding. */
  static int premultiplied(int r, int g, int b, int a) {
    if (a == 255) {
      return 0xff000000 | (r << 16) | (g << 8) | b;
    }
    return (a << 24) | (multiply(r, a) << 16) | (multiply(g, a) << 8) | multiply(b, a);
  }

  /** AGG's {@code int8u::multiply}: a * b / 255, rounded. */
  static int multiply(int a, int b) {
    int t = a * b + 128;
    return ((t >> 8) + t) >> 8;
  }

  /** The premultiplied colour scaled by coverage, as AGG's blenders do before compositing. */
  static int covered(int argbPre, int cover) {
    if (cover >= 255) {
      return argbPre;
    }
    int a = ((argbPre >>> 24) * cover + 255) >> 8;
    int r = (((argbPre >>> 16) & 0xff) * cover + 255) >> 8;
    int g = (((argbPre >>> 8) & 0xff) * cover + 255) >> 8;
    int b = ((argbPre & 0xff) * cover + 255) >> 8;
    return (a << 24) | (r << 16) | (g << 8) | b;
  }

  /** Premultiplied source-over of {@code argbPre} at full coverage onto {@code pixels[i]}. */
  static void blendOver(int[] pixels, int i, int argbPre) {
    blend(
        pixels,
        i,
        (argbPre >>> 16) & 0xff,
        (argbPre >>> 8) & 0xff,
        argbPre & 0xff,
        argbPre >>> 24,
        255);
  }

  /** Premultiplied source-over with coverage, with AGG's integer rounding. */
  private static void blend(int[] pixels, int i, int sr, int sg, int sb, int sa, int cover) {
    if (cover < 255) {
      sr = (sr * cover + 255) >> 8;
      sg = (sg * cover + 255) >> 8;
      sb = (sb * cover + 255) >> 8;
      sa = (sa * cover + 255) >> 8;
    }
    if (sa == 255) {
      pixels[i] = 0xff000000 | (sr << 16) | (sg << 8) | sb;
      return;
    }
    int d = pixels[i];
    int s1a = 255 - sa;
    int da = d >>> 24;
    int dr = (d >>> 16) & 0xff;
    int dg = (d >>> 8) & 0xff;
    int db = d & 0xff;
    int a = sa + da - ((sa * da + 255) >> 8);
    // AGG's rounding can leave a channel one above alpha; premultiplied pixels must not.
    int r = Math.min(a, sr + ((dr * s1a + 255) >> 8));
    int gg = Math.min(a, sg + ((dg * s1a + 255) >> 8));
    int b = Math.min(a, sb + ((db * s1a + 255) >> 8));
    pixels[i] = (a << 24) | (r << 16) | (gg << 8) | b;
  }

  /** Counting sort of the cells of rows y0..y1 by row; {@link #rowStart} indexes {@link #order}. */
  private void sortByRow(int y0, int y1, int rows) {
    if (rowStart.length < rows + 2) {
      rowStart = new int[rows + 2];
    } else {
      Arrays.fill(rowStart, 0, rows + 2, 0);
    }
    for (int c = 0; c < cells; c++) {
      int y = cellY[c];
      if (y >= y0 && y <= y1) {
        rowStart[y - y0 + 1]++;
      }
    }
    for (int r = 0; r < rows; r++) {
      rowStart[r + 1] += rowStart[r];
    }
    int n = rowStart[rows];
    if (order.length < n) {
      order = new int[Math.max(n, order.length * 2)];
    }
    // rowStart[r + 1] doubles as the insertion cursor of row r, then is shifted back.
    for (int c = 0; c < cells; c++) {
      int y = cellY[c];
      if (y >= y0 && y <= y1) {
        order[rowStart[y - y0]++] = c;
      }
    }
    for (int r = rows; r > 0; r--) {
      rowStart[r] = rowStart[r - 1];
    }
    rowStart[0] = 0;
  }

  private static int upscale(double v) {
    double s = v * SCALE;
    // AGG's iround; coordinates far outside any image are clamped to stay in int range.
    s = Math.max(-(double) (1 << 28), Math.min((double) (1 << 28), s));
    return (int) (s < 0 ? s - 0.5 : s + 0.5);
  }

  private void setCell(int x, int y) {
    if (x != curX || y != curY) {
      addCurrentCell();
      curX = x;
      curY = y;
      curCover = 0;
      curArea = 0;
    }
  }

  private void addCurrentCell() {
    if ((curArea | curCover) != 0) {
      if (cells == cellX.length) {
        int n = cells * 2;
        cellX = Arrays.copyOf(cellX, n);
        cellY = Arrays.copyOf(cellY, n);
        cellCover = Arrays.copyOf(cellCover, n);
        cellArea = Arrays.copyOf(cellArea, n);
      }
      cellX[cells] = curX;
      cellY[cells] = curY;
      cellCover[cells] = curCover;
      cellArea[cells] = curArea;
      cells++;
      if (curY < minY) {
        minY = curY;
      }
      if (curY > maxY) {
        maxY = curY;
      }
      curCover = 0;
      curArea = 0;
    }
  }

  /** AGG's {@code render_line}: the cells an edge crosses, with their cover and area. */
  private void line(int x1, int y1, int x2, int y2) {
    int dx = x2 - x1;
    if (dx >= DX_LIMIT || dx <= -DX_LIMIT) {
      int cx = (int) (((long) x1 + x2) >> 1);
      int cy = (int) (((long) y1 + y2) >> 1);
      line(x1, y1, cx, cy);
      line(cx, cy, x2, y2);
      return;
    }
    int dy = y2 - y1;
    int ex1 = x1 >> SHIFT;
    int ey1 = y1 >> SHIFT;
    int ey2 = y2 >> SHIFT;
    int fy1 = y1 & MASK;
    int fy2 = y2 & MASK;

    setCell(ex1, ey1);
    if (ey1 == ey2) {
      hline(ey1, x1, fy1, x2, fy2);
      return;
    }
    int incr = 1;
    if (dx == 0) {
      int ex = x1 >> SHIFT;
      int twoFx = (x1 - (ex << SHIFT)) << 1;
      int first = SCALE;
      if (dy < 0) {
        first = 0;
        incr = -1;
      }
      int delta = first - fy1;
      curCover += delta;
      curArea += twoFx * delta;
      ey1 += incr;
      setCell(ex, ey1);
      delta = first + first - SCALE;
      int area = twoFx * delta;
      while (ey1 != ey2) {
        curCover = delta;
        curArea = area;
        ey1 += incr;
        setCell(ex, ey1);
      }
      delta = fy2 - SCALE + first;
      curCover += delta;
      curArea += twoFx * delta;
      return;
    }
    long p = (long) (SCALE - fy1) * dx;
    int first = SCALE;
    if (dy < 0) {
      p = (long) fy1 * dx;
      first = 0;
      incr = -1;
      dy = -dy;
    }
    int delta = (int) (p / dy);
    int mod = (int) (p % dy);
    if (mod < 0) {
      delta--;
      mod += dy;
    }
    int xFrom = x1 + delta;
    hline(ey1, x1, fy1, xFrom, first);
    ey1 += incr;
    setCell(xFrom >> SHIFT, ey1);
    if (ey1 != ey2) {
      p = (long) SCALE * dx;
      int lift = (int) (p / dy);
      int rem = (int) (p % dy);
      if (rem < 0) {
        lift--;
        rem += dy;
      }
      mod -= dy;
      while (ey1 != ey2) {
        delta = lift;
        mod += rem;
        if (mod >= 0) {
          mod -= dy;
          delta++;
        }
        int xTo = xFrom + delta;
        hline(ey1, xFrom, SCALE - first, xTo, first);
        xFrom = xTo;
        ey1 += incr;
        setCell(xFrom >> SHIFT, ey1);
      }
    }
    hline(ey1, xFrom, SCALE - first, x2, fy2);
  }

  /** AGG's {@code render_hline}: the part of an edge within one cell row. */
  private void hline(int ey, int x1, int y1, int x2, int y2) {
    int ex1 = x1 >> SHIFT;
    int ex2 = x2 >> SHIFT;
    int fx1 = x1 & MASK;
    int fx2 = x2 & MASK;
    if (y1 == y2) {
      setCell(ex2, ey);
      return;
    }
    if (ex1 == ex2) {
      int delta = y2 - y1;
      curCover += delta;
      curArea += (fx1 + fx2) * delta;
      return;
    }
    long p = (long) (SCALE - fx1) * (y2 - y1);
    int first = SCALE;
    int incr = 1;
    int dx = x2 - x1;
    if (dx < 0) {
      p = (long) fx1 * (y2 - y1);
      first = 0;
      incr = -1;
      dx = -dx;
    }
    int delta = (int) (p / dx);
    int mod = (int) (p % dx);
    if (mod < 0) {
      delta--;
      mod += dx;
    }
    curCover += delta;
    curArea += (fx1 + first) * delta;
    ex1 += incr;
    setCell(ex1, ey);
    y1 += delta;
    if (ex1 != ex2) {
      p = (long) SCALE * (y2 - y1 + delta);
      int lift = (int) (p / dx);
      int rem = (int) (p % dx);
      if (rem < 0) {
        lift--;
        rem += dx;
      }
      mod -= dx;
      while (ex1 != ex2) {
        delta = lift;
        mod += rem;
        if (mod >= 0) {
          mod -= dx;
          delta++;
        }
        curCover += delta;
        curArea += SCALE * delta;
        y1 += delta;
        ex1 += incr;
        setCell(ex1, ey);
      }
    }
    delta = y2 - y1;
    curCover += delta;
    curArea += (fx2 + SCALE - first) * delta;
  }
}
