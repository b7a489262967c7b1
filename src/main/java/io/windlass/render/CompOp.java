package io.windlass.render;

import java.util.Locale;

/**
 * Mapnik's compositing operations ({@code comp-op} of symbolizers and styles) on premultiplied ARGB
 * pixels, with the SVG compositing formulas AGG implements. {@link #SRC_OVER} is the default and
 * has an integer fast path in {@link CellRasterizer}; the others compute in floating point.
 */
enum CompOp {
  CLEAR,
  SRC,
  DST,
  SRC_OVER,
  DST_OVER,
  SRC_IN,
  DST_IN,
  SRC_OUT,
  DST_OUT,
  SRC_ATOP,
  DST_ATOP,
  XOR,
  PLUS,
  MINUS,
  MULTIPLY,
  SCREEN,
  OVERLAY,
  DARKEN,
  LIGHTEN,
  COLOR_DODGE,
  COLOR_BURN,
  HARD_LIGHT,
  SOFT_LIGHT,
  DIFFERENCE,
  EXCLUSION,
  CONTRAST,
  INVERT,
  INVERT_RGB,
  GRAIN_MERGE,
  GRAIN_EXTRACT,
  HUE,
  SATURATION,
  COLOR,
  VALUE;

  /** The operation a CartoCSS value names ({@code multiply}, {@code src-over}, …); default too. */
  static CompOp of(String name) {
    if (name == null) {
      return SRC_OVER;
    }
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      return SRC_OVER;
    }
  }

  /**
   * Composites a whole image onto another (premultiplied ARGB, same size), as Mapnik composites a
   * style rendered apart: every pixel, the source scaled by {@code opacity} first.
   */
  void composite(int[] dst, int[] src, double opacity) {
    int cover = (int) (Math.max(0, Math.min(1, opacity)) * 255);
    for (int i = 0; i < dst.length; i++) {
      int s = src[i];
      if (this == SRC_OVER && s == 0) {
        continue;
      }
      dst[i] = blend(dst[i], CellRasterizer.covered(s, cover));
    }
  }

  /** {@code src} (premultiplied ARGB, already scaled by coverage) composited onto {@code dst}. */
  int blend(int dst, int src) {
    double sa = (src >>> 24) / 255.0;
    double sr = ((src >>> 16) & 0xff) / 255.0;
    double sg = ((src >>> 8) & 0xff) / 255.0;
    double sb = (src & 0xff) / 255.0;
    double da = (dst >>> 24) / 255.0;
    double dr = ((dst >>> 16) & 0xff) / 255.0;
    double dg = ((dst >>> 8) & 0xff) / 255.0;
    double db = (dst & 0xff) / 255.0;
    if (this == HUE || this == SATURATION || this == COLOR || this == VALUE) {
      double[] out = new double[4];
      nonSeparable(sr, sg, sb, sa, dr, dg, db, da, out);
      return pack(out[0], out[1], out[2], out[3]);
    }
    return pack(
        channel(sr, sa, dr, da), channel(sg, sa, dg, da), channel(sb, sa, db, da), alpha(sa, da));
  }

  private double alpha(double sa, double da) {
    return switch (this) {
      case CLEAR -> 0;
      case SRC -> sa;
      case DST -> da;
      case SRC_IN, DST_IN -> sa * da;
      case SRC_OUT -> sa * (1 - da);
      case DST_OUT -> da * (1 - sa);
      case SRC_ATOP -> da;
      case DST_ATOP -> sa;
      case XOR -> sa + da - 2 * sa * da;
      case PLUS -> Math.min(1, sa + da);
      default -> sa + da - sa * da;
    };
  }

  /** One premultiplied colour channel: source s (alpha sa) onto destination d (alpha da). */
  private double channel(double s, double sa, double d, double da) {
    double outside = s * (1 - da) + d * (1 - sa);
    return switch (this) {
      case CLEAR -> 0;
      case SRC -> s;
      case DST -> d;
      case SRC_OVER -> s + d * (1 - sa);
      case DST_OVER -> d + s * (1 - da);
      case SRC_IN -> s * da;
      case DST_IN -> d * sa;
      case SRC_OUT -> s * (1 - da);
      case DST_OUT -> d * (1 - sa);
      case SRC_ATOP -> s * da + d * (1 - sa);
      case DST_ATOP -> d * sa + s * (1 - da);
      case XOR -> s * (1 - da) + d * (1 - sa);
      case PLUS -> Math.min(1, s + d);
      case MINUS -> Math.max(0, d - s);
      case MULTIPLY -> s * d + outside;
      case SCREEN -> s + d - s * d;
      case OVERLAY ->
          2 * d <= da ? 2 * s * d + outside : sa * da - 2 * (da - d) * (sa - s) + outside;
      case DARKEN -> Math.min(s * da, d * sa) + outside;
      case LIGHTEN -> Math.max(s * da, d * sa) + outside;
      case COLOR_DODGE ->
          s * da + d * sa >= sa * da ? sa * da + outside : d * sa / (1 - s / sa) + outside;
      case COLOR_BURN ->
          s * da + d * sa <= sa * da
              ? outside
              : (s > 0 ? sa * (s * da + d * sa - sa * da) / s : 0) + outside;
      case HARD_LIGHT ->
          2 * s < sa ? 2 * s * d + outside : sa * da - 2 * (da - d) * (sa - s) + outside;
      case SOFT_LIGHT -> softLight(s, sa, d, da) + outside;
      case DIFFERENCE -> s + d - 2 * Math.min(s * da, d * sa);
      case EXCLUSION -> s * da + d * sa - 2 * s * d + outside;
      case CONTRAST -> clamp((d - da / 2) * (2 * s - sa + 1) + da / 2);
      case INVERT -> (da - d) * sa + d * (1 - sa);
      case INVERT_RGB -> (da - d) * s + d * (1 - sa);
      case GRAIN_MERGE -> clamp(s + d - 0.5);
      case GRAIN_EXTRACT -> clamp(d - s + 0.5);
      default -> s + d * (1 - sa);
    };
  }

  private static double softLight(double s, double sa, double d, double da) {
    if (da <= 0) {
      return 0;
    }
    double m = d / da;
    if (2 * s <= sa) {
      return d * (sa + (2 * s - sa) * (1 - m));
    }
    if (4 * d <= da) {
      return d * sa + da * (2 * s - sa) * ((16 * m - 12) * m + 3) * m;
    }
    return d * sa + da * (2 * s - sa) * (Math.sqrt(m) - m);
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }

  /** hue, saturation, color and value: in HSV of the un-premultiplied colours, as Mapnik does. */
  private void nonSeparable(
      double sr,
      double sg,
      double sb,
      double sa,
      double dr,
      double dg,
      double db,
      double da,
      double[] out) {
    double a = sa + da - sa * da;
    if (sa <= 0 || da <= 0) {
      out[0] = sr + dr * (1 - sa);
      out[1] = sg + dg * (1 - sa);
      out[2] = sb + db * (1 - sa);
      out[3] = a;
      return;
    }
    double[] s = hsv(sr / sa, sg / sa, sb / sa);
    double[] d = hsv(dr / da, dg / da, db / da);
    switch (this) {
      case HUE -> d[0] = s[0];
      case SATURATION -> d[1] = s[1];
      case COLOR -> {
        d[0] = s[0];
        d[1] = s[1];
      }
      default -> d[2] = s[2];
    }
    double[] rgb = rgb(d[0], d[1], d[2]);
    // The blended colour where both are, each alone where only one is.
    out[0] = rgb[0] * sa * da + sr * (1 - da) + dr * (1 - sa);
    out[1] = rgb[1] * sa * da + sg * (1 - da) + dg * (1 - sa);
    out[2] = rgb[2] * sa * da + sb * (1 - da) + db * (1 - sa);
    out[3] = a;
  }

  private static double[] hsv(double r, double g, double b) {
    double max = Math.max(r, Math.max(g, b));
    double min = Math.min(r, Math.min(g, b));
    double delta = max - min;
    double h = 0;
    if (delta > 0) {
      if (max == r) {
        h = ((g - b) / delta) % 6;
      } else if (max == g) {
        h = (b - r) / delta + 2;
      } else {
        h = (r - g) / delta + 4;
      }
      h /= 6;
      if (h < 0) {
        h += 1;
      }
    }
    return new double[] {h, max > 0 ? delta / max : 0, max};
  }

  private static double[] rgb(double h, double s, double v) {
    double c = v * s;
    double hh = h * 6;
    double x = c * (1 - Math.abs(hh % 2 - 1));
    double m = v - c;
    double r;
    double g;
    double b;
    switch ((int) Math.floor(hh) % 6) {
      case 0 -> {
        r = c;
        g = x;
        b = 0;
      }
      case 1 -> {
        r = x;
        g = c;
        b = 0;
      }
      case 2 -> {
        r = 0;
        g = c;
        b = x;
      }
      case 3 -> {
        r = 0;
        g = x;
        b = c;
      }
      case 4 -> {
        r = x;
        g = 0;
        b = c;
      }
      default -> {
        r = c;
        g = 0;
        b = x;
      }
    }
    return new double[] {r + m, g + m, b + m};
  }

  private static int pack(double r, double g, double b, double a) {
    int ia = (int) Math.round(clamp(a) * 255);
    int ir = Math.min(ia, (int) Math.round(clamp(r) * 255));
    int ig = Math.min(ia, (int) Math.round(clamp(g) * 255));
    int ib = Math.min(ia, (int) Math.round(clamp(b) * 255));
    return (ia << 24) | (ir << 16) | (ig << 8) | ib;
  }
}
