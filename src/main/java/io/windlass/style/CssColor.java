package io.windlass.style;

/**
 * A colour value as carto holds it: HSL (hue 0-360, which is NaN for greys as chroma-js computes
 * it; saturation and lightness 0-1) and alpha 0-1, or the same in HUSL when {@code perceptual}
 * (carto's {@code husl()} and {@code *p} functions). Prints as {@code #rrggbb} when opaque and
 * {@code rgba(r, g, b, a)} otherwise, with carto's rounding.
 */
record CssColor(double h, double s, double l, double alpha, boolean perceptual) implements Node {

  /**
   * The error carto's {@code toStandard()} throws for every perceptual colour: it calls {@code
   * .rgb()} on the array {@code husl.toRGB} returns. {@code hue()}, {@code saturation()} and {@code
   * lightness()} of a perceptual colour end carto's whole compilation with it.
   */
  static final String TO_STANDARD_ERROR = "husl.toRGB(...).rgb is not a function";

  /** carto's {@code new tree.Color(hsl, a)}: clamps the components (NaN passes through). */
  static CssColor of(double[] hsl, double alpha) {
    return of(hsl, alpha, false);
  }

  /** carto's {@code new tree.Color(hsl, a, perceptual)}. */
  static CssColor of(double[] hsl, double alpha, boolean perceptual) {
    return new CssColor(
        Math.max(0, Math.min(hsl[0], 360)),
        Math.max(0, Math.min(hsl[1], 1)),
        Math.max(0, Math.min(hsl[2], 1)),
        alpha,
        perceptual);
  }

  /** The same components read as HUSL: carto's {@code husla(h, s, l, a)}. */
  CssColor toPerceptualComponents() {
    return new CssColor(h, s, l, alpha, true);
  }

  /** carto's {@code toPerceptual()}: through chroma's RGB (rounded channels) into HUSL. */
  CssColor toPerceptual() {
    if (perceptual) {
      return this;
    }
    double[] rgb = ChromaColor.hslToRgb(h, s, l);
    double[] husl = Husl.fromRgb(rgb[0] / 255, rgb[1] / 255, rgb[2] / 255);
    return of(new double[] {husl[0], husl[1] / 100, husl[2] / 100}, alpha, true);
  }

  /** carto's {@code husl.fromRGB} on 0-255 channels, scaled to a perceptual colour's components. */
  static double[] huslOf(double r, double g, double b) {
    double[] husl = Husl.fromRgb(r / 255, g / 255, b / 255);
    return new double[] {husl[0], husl[1] / 100, husl[2] / 100};
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
    if (perceptual) {
      if (alpha < 1.0) {
        int[] rgb = huslRgb();
        return "rgba("
            + rgb[0]
            + ", "
            + rgb[1]
            + ", "
            + rgb[2]
            + ", "
            + JsNumber.format(round2(alpha))
            + ")";
      }
      return Husl.toHex(h, s * 100, l * 100);
    }
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
    if (perceptual) {
      // the hex digits and the rgba() channels both print Math.round(c * 255)
      return huslRgb();
    }
    double[] rgb = ChromaColor.hslToRgb(h, s, l);
    int[] out = new int[3];
    for (int k = 0; k < 3; k++) {
      out[k] = alpha < 1.0 ? (int) JsNumber.round(rgb[k]) : (int) rgb[k];
    }
    return out;
  }

  /** {@code husl.toRGB(...).map(c => Math.round(c * 255))}. */
  private int[] huslRgb() {
    double[] rgb = Husl.toRgb(h, s * 100, l * 100);
    int[] out = new int[3];
    for (int k = 0; k < 3; k++) {
      out[k] = (int) (long) JsNumber.round(rgb[k] * 255);
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
