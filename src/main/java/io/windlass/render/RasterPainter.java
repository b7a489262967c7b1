package io.windlass.render;

import io.windlass.geo.RasterTile;
import io.windlass.style.Colors;
import io.windlass.style.SymbolizerSpec;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mapnik's {@code RasterSymbolizer} over a raster layer's rasters: each raster covers the pixels
 * between its rounded corners, sampled nearest ({@code raster-scaling: near}, the default) or
 * bilinearly (any other method) with edge pixels repeated, then composited with {@code
 * raster-opacity} and {@code raster-comp-op}. Band 0 reads one or two bands as grey (and alpha),
 * three or four as RGB(A); a chosen band goes through {@code raster-colorizer-*} (Mapnik's stops:
 * linear, discrete or exact; the default colour outside them), grey when there is none. Nodata is
 * transparent. Confined to the rendering thread.
 */
final class RasterPainter {

  private static final Pattern STOP =
      Pattern.compile(
          "<stop\\s+value=\"([^\"]*)\"\\s+color=\"([^\"]*)\"(?:\\s+mode=\"([^\"]*)\")?\\s*/>");

  private final int[] pixels;
  private final int width;
  private final int height;
  private final PixelTransform t;

  RasterPainter(int[] pixels, int width, int height, PixelTransform t) {
    this.pixels = pixels;
    this.width = width;
    this.height = height;
    this.t = t;
  }

  void paint(List<RasterTile> rasters, int band, SymbolizerSpec spec) {
    Map<String, String> p = spec.properties();
    double opacity = VectorPainter.number(p, "opacity", 1);
    boolean near = !p.containsKey("scaling") || "near".equals(p.get("scaling"));
    CompOp op = CompOp.of(p.get("comp-op"));
    Colorizer colorizer = Colorizer.of(p, spec.content());
    int cover = (int) (Math.max(0, Math.min(1, opacity)) * 255);
    for (RasterTile r : rasters) {
      int[] argb = colours(r, band, colorizer);
      if (argb != null) {
        draw(r, argb, near, op, cover);
      }
    }
  }

  /** Mapnik's {@code render_raster_symbolizer}: the raster's pixel box, resampled. */
  private void draw(RasterTile r, int[] src, boolean near, CompOp op, int cover) {
    var e = r.extent();
    double minX = t.x(e.minX());
    double maxX = t.x(e.maxX());
    double minY = t.y(e.maxY());
    double maxY = t.y(e.minY());
    int startX = (int) Math.floor(minX + .5);
    int startY = (int) Math.floor(minY + .5);
    int endX = (int) Math.floor(maxX + .5);
    int endY = (int) Math.floor(maxY + .5);
    if (endX <= startX || endY <= startY) {
      return;
    }
    double ratioX = (maxX - minX) / r.width();
    double ratioY = (maxY - minY) / r.height();
    // A north-up raster's first row is its top; a south-up one's its bottom.
    boolean flipY = r.scaleY() > 0;
    boolean flipX = r.scaleX() < 0;
    int x0 = Math.max(0, startX);
    int x1 = Math.min(width, endX);
    int y0 = Math.max(0, startY);
    int y1 = Math.min(height, endY);
    int w = r.width();
    int h = r.height();
    // Mapnik's scale_image_agg samples at the target's pixel centres over the ratio alone: the
    // raster's sub-pixel offset from its rounded corner is not applied.
    for (int y = y0; y < y1; y++) {
      double v = (y - startY + 0.5) / ratioY;
      for (int x = x0; x < x1; x++) {
        double u = (x - startX + 0.5) / ratioX;
        int c;
        if (near) {
          int sx = clamp((int) Math.floor(u), w);
          int sy = clamp((int) Math.floor(v), h);
          c = src[(flipY ? h - 1 - sy : sy) * w + (flipX ? w - 1 - sx : sx)];
        } else {
          c = bilinear(src, w, h, u - 0.5, v - 0.5, flipX, flipY);
        }
        if (c == 0 && op == CompOp.SRC_OVER) {
          continue;
        }
        if (cover < 255) {
          c = CellRasterizer.covered(c, cover);
        }
        int at = y * width + x;
        if (op == CompOp.SRC_OVER) {
          CellRasterizer.blendOver(pixels, at, c);
        } else {
          pixels[at] = op.blend(pixels[at], c);
        }
      }
    }
  }

  private static int clamp(int v, int n) {
    return v < 0 ? 0 : v >= n ? n - 1 : v;
  }

  private static int bilinear(
      int[] src, int w, int h, double u, double v, boolean flipX, boolean flipY) {
    int ix = (int) Math.floor(u);
    int iy = (int) Math.floor(v);
    double fx = u - ix;
    double fy = v - iy;
    int[] xs = {clamp(ix, w), clamp(ix + 1, w)};
    int[] ys = {clamp(iy, h), clamp(iy + 1, h)};
    int out = 0;
    for (int shift = 24; shift >= 0; shift -= 8) {
      double acc = 0;
      for (int j = 0; j < 2; j++) {
        for (int i = 0; i < 2; i++) {
          int sx = flipX ? w - 1 - xs[i] : xs[i];
          int sy = flipY ? h - 1 - ys[j] : ys[j];
          double wgt = (i == 0 ? 1 - fx : fx) * (j == 0 ? 1 - fy : fy);
          acc += wgt * ((src[sy * w + sx] >>> shift) & 255);
        }
      }
      out |= Math.min(255, (int) Math.round(acc)) << shift;
    }
    return out;
  }

