package io.windlass.style;

/**
 * A colour value as carto holds it: HSL (hue 0-360, which is NaN for greys as chroma-js computes
 * it; saturation and lightness 0-1) and alpha 0-1. Prints as {@code #rrggbb} when opaque and {@code
 * rgba(r, g, b, a)} otherwise, with carto's rounding.
 */
record CssColor(double h, double s, double l, double alpha) implements Node {

  /** carto's {@code new tree.Color(hsl, a)}: clamps the components (NaN passes through). */
  static CssColor of(double[] hsl, double alpha) {
    return new CssColor(
        Math.max(0, Math.min(hsl[0], 360)),
        Math.max(0, Math.min(hsl[1], 1)),
        Math.max(0, Math.min(hsl[2], 1)),
        alpha);
  }

  static CssColor fromRgb(double r, double g, double b, double alpha) {
    return of(ChromaColor.rgbToHsl(r, g, b), alpha);
  }

  @Override
  public Node ev(Env env) {
    return this;
  }

  @Override
  public String is() {
    return "color";
  }

  @Override
  public String text() {
    double[] rgb = ChromaColor.hslToRgb(h, s, l);
    if (alpha < 1.0) {
      return "rgba("
          + JsNumber.format(JsNumber.round(rgb[0]))
          + ", "
          + JsNumber.format(JsNumber.round(rgb[1]))
          + ", "
          + JsNumber.format(JsNumber.round(rgb[2]))
          + ", "
          + JsNumber.format(round2(alpha))
          + ")";
    }
    return ChromaColor.hex(rgb);
  }

  /** {@code chroma(color.toString()).rgb()}: the channels of the printed colour, 0-255. */
  int[] printedRgb() {
    double[] rgb = ChromaColor.hslToRgb(h, s, l);
    int[] out = new int[3];
    for (int k = 0; k < 3; k++) {
      out[k] = alpha < 1.0 ? (int) JsNumber.round(rgb[k]) : (int) rgb[k];
    }
    return out;
  }

  /** Hue as {@code getComponents()} reports it (NaN becomes 0). */
  double hue() {
    return Double.isNaN(h) ? 0 : h;
  }

  /** carto's {@code Number(Math.round(value + 'e2') + 'e-2')}. */
  static double round2(double v) {
    double up = JsNumber.parse(JsNumber.format(v) + "e2");
    return JsNumber.parse(JsNumber.format(JsNumber.round(up)) + "e-2");
  }

  /** The printed colour as AWT colour, alpha included. */
  java.awt.Color toAwt() {
    int[] rgb = printedRgb();
    double a = alpha < 1.0 ? round2(alpha) : 1.0;
    return new java.awt.Color(rgb[0], rgb[1], rgb[2], (int) Math.round(a * 255));
  }
}
