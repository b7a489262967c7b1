package io.windlass.style;

/**
 * HUSL (human-friendly HSL) as the npm package {@code husl} 6.0.6 computes it, the version carto
 * 0.16.3 uses for its perceptual colour functions. A literal port of the package's compiled code:
 * the same operation order and constants (including {@code H / 360 * PI * 2} in one place and
 * {@code H / 360 * 2 * PI} in another), so results agree bit for bit with carto where the
 * floating-point library does. {@link StrictMath} is fdlibm, as V8's {@code Math} mostly is.
 */
final class Husl {

  private Husl() {}

  private static final double[][] M = {
    {3.240969941904521, -1.537383177570093, -.498610760293},
    {-.96924363628087, 1.87596750150772, .041555057407175},
    {.055630079696993, -.20397695888897, 1.056971514242878}
  };
  private static final double[][] M_INV = {
    {.41239079926595, .35758433938387, .18048078840183},
    {.21263900587151, .71516867876775, .072192315360733},
    {.019330818715591, .11919477979462, .95053215224966}
  };
  private static final double REF_Y = 1;
  private static final double REF_U = .19783000664283;
  private static final double REF_V = .46831999493879;
  private static final double KAPPA = 903.2962962;
  private static final double EPSILON = .0088564516;

  /** {@code husl.toRGB(h, s, l)}: s and l 0-100; channels 0-1. */
  static double[] toRgb(double h, double s, double l) {
    return lchToRgb(huslToLch(h, s, l));
  }

  /** {@code husl.fromRGB(r, g, b)}: channels 0-1; returns h, s 0-100, l 0-100. */
  static double[] fromRgb(double r, double g, double b) {
    return lchToHusl(rgbToLch(new double[] {r, g, b}));
  }

  /** {@code husl.toHex(h, s, l)}. */
  static String toHex(double h, double s, double l) {
    StringBuilder out = new StringBuilder("#");
    for (double c : toRgb(h, s, l)) {
      out.append(hexByte((int) (long) JsNumber.round(255 * c)));
    }
    return out.toString();
  }

  /** The package's own int-to-hex (JavaScript's {@code &} and {@code >>>}), lower-cased. */
  private static String hexByte(int a) {
    String b = "";
    do {
      b = "0123456789abcdef".charAt(a & 15) + b;
      a >>>= 4;
    } while (0 < a);
    while (b.length() < 2) {
      b = "0" + b;
    }
    return b;
  }

  /** The six lines bounding the RGB gamut at lightness {@code l}: slope and intercept pairs. */
  private static double[][] bounds(double l) {
    double[][] out = new double[6][];
    double c = StrictMath.pow(l + 16, 3) / 1560896;
    c = c > EPSILON ? c : l / KAPPA;
    int n = 0;
    for (int i = 0; i < 3; i++) {
      double p = M[i][0];
      double f = M[i][1];
      double g = M[i][2];
      for (int t = 0; t < 2; t++) {
        double k = (632260 * g - 126452 * f) * c + 126452 * t;
        out[n++] =
            new double[] {
              (284517 * p - 94839 * g) * c / k,
              ((838422 * g + 769860 * f + 731718 * p) * l * c - 769860 * t * l) / k
            };
      }
    }
    return out;
  }

  private static double maxChroma(double l, double h) {
    double hrad = h / 360 * Math.PI * 2;
    double min = Double.MAX_VALUE;
    for (double[] line : bounds(l)) {
      double len = line[1] / (StrictMath.sin(hrad) - line[0] * StrictMath.cos(hrad));
      if (0 <= len) {
        min = Math.min(min, len);
      }
    }
    return min;
  }

  private static double dot(double[] a, double[] b) {
    double c = 0;
    for (int i = 0; i < a.length; i++) {
      c = c + a[i] * b[i];
    }
    return c;
  }

  private static double fromLinear(double c) {
    return .0031308 >= c ? 12.92 * c : 1.055 * StrictMath.pow(c, .4166666666666667) - .055;
  }

  private static double toLinear(double c) {
    return .04045 < c ? StrictMath.pow((c + .055) / 1.055, 2.4) : c / 12.92;
  }

  private static double yToL(double y) {
    return y <= EPSILON
        ? y / REF_Y * KAPPA
        : 116 * StrictMath.pow(y / REF_Y, .3333333333333333) - 16;
  }

  private static double lToY(double l) {
    return 8 >= l ? REF_Y * l / KAPPA : REF_Y * StrictMath.pow((l + 16) / 116, 3);
  }

  private static double[] lchToRgb(double[] lch) {
    // lch -> luv
    double hrad = lch[2] / 360 * 2 * Math.PI;
    double[] luv = {lch[0], StrictMath.cos(hrad) * lch[1], StrictMath.sin(hrad) * lch[1]};
    // luv -> xyz
    double[] xyz;
    double l = luv[0];
    if (l == 0) {
      xyz = new double[] {0, 0, 0};
    } else {
      double u = luv[1] / (13 * l) + REF_U;
      double v = luv[2] / (13 * l) + REF_V;
      double y = lToY(l);
      double x = 0 - 9 * y * u / ((u - 4) * v - u * v);
      xyz = new double[] {x, y, (9 * y - 15 * v * y - v * x) / (3 * v)};
    }
    return new double[] {
      fromLinear(dot(M[0], xyz)), fromLinear(dot(M[1], xyz)), fromLinear(dot(M[2], xyz))
    };
  }

  private static double[] rgbToLch(double[] rgb) {
    double[] lin = {toLinear(rgb[0]), toLinear(rgb[1]), toLinear(rgb[2])};
    double x = dot(M_INV[0], lin);
    double y = dot(M_INV[1], lin);
    double z = dot(M_INV[2], lin);
    // xyz -> luv
    double d = x + 15 * y + 3 * z;
    double varU;
    double varV;
    if (d != 0) {
      varU = 4 * x / d;
      varV = 9 * y / d;
    } else {
      varU = Double.NaN;
      varV = Double.NaN;
    }
    double l = yToL(y);
    double u;
    double v;
    if (l == 0) {
      u = 0;
      v = 0;
    } else {
      u = 13 * l * (varU - REF_U);
      v = 13 * l * (varV - REF_V);
    }
    // luv -> lch
    double c = Math.sqrt(u * u + v * v);
    double h;
    if (1E-8 > c) {
      h = 0;
    } else {
      h = 180 * StrictMath.atan2(v, u) / 3.141592653589793;
      if (0 > h) {
        h = 360 + h;
      }
    }
    return new double[] {l, c, h};
  }

  private static double[] huslToLch(double h, double s, double l) {
    if (99.9999999 < l) {
      return new double[] {100, 0, h};
    }
    if (1E-8 > l) {
      return new double[] {0, 0, h};
    }
    return new double[] {l, maxChroma(l, h) / 100 * s, h};
  }

  private static double[] lchToHusl(double[] lch) {
    double l = lch[0];
    double h = lch[2];
    if (99.9999999 < l) {
      return new double[] {h, 0, 100};
    }
    if (1E-8 > l) {
      return new double[] {h, 0, 0};
    }
    return new double[] {h, lch[1] / maxChroma(l, h) * 100, l};
  }
}
