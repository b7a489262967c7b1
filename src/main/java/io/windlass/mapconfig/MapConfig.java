package io.windlass.mapconfig;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A parsed, structurally valid MapConfig (layergroup configuration).
 *
 * @param json the configuration as stored and hashed (after Windlass's adapters)
 * @param layers the layers in render order
 * @param bufferSizes {@code buffersize} per format, in pixels
 */
public record MapConfig(ObjectNode json, List<Layer> layers, Map<String, Double> bufferSizes) {

  public MapConfig {
    layers = List.copyOf(layers);
    bufferSizes = Map.copyOf(bufferSizes);
  }

  /** Parses and checks {@code json} (which the parser may rewrite, see {@link MapConfigParser}). */
  public static MapConfig parse(ObjectNode json) {
    return MapConfigParser.parse(json);
  }

  public OptionalDouble bufferSize(String format) {
    Double b = bufferSizes.get(format);
    return b == null ? OptionalDouble.empty() : OptionalDouble.of(b);
  }

  /** True when no mapnik layer has CartoCSS: such maps only serve vector tiles. */
  public boolean vectorOnly() {
    return hasMapnikLayers()
        && layers.stream()
            .filter(l -> l.type() == LayerType.MAPNIK)
            .allMatch(l -> l.cartocss() == null);
  }

  public boolean hasMapnikLayers() {
    return layers.stream().anyMatch(l -> l.type() == LayerType.MAPNIK);
  }
}
