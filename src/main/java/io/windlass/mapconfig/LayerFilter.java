package io.windlass.mapconfig;

import io.windlass.error.WindlassException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Resolves a tile URL's layer filter ({@code all}, a type alias, {@code 0,2}, or layer ids) to the
 * layers it selects, in render order, with CARTO's errors.
 */
public final class LayerFilter {
  private LayerFilter() {}

  /** The layers selected by {@code filter}; null means the layer-less route (all mapnik layers). */
  public static List<Layer> resolve(String filter, MapConfig config) {
    List<Layer> layers = config.layers();
    if (filter == null) return ofType(layers, LayerType.MAPNIK);
    switch (filter) {
      case "all":
        return layers;
      case "mapnik":
        return ofType(layers, LayerType.MAPNIK);
      case "torque":
        return ofType(layers, LayerType.TORQUE);
      case "http":
        return ofType(layers, LayerType.HTTP);
      case "plain":
        return ofType(layers, LayerType.PLAIN);
      default:
        break;
    }
    String[] parts = filter.split(",", -1);
    boolean allNumeric = true;
    boolean noneNumeric = true;
    for (String p : parts) {
      boolean numeric = p.matches("-?\\d+");
      allNumeric &= numeric;
      noneNumeric &= !numeric;
    }
    var indexes = new TreeSet<Integer>();
    if (allNumeric) {
      for (String p : parts) {
        long i;
        try {
          i = Long.parseLong(p);
        } catch (NumberFormatException e) {
          throw invalid();
        }
        if (i < 0 || i >= layers.size()) {
          if (parts.length == 1) {
            throw WindlassException.badRequest("Layer '" + p + "' not found in layergroup");
          }
          throw invalid();
        }
        indexes.add((int) i);
      }
    } else if (noneNumeric) {
      for (String id : parts) {
        int found = -1;
        for (Layer l : layers) {
          if (l.id().equals(id)) {
            found = l.index();
            break;
          }
        }
        if (found < 0) throw invalid();
        indexes.add(found);
      }
    } else {
      throw invalid();
    }
    var selected = new ArrayList<Layer>(indexes.size());
    for (int i : indexes) selected.add(layers.get(i));
    return selected;
  }

  private static List<Layer> ofType(List<Layer> layers, LayerType type) {
    return layers.stream().filter(l -> l.type() == type).toList();
  }

  private static WindlassException invalid() {
    return WindlassException.badRequest("Invalid layer filtering");
  }
}
