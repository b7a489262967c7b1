package io.windlass.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mapnik's {@code image-filters} (applied to a style drawn apart, before compositing) and {@code
 * direct-image-filters} (applied to the image after it): {@code agg-stack-blur(rx, ry)} and {@code
 * blur}, {@code gray}, {@code invert}, the 3×3 kernels {@code sharpen}, {@code emboss}, {@code
 * edge-detect} and {@code sobel}, {@code x-gradient}, {@code y-gradient}, {@code scale-hsla},
 * {@code color-to-alpha} and {@code colorize-alpha}. Unknown names are left out (the style is drawn
 * unfiltered). Pixels are premultiplied ARGB.
 */
final class ImageFilters {

  private static final Pattern FILTER =
      Pattern.compile("([a-z][a-z0-9-]*)\\s*(?:\\(([^)]*)\\))?", Pattern.CASE_INSENSITIVE);

  private static final float[] BLUR = {
    0.1111f, 0.1111f, 0.1111f, 0.1111f, 0.1111f, 0.1111f, 0.1111f, 0.1111f, 0.1111f
  };
  private static final float[] SHARPEN = {0, -1, 0, -1, 5, -1, 0, -1, 0};
  private static final float[] EMBOSS = {-2, -1, 0, -1, 1, 1, 0, 1, 2};
  private static final float[] EDGE_DETECT = {0, 1, 0, 1, -4, 1, 0, 1, 0};

  /** AGG's stack blur divisor as a multiply and shift, per radius (agg_blur.h's tables). */
  private static final int[] MUL = new int[255];

  private static final int[] SHR = new int[255];

  static {
    for (int r = 0; r < 255; r++) {
      long d = (long) (r + 1) * (r + 1);
      int s = 63 - Long.numberOfLeadingZeros(512 * d);
      SHR[r] = s;
      MUL[r] = (int) (((1L << s) + d - 1) / d);
    }
  }

  private record Filter(String name, double[] args, String raw) {}

  private final List<Filter> filters;

  private ImageFilters(List<Filter> filters) {
    this.filters = filters;
  }

