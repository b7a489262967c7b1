package io.windlass.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.windlass.error.WindlassException;
import io.windlass.mapconfig.Layer;
import io.windlass.style.Colors;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;

/** The colour of a {@code plain} layer, with CARTO's validation messages. */
@ApplicationScoped
public class PlainLayers {

  public Color color(Layer layer) {
    JsonNode color = layer.options().get("color");
    if (color != null && !color.isNull()) {
      if (color.isArray()) return fromArray(color);
      String text = color.asText();
      Color c = Colors.parse(text);
      if (c == null) {
        throw WindlassException.badRequest(
            "Invalid color for 'plain' layer: Failed to parse color: \"" + text + "\"");
      }
      return c;
    }
    if (layer.options().hasNonNull("imageUrl")) {
      throw WindlassException.badRequest("Plain layer: imageUrl is not supported yet, use `color`");
    }
    throw WindlassException.badRequest(
        "Plain layer: at least one of the options, `color` or `imageUrl`, must be provided.");
  }

  private static Color fromArray(JsonNode a) {
    if (a.size() != 3 && a.size() != 4) throw invalidArray();
    int[] v = new int[4];
    v[3] = 255;
    for (int i = 0; i < a.size(); i++) {
      JsonNode n = a.get(i);
      if (!n.isNumber()) throw invalidArray();
      v[i] = Math.max(0, Math.min(255, n.asInt()));
    }
    return new Color(v[0], v[1], v[2], v[3]);
  }

  private static WindlassException invalidArray() {
    return WindlassException.badRequest("Invalid color for 'plain' layer: invalid integer array");
  }
}
