package io.windlass.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.PathIterator;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws one placed label glyph by glyph as Mapnik's {@code agg_text_renderer} does with FreeType.
 * Each glyph outline is scaled to 26.6 fixed point ({@code FT_MulFix}; implied TrueType midpoints
 * are taken after scaling, as FreeType's decomposer does), turned by the 16.16 matrix and moved by
 * the glyph's pen position and the label's base point (both truncated to 1/64 pixel). Its arcs are
 * split as FreeType's gray rasterizer splits them and it is rasterized with exact area coverage in
 * FreeType's y-up orientation, since coverage rounds by the sign of the area. First every glyph's
 * halo ({@link GlyphStroker}, radius truncated to 1/64) is composited, glyph after glyph, then
 * every glyph's fill, each with Mapnik's {@code composite_pixel} arithmetic. Compositing glyph by
 * glyph matters: where two glyphs' antialiased halos overlap, their alphas compound. A label is
 * composed in a scratch image the size of its ink, then drawn source-over. Not thread-safe; one per
 * render.
 */
final class GlyphRenderer {

  private static final int ONE_PIXEL = 256; // 24.8, FreeType's gray raster precision

  private final Graphics2D g;
  private final int width;
  private final int height;
  private final CellRasterizer raster = new CellRasterizer();
  private final GlyphStroker stroker = new GlyphStroker();
  private final GlyphStroker.Sink strokeSink =
      new GlyphStroker.Sink() {
        @Override
        public void moveTo(long x, long y) {
          GlyphRenderer.this.moveTo(x << 2, y << 2);
        }

        @Override
        public void lineTo(long x, long y) {
          GlyphRenderer.this.lineTo(x << 2, y << 2);
        }

        @Override
        public void conicTo(long cx, long cy, long x, long y) {
          GlyphRenderer.this.conicTo(cx << 2, cy << 2, x << 2, y << 2);
        }

        @Override
        public void cubicTo(long c1x, long c1y, long c2x, long c2y, long x, long y) {
          GlyphRenderer.this.cubicTo(c1x << 2, c1y << 2, c2x << 2, c2y << 2, x << 2, y << 2);
        }

        @Override
        public void close() {
          raster.close();
        }
      };
  private final List<Placed> glyphs = new ArrayList<>();
  private long startX;
  private long startY;

  // The scratch image's left and bottom edges in FreeType space (pixels, y up).
  private int originX;
  private int originBottom;

  /** A glyph's outline in FreeType's y-up 26.6 space, moved to its place in the image. */
  private record Placed(byte[] ops, long[] coords) {}

  GlyphRenderer(Graphics2D g, int width, int height) {
    this.g = g;
    this.width = width;
    this.height = height;
  }

  /** Starts a label whose glyph positions are relative to {@code (baseX, baseY)} (pixels). */
  void begin(double baseX, double baseY) {
    glyphs.clear();
    startX = (long) (baseX * 64);
    startY = (long) ((height - baseY) * 64);
  }

  /**
   * Adds a glyph at Mapnik's glyph position {@code (x, y)} (pixels, y up, relative to the base
   * point) turned by the angle whose cosine and sine are given (y up, counter-clockwise).
   */
  void add(TextFace face, double sizePx, int glyph, double x, double y, double cos, double sin) {
    TextFace.Glyph gl = face.glyph(glyph);
    if (gl.coords().length == 0) {
      return;
    }
    long scale = face.outlineScale(sizePx);
    long xx = (long) (cos * 0x10000);
    long xy = (long) (-sin * 0x10000);
    long yx = (long) (sin * 0x10000);
    long yy = (long) (cos * 0x10000);
    boolean turned = (xy | yx) != 0 || xx != 0x10000 || yy != 0x10000;
    long dx = (long) (x * 64) + startX;
    long dy = (long) (y * 64) + startY;
    double[] c = gl.coords();
    long[] out = new long[c.length];
    for (int i = 0; i < c.length; i += 2) {
      long px = mulFix(c[i], scale);
      long py = mulFix(c[i + 1], scale);
      if (turned) {
        long tx = mulFix(px, xx) + mulFix(py, xy);
        long ty = mulFix(px, yx) + mulFix(py, yy);
        px = tx;
        py = ty;
      }
      out[i] = px + dx;
      out[i + 1] = py + dy;
    }
    int[] implied = gl.implied();
    for (int i = 0; i < c.length; i += 2) {
      int a = implied[i];
      if (a >= 0) {
        int b = implied[i + 1];
        out[i] = (out[2 * a] + out[2 * b]) / 2;
        out[i + 1] = (out[2 * a + 1] + out[2 * b + 1]) / 2;
      }
    }
    glyphs.add(new Placed(gl.ops(), out));
  }

  /**
   * Composites the label's halos (when {@code haloRadiusPx > 0}), then its fills, into the image.
   */
  void draw(Color fill, double opacity, Color haloFill, double haloOpacity, double haloRadiusPx) {
    if (glyphs.isEmpty()) {
      return;
    }
    long radius26 = haloRadiusPx > 0 && haloRadiusPx <= 1024 ? (long) (haloRadiusPx * 64) : 0;
    long minX = Long.MAX_VALUE;
    long minY = Long.MAX_VALUE;
    long maxX = Long.MIN_VALUE;
    long maxY = Long.MIN_VALUE;
    for (Placed p : glyphs) {
      long[] c = p.coords();
      for (int i = 0; i < c.length; i += 2) {
        minX = Math.min(minX, c[i]);
        maxX = Math.max(maxX, c[i]);
        minY = Math.min(minY, c[i + 1]);
        maxY = Math.max(maxY, c[i + 1]);
      }
    }
    long grow = radius26 + 128;
    int x0 = (int) Math.max(0, Math.floorDiv(minX - grow, 64));
    int x1 = (int) Math.min(width, Math.floorDiv(maxX + grow, 64) + 1);
    int y0 = (int) Math.max(0, height - Math.floorDiv(maxY + grow, 64) - 1);
    int y1 = (int) Math.min(height, height - Math.floorDiv(minY - grow, 64));
    if (x0 >= x1 || y0 >= y1) {
      return;
    }
    int w = x1 - x0;
    int h = y1 - y0;
    BufferedImage scratch = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
    int[] pixels = ((DataBufferInt) scratch.getRaster().getDataBuffer()).getData();
    originX = x0;
    originBottom = height - y1;
    if (radius26 > 0) {
      int halo = premultiplied(haloFill, haloOpacity);
      for (Placed p : glyphs) {
        stroker.begin(radius26);
        stroke(p);
        stroker.export(strokeSink);
        raster.fill(pixels, w, h, halo, false, null);
      }
    }
    int text = premultiplied(fill, opacity);
    for (Placed p : glyphs) {
      addOutline(p);
      raster.fill(pixels, w, h, text, false, null);
    }
    // Rasterized y up, as FreeType does, so that coverage rounds the same way: flip to y down.
    int[] row = new int[w];
    for (int top = 0, bottom = h - 1; top < bottom; top++, bottom--) {
      System.arraycopy(pixels, top * w, row, 0, w);
      System.arraycopy(pixels, bottom * w, pixels, top * w, w);
      System.arraycopy(row, 0, pixels, bottom * w, w);
    }
    g.drawImage(scratch, x0, y0, null);
  }

  /** Mapnik's {@code composite_pixel}: alpha times opacity truncated, channels premultiplied. */
  private static int premultiplied(Color c, double opacity) {
    int a = (int) (c.getAlpha() * Math.max(0, Math.min(1, opacity)));
    int r = (c.getRed() * a + 255) >> 8;
    int gg = (c.getGreen() * a + 255) >> 8;
    int b = (c.getBlue() * a + 255) >> 8;
    return (a << 24) | (r << 16) | (gg << 8) | b;
  }

  /** Feeds a placed outline to the stroker, contour by contour. */
  private void stroke(Placed p) {
    long[] c = p.coords();
    int k = 0;
    long lastX = 0;
    long lastY = 0;
    boolean open = false;
    for (byte op : p.ops()) {
      switch (op) {
        case PathIterator.SEG_MOVETO -> {
          if (open) {
            stroker.close();
          }
          stroker.moveTo(c[k], c[k + 1]);
          open = true;
          lastX = c[k];
          lastY = c[k + 1];
          k += 2;
        }
        case PathIterator.SEG_LINETO -> {
          stroker.lineTo(c[k], c[k + 1]);
          lastX = c[k];
          lastY = c[k + 1];
          k += 2;
        }
        case PathIterator.SEG_QUADTO -> {
          stroker.conicTo(c[k], c[k + 1], c[k + 2], c[k + 3]);
          lastX = c[k + 2];
          lastY = c[k + 3];
          k += 4;
        }
        case PathIterator.SEG_CUBICTO -> {
          // TrueType has no cubics; other faces' are stroked as short lines.
          for (int i = 1; i <= 16; i++) {
            double t = i / 16.0;
            double u = 1 - t;
            double x =
                u * u * u * lastX
                    + 3 * u * u * t * c[k]
                    + 3 * u * t * t * c[k + 2]
                    + t * t * t * c[k + 4];
            double y =
                u * u * u * lastY
                    + 3 * u * u * t * c[k + 1]
                    + 3 * u * t * t * c[k + 3]
                    + t * t * t * c[k + 5];
            stroker.lineTo(Math.round(x), Math.round(y));
          }
          lastX = c[k + 4];
          lastY = c[k + 5];
          k += 6;
        }
        default -> {
          stroker.close();
          open = false;
        }
      }
    }
    if (open) {
      stroker.close();
    }
  }

  private void addOutline(Placed p) {
    long[] c = p.coords();
    int k = 0;
    for (byte op : p.ops()) {
      switch (op) {
        case PathIterator.SEG_MOVETO -> {
          moveTo(c[k] << 2, c[k + 1] << 2);
          k += 2;
        }
        case PathIterator.SEG_LINETO -> {
          lineTo(c[k] << 2, c[k + 1] << 2);
          k += 2;
        }
        case PathIterator.SEG_QUADTO -> {
          conicTo(c[k] << 2, c[k + 1] << 2, c[k + 2] << 2, c[k + 3] << 2);
          k += 4;
        }
        case PathIterator.SEG_CUBICTO -> {
          cubicTo(
              c[k] << 2, c[k + 1] << 2, c[k + 2] << 2, c[k + 3] << 2, c[k + 4] << 2, c[k + 5] << 2);
          k += 6;
        }
        default -> raster.close();
      }
    }
  }

  // The pen of the current contour, 24.8 FreeType space.
  private long penX;
  private long penY;

  private void moveTo(long x, long y) {
    raster.moveTo(devX(x), devY(y));
    penX = x;
    penY = y;
  }

  private void lineTo(long x, long y) {
    raster.lineTo(devX(x), devY(y));
    penX = x;
    penY = y;
  }

  private double devX(long x) {
    return (x - ((long) originX << 8)) / 256.0;
  }

  private double devY(long y) {
    return (y - ((long) originBottom << 8)) / 256.0;
  }

  /** FreeType's {@code gray_render_conic}: 2^n equal bisections, n from the arc's deviation. */
  private void conicTo(long cx, long cy, long x, long y) {
    long[] arc = new long[2 * (16 * 2 + 1)];
    arc[0] = x;
    arc[1] = y;
    arc[2] = cx;
    arc[3] = cy;
    arc[4] = penX;
    arc[5] = penY;
    long dx = Math.abs(arc[4] + arc[0] - 2 * arc[2]);
    long dy = Math.abs(arc[5] + arc[1] - 2 * arc[3]);
    if (dx < dy) {
      dx = dy;
    }
    int draw = 1;
    while (dx > ONE_PIXEL / 4) {
      dx >>= 2;
      draw <<= 1;
    }
    int a = 0;
    do {
      int split = 1;
      while ((draw & split) == 0) {
        splitConic(arc, a);
        a += 4;
        split <<= 1;
      }
      lineTo(arc[a], arc[a + 1]);
      a -= 4;
    } while (--draw > 0);
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

  /** FreeType's {@code gray_render_cubic}: bisection until both controls are near the chord. */
  private void cubicTo(long c1x, long c1y, long c2x, long c2y, long x, long y) {
    long[] arc = new long[2 * (16 * 3 + 1)];
    arc[0] = x;
    arc[1] = y;
    arc[2] = c2x;
    arc[3] = c2y;
    arc[4] = c1x;
    arc[5] = c1y;
    arc[6] = penX;
    arc[7] = penY;
    int a = 0;
    while (true) {
      long dxc = arc[a + 6] - arc[a];
      long dyc = arc[a + 7] - arc[a + 1];
      long len = (long) Math.hypot(dxc, dyc);
      boolean split = len > 32767 || a + 8 + 6 > arc.length;
      if (!split) {
        long limit = len * (ONE_PIXEL / 6);
        long dx1 = arc[a + 2] - arc[a];
        long dy1 = arc[a + 3] - arc[a + 1];
        long dx2 = arc[a + 4] - arc[a];
        long dy2 = arc[a + 5] - arc[a + 1];
        split =
            Math.abs(dyc * dx1 - dxc * dy1) > limit
                || Math.abs(dyc * dx2 - dxc * dy2) > limit
                || dx1 * (dx1 - dxc) + dy1 * (dy1 - dyc) > 0
                || dx2 * (dx2 - dxc) + dy2 * (dy2 - dyc) > 0;
      }
      if (split && a + 8 + 6 <= arc.length) {
        splitCubic(arc, a);
        a += 6;
        continue;
      }
      lineTo(arc[a], arc[a + 1]);
      if (a == 0) {
        return;
      }
      a -= 6;
    }
  }

  private static void splitCubic(long[] b, int o) {
    for (int d = 0; d < 2; d++) {
      int i = o + d;
      b[i + 12] = b[i + 6];
      long c = b[i + 2];
      long e = b[i + 4];
      long p = b[i + 2] = (b[i] + c) / 2;
      long q = b[i + 10] = (b[i + 6] + e) / 2;
      c = (c + e) / 2;
      p = b[i + 4] = (p + c) / 2;
      q = b[i + 8] = (q + c) / 2;
      b[i + 6] = (p + q) / 2;
    }
  }

  /** FreeType's {@code FT_MulFix}: a * b / 65536, rounded half away from zero. */
  static long mulFix(double a, long b) {
    double p = a * b;
    return p >= 0
        ? (long) Math.floor((p + 0x8000) / 65536)
        : -(long) Math.floor((-p + 0x8000) / 65536);
  }

  static long mulFix(long a, long b) {
    long p = a * b;
    return p >= 0 ? (p + 0x8000) >> 16 : -((-p + 0x8000) >> 16);
  }
}
