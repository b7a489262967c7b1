package io.windlass.style;

import java.util.List;

/**
 * One compiled rule of a {@link FeatureStyle}: the zoom range it applies to ({@code minZoom} to
 * {@code maxZoom} inclusive, 0-25; carto writes it as Mapnik scale denominators), its Mapnik filter
 * expression ({@code ""} when it has none; the compiled {@link RuleFilter} evaluates it) and the
 * symbolizers to draw when it is the first matching rule of its style.
 */
public record StyleRule(
    int minZoom, int maxZoom, String filter, List<SymbolizerSpec> symbolizers, RuleFilter test) {

  public StyleRule {
    symbolizers = List.copyOf(symbolizers);
  }

  /** Whether a feature with these attributes at {@code zoom} is selected by this rule. */
  public boolean matches(java.util.Map<String, Object> attributes, int zoom) {
    return zoom >= minZoom && zoom <= maxZoom && test.test(attributes);
  }

  /** carto's {@code MaxScaleDenominator} for the range, or NaN when it starts at zoom 0. */
  public double maxScaleDenominator() {
    return Zoom.maxScaleDenominator(mask());
  }

  /** carto's {@code MinScaleDenominator} for the range, or NaN when it reaches zoom 25. */
  public double minScaleDenominator() {
    return Zoom.minScaleDenominator(mask());
  }

  private int mask() {
    int m = 0;
    for (int z = minZoom; z <= maxZoom; z++) {
      m |= 1 << z;
    }
    return m;
  }
}
