package io.windlass.template;

import static io.windlass.template.JsValues.get;
import static io.windlass.template.JsValues.truthy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The layers a static named preview shows according to {@code view.preview_layers} (spec §1.10):
 * layer <i>i</i> is hidden when {@code preview_layers["i"]} or {@code preview_layers[layer.id]} is
 * the boolean {@code false}; any other value or a missing key leaves it visible.
 */
final class PreviewLayers {
  private PreviewLayers() {}

  /**
   * The ascending indexes of the visible layers, or empty when {@code preview_layers} is absent (or
   * falsy) or hides every layer: then the request's own layer filter applies.
   */
  static Optional<List<Integer>> of(JsonNode template) {
    JsonNode previewLayers = get(get(template, "view"), "preview_layers");
    if (!truthy(previewLayers)) return Optional.empty();
    JsonNode layers = get(get(template, "layergroup"), "layers");
    var visible = new ArrayList<Integer>();
    for (int i = 0; layers.isArray() && i < layers.size(); i++) {
      // a layer without id looks up preview_layers["undefined"], as in CARTO
      String id = JsValues.toJsString(get(layers.get(i), "id"));
      if (!isFalse(get(previewLayers, Integer.toString(i))) && !isFalse(get(previewLayers, id))) {
        visible.add(i);
      }
    }
    return visible.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(visible));
  }

  private static boolean isFalse(JsonNode v) {
    return v.isBoolean() && !v.booleanValue();
  }
}
