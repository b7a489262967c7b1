package io.windlass.style;

import java.util.List;
import java.util.Map;

/**
 * One Mapnik {@code Style} of a layer (one per attachment, in carto's drawing order) with {@code
 * filter-mode="first"}: for each feature only the first matching rule applies. {@code name} is
 * carto's style name (layer name, plus {@code -attachment}); {@code properties} are the style-level
 * ones carto writes ({@code image-filters}, {@code image-filters-inflate}, {@code
 * direct-image-filters}, {@code comp-op}, {@code opacity}), in that order.
 */
public record FeatureStyle(
    String name, String attachment, Map<String, String> properties, List<StyleRule> rules) {

  public FeatureStyle {
    properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
    rules = List.copyOf(rules);
  }

  /** The first rule matching the feature at {@code zoom}, or null. */
  public StyleRule firstMatch(Map<String, Object> attributes, int zoom) {
    for (StyleRule r : rules) {
      if (r.matches(attributes, zoom)) {
        return r;
      }
    }
    return null;
  }
}
