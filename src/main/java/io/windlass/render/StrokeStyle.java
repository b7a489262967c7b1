package io.windlass.render;

import io.windlass.style.SymbolizerSpec;
import java.awt.BasicStroke;
import java.util.Map;

/**
 * The stroke options of a compiled {@code LineSymbolizer} that its record does not carry: {@code
 * stroke-linecap} (butt), {@code stroke-linejoin} (miter), {@code stroke-miterlimit} (4) and {@code
 * stroke-dasharray} / {@code stroke-dashoffset} in CSS pixels (multiplied by the scale factor, as
 * Mapnik does).
 */
record StrokeStyle(int cap, int join, float miterLimit, float[] dashes, float dashOffset) {

  static final StrokeStyle DEFAULT =
      new StrokeStyle(BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 4f, null, 0f);

  static StrokeStyle of(SymbolizerSpec spec) {
    Map<String, String> p = spec.properties();
    int cap =
        switch (p.getOrDefault("stroke-linecap", "butt")) {
          case "round" -> BasicStroke.CAP_ROUND;
          case "square" -> BasicStroke.CAP_SQUARE;
          default -> BasicStroke.CAP_BUTT;
        };
    int join =
        switch (p.getOrDefault("stroke-linejoin", "miter")) {
          case "round" -> BasicStroke.JOIN_ROUND;
          case "bevel" -> BasicStroke.JOIN_BEVEL;
          default -> BasicStroke.JOIN_MITER; // miter-revert behaves as miter here
        };
    float[] dashes = null;
    String d = p.get("stroke-dasharray");
    if (d != null) {
      String[] parts = d.split("[,\\s]+");
      dashes = new float[parts.length % 2 == 0 ? parts.length : parts.length * 2];
      for (int i = 0; i < dashes.length; i++) {
        dashes[i] = parseOr(parts[i % parts.length], 1);
      }
    }
    return new StrokeStyle(
        cap,
        join,
        parseOr(p.get("stroke-miterlimit"), 4),
        dashes,
        parseOr(p.get("stroke-dashoffset"), 0));
  }

  BasicStroke stroke(double width, double scale) {
    float[] scaled = null;
    if (dashes != null) {
      scaled = new float[dashes.length];
      boolean positive = false;
      for (int i = 0; i < dashes.length; i++) {
        scaled[i] = (float) (dashes[i] * scale);
        positive |= scaled[i] > 0;
      }
      if (!positive) {
        scaled = null;
      }
    }
    return new BasicStroke(
        (float) width, cap, join, Math.max(1f, miterLimit), scaled, (float) (dashOffset * scale));
  }

  private static float parseOr(String s, float dflt) {
    if (s == null) {
      return dflt;
    }
    try {
      return Float.parseFloat(s.trim());
    } catch (NumberFormatException e) {
      return dflt;
    }
  }
}