  /** The raster's pixels as premultiplied ARGB, row by row as stored; null when unreadable. */
  private static int[] colours(RasterTile r, int band, Colorizer colorizer) {
    int n = r.width() * r.height();
    int[] out = new int[n];
    List<double[]> bands = r.bands();
    double[] nodata = r.nodata();
    if (band > 0) {
      if (band > bands.size()) {
        return null;
      }
      double[] values = bands.get(band - 1);
      double nd = nodata[band - 1];
      for (int i = 0; i < n; i++) {
        double v = values[i];
        if (v == nd) {
          continue;
        }
        out[i] = colorizer != null ? colorizer.colour(v) : grey(v);
      }
      return out;
    }
    int count = bands.size();
    if (count == 0) {
      return null;
    }
    for (int i = 0; i < n; i++) {
      if (isNodata(bands, nodata, i, count >= 3 ? 3 : 1)) {
        continue;
      }
      if (count >= 3) {
        int a = count >= 4 ? byteOf(bands.get(3)[i]) : 255;
        out[i] =
            CellRasterizer.premultiplied(
                byteOf(bands.get(0)[i]), byteOf(bands.get(1)[i]), byteOf(bands.get(2)[i]), a);
      } else {
        int g = byteOf(bands.get(0)[i]);
        int a = count == 2 ? byteOf(bands.get(1)[i]) : 255;
        out[i] = CellRasterizer.premultiplied(g, g, g, a);
      }
    }
    return out;
  }

  /** Whether the colour bands of pixel i all hold their nodata value. */
  private static boolean isNodata(List<double[]> bands, double[] nodata, int i, int colourBands) {
    for (int k = 0; k < colourBands; k++) {
      if (Double.isNaN(nodata[k]) || bands.get(k)[i] != nodata[k]) {
        return false;
      }
    }
    return true;
  }

  private static int grey(double v) {
    int g = byteOf(v);
    return 0xff000000 | (g << 16) | (g << 8) | g;
  }

  private static int byteOf(double v) {
    return (int) Math.max(0, Math.min(255, v));
  }

  /** Mapnik's {@code raster_colorizer}. */
  private record Colorizer(
      String defaultMode, Color defaultColour, double epsilon, List<Stop> stops) {

    record Stop(double value, Color colour, String mode) {}

    static Colorizer of(Map<String, String> p, String content) {
      List<Stop> stops = new ArrayList<>();
      if (content != null) {
        Matcher m = STOP.matcher(content);
        while (m.find()) {
          Color c = Colors.parse(m.group(2));
          try {
            stops.add(
                new Stop(
                    Double.parseDouble(m.group(1)),
                    c == null ? new Color(0, 0, 0, 0) : c,
                    m.group(3) == null ? "inherit" : m.group(3)));
          } catch (NumberFormatException badStop) {
            // carto validates stop values; nothing to draw for one that is not a number
          }
        }
      }
      if (stops.isEmpty() && !p.containsKey("default-color")) {
        return null;
      }
      Color dflt = p.containsKey("default-color") ? Colors.parse(p.get("default-color")) : null;
      return new Colorizer(
          p.getOrDefault("default-mode", "linear"),
          dflt == null ? new Color(0, 0, 0, 0) : dflt,
          VectorPainter.number(p, "epsilon", 1e-4),
          stops);
    }

    /** {@code raster_colorizer::get_color}, premultiplied. */
    int colour(double value) {
      int count = stops.size();
      Color out;
      if (count == 0) {
        out = defaultColour;
      } else {
        int idx = count - 1;
        for (int i = 0; i < count; i++) {
          if (value < stops.get(i).value()) {
            idx = i - 1;
            break;
          }
        }
        int next = Math.min(idx + 1, count - 1);
        String mode;
        Color from;
        double fromValue;
        if (idx == -1) {
          mode = "discrete";
          from = defaultColour;
          fromValue = value;
        } else {
          mode = stops.get(idx).mode().equals("inherit") ? defaultMode : stops.get(idx).mode();
          from = stops.get(idx).colour();
          fromValue = stops.get(idx).value();
        }
        Color to = stops.get(next).colour();
        double toValue = stops.get(next).value();
        out =
            switch (mode) {
              case "linear" -> {
                if (toValue == fromValue) {
                  yield from;
                }
                float f = (float) ((value - fromValue) / (toValue - fromValue));
                yield new Color(
                    lerp(from.getRed(), to.getRed(), f),
                    lerp(from.getGreen(), to.getGreen(), f),
                    lerp(from.getBlue(), to.getBlue(), f),
                    lerp(from.getAlpha(), to.getAlpha(), f));
              }
              case "discrete" -> from;
              default -> Math.abs(value - fromValue) < epsilon ? from : defaultColour;
            };
      }
      return CellRasterizer.premultiplied(
          out.getRed(), out.getGreen(), out.getBlue(), out.getAlpha());
    }

    private static int lerp(int a, int b, float f) {
      return Math.max(0, Math.min(255, (int) (f * ((float) b - (float) a) + a)));
    }
  }
}
