package io.windlass.mapconfig;

import java.util.Locale;

/** The layer types of a MapConfig; {@code cartodb} and a missing type mean {@link #MAPNIK}. */
public enum LayerType {
  MAPNIK,
  TORQUE,
  HTTP,
  PLAIN;

  /** The lowercase name used in metadata, layer ids and layer-filter aliases. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The type of a layer's {@code type} value, or null when Windlass knows no such type. */
  public static LayerType parse(String type) {
    if (type == null || type.isEmpty() || type.equals("cartodb") || type.equals("mapnik")) {
      return MAPNIK;
    }
    return switch (type) {
      case "torque" -> TORQUE;
      case "http" -> HTTP;
      case "plain" -> PLAIN;
      default -> null;
    };
  }
}
