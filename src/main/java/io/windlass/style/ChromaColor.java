package io.windlass.style;

/**
 * The colour arithmetic of chroma-js 1.1.1 as carto 0.16.3 uses it: HSL ↔ RGB conversions with
 * chroma's rounding and truncation quirks, so that computed colours print exactly as carto prints
 * them (e.g. greys go through an unrounded {@code l * 255} that {@code rgb2hex} truncates).
 */
final class ChromaColor {

  private ChromaColor() {}

  /** chroma's {@code rgb2hsl}; the hue is NaN for greys. Inputs are 0-255, unrounded. */
  static double[] rgbToHsl(double r, double g, double b) {
    r = clip(r) / 255;
    g = clip(g) / 255;
    b = clip(b) / 255;
    double min = Math.min(r, Math.min(g, b));
    double max = Math.max(r, Math.max(g, b));
    double l = (max + min) / 2;
    double s;
    double h = Double.NaN;
    if (max == min) {
      s = 0;
    } else {
      s = l < 0.5 ? (max - min) / (max + min) : (max - min) / (2 - max - min);
    }
    if (r == max) {
      h = (g - b) / (max - min);
    } else if (g == max) {
      h = 2 + (b - r) / (max - min);
    } else if (b == max) {
      h = 4 + (r - g) / (max - min);
    }
    h *= 60;
    if (h < 0) {
      h += 360;
    }
    return new double[] {h, s, l};
  }

  private static double clip(double v) {
    return v < 0 ? 0 : (v > 255 ? 255 : v);
  }

  /** chroma's {@code hsl2rgb}: rounded channels, except unrounded {@code l * 255} for greys. */
  static double[] hslToRgb(double h, double s, double l) {
    if (s == 0) {
      double v = l * 255;
      return new double[] {clip(v), clip(v), clip(v)};
    }
    double[] t3 = new double[3];
    double[] c = new double[3];
    double t2 = l < 0.5 ? l * (1 + s) : l + s - l * s;
    double t1 = 2 * l - t2;
    h /= 360;
    t3[0] = h + 1.0 / 3;
    t3[1] = h;
    t3[2] = h - 1.0 / 3;
    for (int i = 0; i <= 2; i++) {
      if (t3[i] < 0) {
        t3[i] += 1;
      }
      if (t3[i] > 1) {
        t3[i] -= 1;
      }
      if (6 * t3[i] < 1) {
        c[i] = t1 + (t2 - t1) * 6 * t3[i];
      } else if (2 * t3[i] < 1) {
        c[i] = t2;
      } else if (3 * t3[i] < 2) {
        c[i] = t1 + (t2 - t1) * ((2.0 / 3) - t3[i]) * 6;
      } else {
        c[i] = t1;
      }
    }
    return new double[] {
      clip(JsNumber.round(c[0] * 255)),
      clip(JsNumber.round(c[1] * 255)),
      clip(JsNumber.round(c[2] * 255))
    };
  }

  /** chroma's {@code rgb2hex}: channels truncated to integers as JavaScript's {@code <<} does. */
  static String hex(double[] rgb) {
    int u = ((int) rgb[0]) << 16 | ((int) rgb[1]) << 8 | (int) rgb[2];
    String s = "000000" + Integer.toHexString(u);
    return "#" + s.substring(s.length() - 6);
  }
}
