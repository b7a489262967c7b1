package io.windlass.template;

import static io.windlass.template.JsValues.get;
import static io.windlass.template.JsValues.truthy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.windlass.error.WindlassException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the MapConfig of a named-map instance from a stored template and the instantiation
 * parameters (spec §1.6, CARTO's {@code TemplateMaps.instance}).
 */
final class Instantiation {
  private Instantiation() {}

  /**
   * The rendered value of every declared placeholder, in declared order: the parameter when {@code
   * params} has it as own property (even null), else the default (spec §1.6.1).
   */
  static Map<String, String> values(JsonNode placeholders, JsonNode params) {
    var values = new LinkedHashMap<String, String>();
    JsonNode declared = truthy(placeholders) ? placeholders : null;
    for (String name : JsValues.keys(declared)) {
      JsonNode placeholder = get(declared, name);
      JsonNode value =
          params != null && params.isObject() && params.has(name)
              ? params.get(name)
              : get(placeholder, "default");
      // CARTO checks the type before looking at the value
      values.put(name, PlaceholderType.of(get(placeholder, "type")).render(name, value));
    }
    return values;
  }

  /** The instance MapConfig; {@code template} is not modified. */
  static ObjectNode of(Template template, JsonNode params) {
    JsonNode stored = template.stored();
    var substitution = new Substitution(values(stored.path("placeholders"), params));
    if (!(stored.get("layergroup") instanceof ObjectNode source)) {
      throw WindlassException.badRequest("Missing layergroup");
    }
    ObjectNode layergroup = source.deepCopy();
    JsonNode buffersize = layergroup.path("buffersize");
    if (buffersize instanceof ObjectNode sizes) {
      for (String format : JsValues.keys(sizes)) {
        // CARTO fails on a non-string value when there are placeholders; parsing its text is kinder
        JsonNode size = sizes.get(format);
        String text =
            size.isTextual() ? substitution.apply(size.textValue()) : JsValues.toJsString(size);
        sizes.set(format, JsValues.parseInt(text));
      }
    }
    JsonNode layers = layergroup.path("layers");
    JsonNode styles = params == null ? MissingNode.getInstance() : get(params, "styles");
    for (int i = 0; layers.isArray() && i < layers.size(); i++) {
      if (!(layers.get(i).path("options") instanceof ObjectNode options)) continue;
      JsonNode style =
          truthy(styles) ? get(styles, Integer.toString(i)) : MissingNode.getInstance();
      if (truthy(style)) {
        options.set("cartocss", style.deepCopy()); // dynamic styles are not substituted
      } else {
        substitute(options, "cartocss", substitution);
      }
      substitute(options, "sql", substitution);
    }
    ObjectNode info = layergroup.objectNode();
    info.put("name", template.name());
    JsonNode auth = stored.get("auth");
    if (auth != null) info.set("auth", auth.deepCopy());
    layergroup.set("template", info); // replaces a "template" key in place, as JavaScript does
    return layergroup;
  }

  private static void substitute(ObjectNode options, String key, Substitution substitution) {
    JsonNode value = options.get(key);
    // CARTO only substitutes truthy values; non-strings would fail there and are left as they are
    if (value != null && value.isTextual() && !value.textValue().isEmpty()) {
      options.put(key, substitution.apply(value.textValue()));
    }
  }
}
