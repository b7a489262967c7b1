package io.windlass.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mapnik's {@code image-filters} (applied to a style drawn apart, before compositing) and {@code
 * direct-image-filters} (applied to the image after it): {@code agg-stack-blur(rx, ry)} and {@code
 * blur} with AGG's stack blur, {@code gray}, {@code invert}, and the 3×3 kernels {@code sharpen},
 * {@code emboss} and {@code edge-detect}. Other filters are left out (the style is drawn
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

  private record Filter(String name, double[] args) {}

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
      out.add(new Filter(name, args));
    }
    return out.isEmpty() ? null : new ImageFilters(out);
  }

  void apply(int[] px, int w, int h) {
    for (Filter f : filters) {
      switch (f.name()) {
        case "blur" -> convolve(px, w, h, BLUR);
        case "agg-stack-blur" -> {
          int rx = f.args().length > 0 ? (int) f.args()[0] : 1;
          int ry = f.args().length > 1 ? (int) f.args()[1] : rx;
          stackBlur(px, w, h, rx, ry);
        }
        case "gray" -> gray(px);
        case "invert" -> invert(px);
        case "sharpen" -> convolve(px, w, h, SHARPEN);
        case "emboss" -> convolve(px, w, h, EMBOSS);
        case "edge-detect" -> convolve(px, w, h, EDGE_DETECT);
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
  private static void convolve(int[] px, int w, int h, float[] k) {
    int[] src = new int[px.length];
    for (int i = 0; i < px.length; i++) {
      src[i] = demultiply(px[i]);
    }
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
          float acc = 0;
          for (int j = 0; j < 3; j++) {
            for (int i = 0; i < 3; i++) {
              acc += k[j * 3 + i] * ((src[rows[j] * w + cols[i]] >>> c) & 0xff);
            }
          }
          int v = (int) Math.max(0, Math.min(255, acc));
          out |= multiply(v, a) << c;
        }
        px[y * w + x] = out;
      }
    }
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

  /** AGG's {@code int8u} multiply: c * a / 255, rounded. */
  private static int multiply(int c, int a) {
    int t = c * a + 128;
    return ((t >> 8) + t) >> 8;
  }
}