  /** The filters of a style property value such as {@code agg-stack-blur(2,2),gray}; or null. */
  static ImageFilters parse(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    List<Filter> out = new ArrayList<>();
    Matcher m = FILTER.matcher(value);
    while (m.find()) {
      String name = m.group(1).toLowerCase(Locale.ROOT);
      double[] args = new double[0];
      if (m.group(2) != null && !m.group(2).isBlank()) {
        String[] parts = m.group(2).split(",");
        args = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
          try {
            args[i] = Double.parseDouble(parts[i].trim());
          } catch (NumberFormatException e) {
            args[i] = 0;
          }
        }
      }
      out.add(new Filter(name, args, m.group(2) == null ? "" : m.group(2)));
    }
    return out.isEmpty() ? null : new ImageFilters(out);
  }

  /**
   * The pixels {@code image-filters-inflate} grows a style's buffer by on each side: the largest
   * {@code agg-stack-blur} radius (the only filter Mapnik counts), times the scale factor.
   */
  int inflation(double scale) {
    int radius = 0;
    for (Filter f : filters) {
      if (f.name().equals("agg-stack-blur")) {
        int rx = f.args().length > 0 ? (int) f.args()[0] : 1;
        int ry = f.args().length > 1 ? (int) f.args()[1] : rx;
        radius = Math.max(radius, Math.max(rx, ry));
      }
    }
    return (int) (radius * scale);
  }

  void apply(int[] px, int w, int h) {
    apply(px, w, h, 1);
  }

  /** Applies the filters in order; blur radii scale with the scale factor, as in Mapnik 3.1. */
  void apply(int[] px, int w, int h, double scale) {
    for (Filter f : filters) {
      switch (f.name()) {
        case "blur" -> convolve(px, w, h, linear(BLUR));
        case "agg-stack-blur" -> {
          int rx = f.args().length > 0 ? (int) f.args()[0] : 1;
          int ry = f.args().length > 1 ? (int) f.args()[1] : rx;
          stackBlur(px, w, h, (int) (rx * scale), (int) (ry * scale));
        }
        case "gray" -> gray(px);
        case "invert" -> invert(px);
        case "sharpen" -> convolve(px, w, h, linear(SHARPEN));
        case "emboss" -> convolve(px, w, h, linear(EMBOSS));
        case "edge-detect" -> convolve(px, w, h, linear(EDGE_DETECT));
        case "sobel" -> convolve(px, w, h, ImageFilters::sobel);
        case "x-gradient" -> gradient(px, w, h, true);
        case "y-gradient" -> gradient(px, w, h, false);
        case "scale-hsla" -> {
          if (f.args().length == 8) {
            scaleHsla(px, f.args());
          }
        }
        case "color-to-alpha" -> colorToAlpha(px, f.raw());
        case "colorize-alpha" -> colorizeAlpha(px, f.raw());
        default -> {
          // Not drawn: see the class comment.
        }
      }
    }
  }

  /** AGG's {@code stack_blur_rgba32}, horizontally then vertically. */
  static void stackBlur(int[] px, int w, int h, int rx, int ry) {
    if (rx > 0) {
      blurLines(px, w, h, Math.min(rx, 254), 1, w);
    }
    if (ry > 0) {
      blurLines(px, h, w, Math.min(ry, 254), w, 1);
    }
  }

  /**
   * Blurs {@code lines} lines of {@code len} pixels: pixel i of line k is at {@code k * lineStep +
   * i * step}.
   */
  private static void blurLines(int[] px, int len, int lines, int r, int step, int lineStep) {
    int div = 2 * r + 1;
    int mul = MUL[r];
    int shr = SHR[r];
    int last = len - 1;
    int[] stack = new int[div];
    for (int k = 0; k < lines; k++) {
      int base = k * lineStep;
      long[] sum = new long[4];
      long[] sumIn = new long[4];
      long[] sumOut = new long[4];
      for (int i = 0; i <= r; i++) {
        int p = px[base];
        stack[i] = p;
        for (int c = 0; c < 4; c++) {
          int v = (p >>> (8 * c)) & 0xff;
          sum[c] += (long) v * (i + 1);
          sumOut[c] += v;
        }
      }
      int src = 0;
      for (int i = 1; i <= r; i++) {
        if (i <= last) {
          src++;
        }
        int p = px[base + src * step];
        stack[i + r] = p;
        for (int c = 0; c < 4; c++) {
          int v = (p >>> (8 * c)) & 0xff;
          sum[c] += (long) v * (r + 1 - i);
          sumIn[c] += v;
        }
      }
      int sp = r;
      int xp = Math.min(r, last);
      int[] outLine = new int[len];
      for (int x = 0; x < len; x++) {
        int o = 0;
        for (int c = 0; c < 4; c++) {
          o |= (int) (((sum[c] * mul) >>> shr) & 0xff) << (8 * c);
        }
        outLine[x] = o;
        for (int c = 0; c < 4; c++) {
          sum[c] -= sumOut[c];
        }
        int start = sp + div - r;
        if (start >= div) {
          start -= div;
        }
        int gone = stack[start];
        for (int c = 0; c < 4; c++) {
          sumOut[c] -= (gone >>> (8 * c)) & 0xff;
        }
        if (xp < last) {
          xp++;
        }
        int incoming = px[base + xp * step];
        stack[start] = incoming;
        for (int c = 0; c < 4; c++) {
          sumIn[c] += (incoming >>> (8 * c)) & 0xff;
          sum[c] += sumIn[c];
        }
        sp++;
        if (sp >= div) {
          sp = 0;
        }
        int mid = stack[sp];
        for (int c = 0; c < 4; c++) {
          int v = (mid >>> (8 * c)) & 0xff;
          sumOut[c] += v;
          sumIn[c] -= v;
        }
      }
      for (int x = 0; x < len; x++) {
        px[base + x * step] = outLine[x];
      }
    }
  }

  private static void gray(int[] px) {
    for (int i = 0; i < px.length; i++) {
      int p = px[i];
      int r = (p >>> 16) & 0xff;
      int g = (p >>> 8) & 0xff;
      int b = p & 0xff;
      int y = (int) (r * 0.3 + g * 0.59 + b * 0.11);
      px[i] = (p & 0xff000000) | (y << 16) | (y << 8) | y;
    }
  }

  private static void invert(int[] px) {
    for (int i = 0; i < px.length; i++) {
      int p = px[i];
      int a = p >>> 24;
      int r = a - ((p >>> 16) & 0xff);
      int g = a - ((p >>> 8) & 0xff);
      int b = a - (p & 0xff);
      px[i] = (a << 24) | (Math.max(0, r) << 16) | (Math.max(0, g) << 8) | Math.max(0, b);
    }
  }

  /**
   * Mapnik's 3×3 convolution over the colour channels of the demultiplied image (alpha kept, each
   * result clamped to 0–255 and truncated, then premultiplied again): columns beyond the edge
   * repeat the edge, the rows above the first and below the last mirror the row on the other side,
   * as its boost::gil loop reads them.
   */
  private static void convolve(int[] px, int w, int h, Kernel k) {
    int[] src = new int[px.length];
    for (int i = 0; i < px.length; i++) {
      src[i] = demultiply(px[i]);
    }
    float[] n = new float[9];
    for (int y = 0; y < h; y++) {
      int up = y == 0 ? Math.min(1, h - 1) : y - 1;
      int down = y == h - 1 ? Math.max(0, h - 2) : y + 1;
      int[] rows = {up, y, down};
      for (int x = 0; x < w; x++) {
        int left = Math.max(0, x - 1);
        int right = Math.min(w - 1, x + 1);
        int[] cols = {left, x, right};
        int a = src[y * w + x] >>> 24;
        int out = a << 24;
        for (int c = 16; c >= 0; c -= 8) {
          for (int j = 0; j < 3; j++) {
            for (int i = 0; i < 3; i++) {
              n[j * 3 + i] = (src[rows[j] * w + cols[i]] >>> c) & 0xff;
            }
          }
          int v = (int) Math.max(0, Math.min(255, k.apply(n)));
          out |= CellRasterizer.multiply(v, a) << c;
        }
        px[y * w + x] = out;
      }
    }
  }

  /** One channel's value from its 3×3 neighbourhood (row above first). */
  @FunctionalInterface
  private interface Kernel {
    float apply(float[] n);
  }

  private static Kernel linear(float[] k) {
    return n -> {
      float acc = 0;
      for (int i = 0; i < 9; i++) {
        acc += k[i] * n[i];
      }
      return acc;
    };
  }

  private static float sobel(float[] n) {
    float gx = (n[2] + 2 * n[5] + n[8]) - (n[0] + 2 * n[3] + n[6]);
    float gy = (n[0] + 2 * n[1] + n[2]) - (n[6] + 2 * n[7] + n[8]);
    return (float) Math.sqrt(gx * gx + gy * gy);
  }

  /**
   * Mapnik's {@code x-gradient} / {@code y-gradient} on the premultiplied image: each colour
   * channel becomes 128 + (left − right) / 2 (above − below), one-sided at the edges, truncated as
   * C's integer division; the result is opaque.
   */
  private static void gradient(int[] px, int w, int h, boolean horizontal) {
    int[] src = px.clone();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int p0;
        int p1;
        if (horizontal) {
          int a = x == 0 ? 0 : x == w - 1 ? Math.max(0, w - 2) : x - 1;
          int b = x == 0 ? Math.min(1, w - 1) : x == w - 1 ? x : x + 1;
          p0 = src[y * w + a];
          p1 = src[y * w + b];
        } else {
          int a = y == 0 ? 0 : y == h - 1 ? Math.max(0, h - 2) : y - 1;
          int b = y == 0 ? Math.min(1, h - 1) : y == h - 1 ? y : y + 1;
          p0 = src[a * w + x];
          p1 = src[b * w + x];
        }
        int out = 0xff000000;
        for (int c = 16; c >= 0; c -= 8) {
          int v = 128 + (((p0 >>> c) & 0xff) - ((p1 >>> c) & 0xff)) / 2;
          out |= v << c;
        }
        px[y * w + x] = out;
      }
    }
  }

  /**
   * Mapnik's {@code scale-hsla(h0,h1,s0,s1,l0,l1,a0,a1)}: each of hue, saturation, lightness and
   * alpha (0–1) maps linearly onto [x0, x1], clamped; identity arguments leave the image as is.
   */
  private static void scaleHsla(int[] px, double[] t) {
    boolean tinting = !(t[0] == 0 && t[1] == 1 && t[2] == 0 && t[3] == 1 && t[4] == 0 && t[5] == 1);
    boolean setAlpha = !(t[6] == 0 && t[7] == 1);
    if (!tinting && !setAlpha) {
      return;
    }
    double[] rgb = new double[3];
    double[] hsl = new double[3];
    for (int i = 0; i < px.length; i++) {
      int p = px[i];
      int a = p >>> 24;
      if (a == 0) {
        px[i] = 0;
        continue;
      }
      double a2 = a / 255.0;
      rgb[0] = ((p >>> 16) & 0xff) / 255.0 / a2;
      rgb[1] = ((p >>> 8) & 0xff) / 255.0 / a2;
      rgb[2] = (p & 0xff) / 255.0 / a2;
      if (setAlpha) {
        a2 = t[6] + a2 * (t[7] - t[6]);
        if (a2 <= 0) {
          px[i] = 0;
          continue;
        } else if (a2 > 1) {
          a2 = 1;
          a = 255;
        } else {
          a = (int) Math.floor(a2 * 255.0 + .5);
        }
      }
      if (tinting) {
        rgbToHsl(rgb, hsl);
        for (int k = 0; k < 3; k++) {
          hsl[k] = Math.max(0, Math.min(1, t[2 * k] + hsl[k] * (t[2 * k + 1] - t[2 * k])));
        }
        hslToRgb(hsl, rgb);
      }
      int out = a << 24;
      for (int k = 0; k < 3; k++) {
        int v = (int) Math.floor(rgb[k] * a2 * 255 + .5);
        out |= Math.min(v, a) << (16 - 8 * k);
      }
      px[i] = out;
    }
  }

  /** Mapnik's {@code rgb2hsl} (util/hsl.hpp), all values 0–1. */
  private static void rgbToHsl(double[] rgb, double[] hsl) {
    double r = rgb[0];
    double g = rgb[1];
    double b = rgb[2];
    double max = Math.max(r, Math.max(g, b));
    double min = Math.min(r, Math.min(g, b));
    double delta = max - min;
    double gamma = max + min;
    double h = 0;
    double s = 0;
    double l = gamma / 2.0;
    if (delta > 0.0) {
      s = l > 0.5 ? delta / (2.0 - gamma) : delta / gamma;
      if (max == r && max != g) {
        h = (g - b) / delta + (g < b ? 6.0 : 0.0);
      } else if (max == g && max != b) {
        h = (b - r) / delta + 2.0;
      } else if (max == b && max != r) {
        h = (r - g) / delta + 4.0;
      }
      h /= 6.0;
    }
    hsl[0] = h;
    hsl[1] = s;
    hsl[2] = l;
  }

  /** Mapnik's {@code hsl2rgb}. */
  private static void hslToRgb(double[] hsl, double[] rgb) {
    double h = hsl[0];
    double s = hsl[1];
    double l = hsl[2];
    double m2 = l <= 0.5 ? l * (s + 1.0) : l + s - l * s;
    double m1 = l * 2.0 - m2;
    rgb[0] = hueToRgb(m1, m2, h + 1.0 / 3.0);
    rgb[1] = hueToRgb(m1, m2, h);
    rgb[2] = hueToRgb(m1, m2, h - 1.0 / 3.0);
  }

  private static double hueToRgb(double m1, double m2, double h) {
    if (h < 0.0) {
      h += 1.0;
    } else if (h > 1.0) {
      h -= 1.0;
    }
    if (h * 6 < 1.0) {
      return m1 + (m2 - m1) * h * 6.0;
    }
    if (h * 2 < 1.0) {
      return m2;
    }
    if (h * 3 < 2.0) {
      return m1 + (m2 - m1) * (2.0 / 3.0 - h) * 6.0;
    }
    return m1;
  }

  /** AGG's {@code rgba8::demultiply}. */
  private static int demultiply(int p) {
    int a = p >>> 24;
    if (a == 255) {
      return p;
    }
    if (a == 0) {
      return 0;
    }
    int r = Math.min(255, ((p >>> 16) & 0xff) * 255 / a);
    int g = Math.min(255, ((p >>> 8) & 0xff) * 255 / a);
    int b = Math.min(255, (p & 0xff) * 255 / a);
    return (a << 24) | (r << 16) | (g << 8) | b;
  }

  /** Mapnik's {@code color-to-alpha(colour)}: that colour becomes transparency, the rest keeps. */
  private static void colorToAlpha(int[] px, String arg) {
    java.awt.Color c = io.windlass.style.Colors.parse(arg.trim());
    if (c == null) {
      return;
    }
    double cr = c.getRed() / 255.0;
    double cg = c.getGreen() / 255.0;
    double cb = c.getBlue() / 255.0;
    for (int i = 0; i < px.length; i++) {
      int p = px[i];
      double sa = (p >>> 24) / 255.0;
      if (sa <= 0) {
        px[i] = 0;
        continue;
      }
      double sr = ((p >>> 16) & 0xff) / 255.0 / sa;
      double sg = ((p >>> 8) & 0xff) / 255.0 / sa;
      double sb = (p & 0xff) / 255.0 / sa;
      double xa = Math.max(delta(sr, cr), Math.max(delta(sg, cg), delta(sb, cb)));
      if (xa > 0) {
        int r = shift(sr, cr, xa);
        int g = shift(sg, cg, xa);
        int b = shift(sb, cb, xa);
        int a = (int) Math.floor(xa * sa * 255 + 0.5);
        px[i] = (a << 24) | (Math.min(r, a) << 16) | (Math.min(g, a) << 8) | Math.min(b, a);
      } else {
        px[i] = 0;
      }
    }
  }

  private static double delta(double source, double match) {
    if (source > match) {
      return (source - match) / (1 - match);
    }
    if (source < match) {
      return (match - source) / match;
    }
    return 0;
  }

  private static int shift(double source, double match, double alpha) {
    double v = (((source - match) / alpha) + match) * alpha;
    return (int) Math.max(0, Math.min(255, Math.floor(v * 255 + 0.5)));
  }

  /**
   * Mapnik's {@code colorize-alpha(stops)}: every pixel takes the colour of a gradient at its alpha
   * (stops evenly spaced unless given an offset), keeping the alpha.
   */
  private static void colorizeAlpha(int[] px, String arg) {
    String[] parts = arg.split(",");
    int n = parts.length;
    int[] colours = new int[n];
    double[] offsets = new double[n];
    for (int i = 0; i < n; i++) {
      String[] bits = parts[i].trim().split("\\s+");
      java.awt.Color c = io.windlass.style.Colors.parse(bits[0]);
      if (c == null) {
        return;
      }
      colours[i] = c.getRGB();
      double offset = n > 1 ? (double) i / (n - 1) : 0;
      if (bits.length > 1) {
        String o = bits[1];
        try {
          double v = Double.parseDouble(o.endsWith("%") ? o.substring(0, o.length() - 1) : o);
          offset = o.endsWith("%") ? v / 100 : v;
        } catch (NumberFormatException e) {
          // keep the even spacing
        }
      }
      offsets[i] = offset;
    }
    int[] lut = new int[256];
    if (n == 1) {
      java.util.Arrays.fill(lut, colours[0]);
    } else {
      int start = (int) Math.round(offsets[0] * 256);
      for (int i = 0; i < Math.min(start, 256); i++) {
        lut[i] = colours[0];
      }
      int end = start;
      for (int k = 1; k < n; k++) {
        end = (int) Math.round(offsets[k] * 256);
        int len = end - start + 1;
        for (int i = start, j = 0; i < end && i < 256; i++, j++) {
          lut[i] = mix(colours[k - 1], colours[k], len > 1 ? (double) j / (len - 1) : 0);
        }
        start = end;
      }
      for (int i = Math.max(end, 0); i < 256; i++) {
        lut[i] = colours[n - 1];
      }
    }
    for (int i = 0; i < px.length; i++) {
      int a = px[i] >>> 24;
      if (a == 0) {
        continue;
      }
      int c = lut[a];
      int r = Math.min(a, ((c >>> 16 & 0xff) * a + 255) >> 8);
      int g = Math.min(a, ((c >>> 8 & 0xff) * a + 255) >> 8);
      int b = Math.min(a, ((c & 0xff) * a + 255) >> 8);
      px[i] = (a << 24) | (r << 16) | (g << 8) | b;
    }
  }

  private static int mix(int c0, int c1, double f) {
    int r = (int) Math.round(((c0 >>> 16) & 0xff) * (1 - f) + ((c1 >>> 16) & 0xff) * f);
    int g = (int) Math.round(((c0 >>> 8) & 0xff) * (1 - f) + ((c1 >>> 8) & 0xff) * f);
    int b = (int) Math.round((c0 & 0xff) * (1 - f) + (c1 & 0xff) * f);
    return 0xff000000 | (r << 16) | (g << 8) | b;
  }
}
