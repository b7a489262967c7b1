package io.windlass.render;

import io.windlass.style.SymbolizerSpec;
import java.util.Map;

/**
 * The stroke options of a compiled {@code LineSymbolizer} that its record does not carry: {@code
 * stroke-linecap} (butt), {@code stroke-linejoin} (miter; Mapnik draws {@code miter-revert} as
 * miter too), {@code stroke-miterlimit} (4), {@code stroke-dasharray} / {@code stroke-dashoffset}
 * in CSS pixels (multiplied by the scale factor, as Mapnik does), {@code stroke-gamma} as AGG's
 * coverage table (null: 1, the identity), {@code clip} ({@code line-clip}, on unless false), {@code
 * offset} ({@code line-offset}, CSS pixels to the right of the line's direction) and {@code
 * simplify} ({@code line-simplify}, image pixels, Mapnik's radial distance).
 */
record StrokeStyle(
    LineStroker.Cap cap,
    LineStroker.Join join,
    double miterLimit,
    double[] dashPattern,
    double dashOffset,
    int[] gamma,
    boolean clip,
    double offset,
    double simplify,
    double smooth) {

  static StrokeStyle of(SymbolizerSpec spec) {
    Map<String, String> p = spec.properties();
    LineStroker.Cap cap =
        switch (p.getOrDefault("stroke-linecap", "butt")) {
          case "round" -> LineStroker.Cap.ROUND;
          case "square" -> LineStroker.Cap.SQUARE;
          default -> LineStroker.Cap.BUTT;
        };
    LineStroker.Join join =
        switch (p.getOrDefault("stroke-linejoin", "miter")) {
          case "round" -> LineStroker.Join.ROUND;
          case "bevel" -> LineStroker.Join.BEVEL;
          default -> LineStroker.Join.MITER;
        };
    double[] dashes = null;
    String d = p.get("stroke-dasharray");
    if (d != null) {
      String[] parts = d.split("[,\\s]+");
      dashes = new double[parts.length % 2 == 0 ? parts.length : parts.length * 2];
      for (int i = 0; i < dashes.length; i++) {
        dashes[i] = parseOr(parts[i % parts.length], 1);
      }
    }
    return new StrokeStyle(
        cap,
        join,
        Math.max(1, parseOr(p.get("stroke-miterlimit"), 4)),
        dashes,
        parseOr(p.get("stroke-dashoffset"), 0),
        gammaTable(p.get("stroke-gamma")),
        !"false".equals(p.get("clip")),
        parseOr(p.get("offset"), 0),
        Math.max(0, parseOr(p.get("simplify"), 0)),
        Math.max(0, Math.min(1, parseOr(p.get("smooth"), 0))));
  }

  /** The dash pattern scaled to device pixels, or null to draw solid (no positive length). */
  double[] dashes(double scale) {
    if (dashPattern == null) {
      return null;
    }
    double[] scaled = new double[dashPattern.length];
    boolean positive = false;
    for (int i = 0; i < scaled.length; i++) {
      scaled[i] = Math.max(0, dashPattern[i] * scale);
      positive |= scaled[i] > 0;
    }
    return positive ? scaled : null;
  }

  /** AGG's {@code gamma_power} coverage table for a gamma value, or null for 1 (identity). */
  static int[] gammaTable(String value) {
    double g = parseOr(value, 1);
    if (g == 1 || !(g >= 0)) {
      return null;
    }
    int[] table = new int[256];
    for (int i = 0; i < 256; i++) {
      table[i] = (int) (Math.pow(i / 255.0, g) * 255 + 0.5);
    }
    return table;
  }

  private static double parseOr(String s, double dflt) {
    if (s == null) {
      return dflt;
    }
    try {
      return Double.parseDouble(s.trim());
    } catch (NumberFormatException e) {
      return dflt;
    }
  }
}
