package io.windlass.geo;

import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One row of a layer's data: a geometry in EPSG:3857 metres and its attributes. Attribute values
 * are {@link String}, {@link Number} (Long, Integer, Double, BigDecimal), {@link Boolean} or null;
 * a missing key behaves like null.
 */
public record Feature(Geometry geometry, Map<String, Object> attributes) {

  public Feature {
    Objects.requireNonNull(geometry, "geometry");
    attributes = attributes == null ? Map.of() : attributes;
  }
}
