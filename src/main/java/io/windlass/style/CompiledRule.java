package io.windlass.style;

import java.util.Map;

/**
 * A flattened definition ready for per-feature evaluation: the zoom levels it applies to as a bit
 * mask (bit z set for zoom z; zooms above 63 use bit 63), its filters (all must hold) and its
 * declarations with constant values.
 */
record CompiledRule(long zoomMask, AttributeFilter[] filters, Prop[] props) {

  static final int MAX_ZOOM_BIT = 63;

  boolean matches(Map<String, Object> attributes, int zoom) {
    if ((zoomMask & (1L << Math.min(Math.max(zoom, 0), MAX_ZOOM_BIT))) == 0) {
      return false;
    }
    for (AttributeFilter f : filters) {
      if (!f.test(attributes)) {
        return false;
      }
    }
    return true;
  }

  /** The zoom mask selected by {@code zoom op value}. */
  static long zoomMask(String op, double value) {
    long mask = 0;
    for (int z = 0; z <= MAX_ZOOM_BIT; z++) {
      boolean in;
      switch (op) {
        case "=":
          in = z == value;
          break;
        case "!=":
          in = z != value;
          break;
        case "<":
          in = z < value;
          break;
        case "<=":
          in = z <= value;
          break;
        case ">":
          in = z > value;
          break;
        default:
          in = z >= value;
      }
      if (in) {
        mask |= 1L << z;
      }
    }
    return mask;
  }
}
