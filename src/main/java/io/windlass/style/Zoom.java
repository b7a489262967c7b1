package io.windlass.style;

/**
 * Zoom conditions as carto's {@code tree.Zoom}: 26-bit masks (bit z for zoom z, 0-25) and the
 * scale-denominator table carto writes for a mask's lowest and highest zoom.
 */
final class Zoom {

  static final int MAX_ZOOM = 25;

  /** Every zoom level 0-25. */
  static final int ALL = (1 << (MAX_ZOOM + 1)) - 1;

  private static final double[] RANGES = {
    1000000000,
    500000000,
    200000000,
    100000000,
    50000000,
    25000000,
    12500000,
    6500000,
    3000000,
    1500000,
    750000,
    400000,
    200000,
    100000,
    50000,
    25000,
    12500,
    5000,
    2500,
    1500,
    750,
    500,
    250,
    100,
    50,
    25,
    12.5
  };

  private Zoom() {}

  /** The mask of {@code [zoom op value]}; reports values outside 0-25 as carto does. */
  static int mask(String op, Node value, int index, int file, Env env) {
    Node v = value.ev(env);
    double parsed = JsCompare.parseFloat(v.text());
    int z = Double.isNaN(parsed) ? 0 : (int) parsed;
    if (z > MAX_ZOOM || z < 0) {
      env.error(file, index, "Only zoom levels between 0 and " + MAX_ZOOM + " supported.");
    }
    int start = 0;
    int end = Integer.MAX_VALUE;
    switch (op) {
      case "=":
        return 1 << (z & 31);
      case ">":
        start = z + 1;
        break;
      case ">=":
        start = z;
        break;
      case "<":
        end = z - 1;
        break;
      case "<=":
        end = z;
        break;
      default:
        break;
    }
    int mask = 0;
    for (int i = 0; i <= MAX_ZOOM; i++) {
      if (i >= start && i <= end) {
        mask |= 1 << i;
      }
    }
    return mask;
  }

  /** Lowest zoom of a non-empty mask. */
  static int min(int mask) {
    return Integer.numberOfTrailingZeros(mask);
  }

  /** Highest zoom of a non-empty mask (at most 25). */
  static int max(int mask) {
    return 31 - Integer.numberOfLeadingZeros(mask);
  }

  /** carto's MaxScaleDenominator for a mask, or NaN when the range starts at zoom 0. */
  static double maxScaleDenominator(int mask) {
    if (mask == ALL || min(mask) == 0) {
      return Double.NaN;
    }
    return RANGES[min(mask)];
  }

  /** carto's MinScaleDenominator for a mask, or NaN when the range reaches zoom 25. */
  static double minScaleDenominator(int mask) {
    if (mask == ALL || max(mask) >= MAX_ZOOM) {
      return Double.NaN;
    }
    return RANGES[max(mask) + 1];
  }
}
