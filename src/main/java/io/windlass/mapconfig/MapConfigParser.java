package io.windlass.mapconfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.windlass.error.ErrorDetail;
import io.windlass.error.WindlassException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a MapConfig's structure with Windshaft's messages and applies the adapters that change
 * what is hashed: {@code sql_wrap}, interactivity arrays joined into strings, and removal of a
 * client-supplied {@code template} key (which must grant nothing to an anonymous map).
 */
final class MapConfigParser {
  private static final Pattern SEMVER = Pattern.compile("^v?(\\d+)\\.(\\d+)\\.(\\d+)$");
  private static final Pattern SQL_WRAP_TOKEN = Pattern.compile("<%=\\s*sql\\s*%>");

  private MapConfigParser() {}

  static MapConfig parse(ObjectNode json) {
    json.remove("template");
    JsonNode layersNode = json.get("layers");
    if (!(layersNode instanceof ArrayNode layersArray)) {
      throw WindlassException.badRequest("Missing layers array from layergroup config");
    }
    checkVersion(json.get("version"));
    var bufferSizes = bufferSizes(json.get("buffersize"));

    var layers = new ArrayList<Layer>(layersArray.size());
    var perType = new EnumMap<LayerType, Integer>(LayerType.class);
    for (int i = 0; i < layersArray.size(); i++) {
      JsonNode node = layersArray.get(i);
      JsonNode options = node == null ? null : node.get("options");
      if (!(options instanceof ObjectNode opts)) {
        throw WindlassException.badRequest(
            "Missing options from layer " + i + " of layergroup config");
      }
      JsonNode typeNode = node.get("type");
      String typeText = typeNode == null || typeNode.isNull() ? null : typeNode.asText();
      LayerType type = LayerType.parse(typeText);
      if (type == null) {
        throw WindlassException.badRequest(
            "Unsupported layer type '" + typeText + "' for layer " + i);
      }
      adapt(opts);
      int k = perType.merge(type, 1, Integer::sum) - 1;
      JsonNode idNode = node.get("id");
      boolean explicit = idNode != null && idNode.isTextual() && !idNode.textValue().isEmpty();
      String id =
          explicit
              ? idNode.textValue()
              : (type == LayerType.MAPNIK ? "layer" + k : type.wireName() + "-layer" + k);
      layers.add(new Layer(i, type, id, explicit, opts));
    }
    var config = new MapConfig(json, layers, bufferSizes);
    validate(config);
    return config;
  }

  private static void checkVersion(JsonNode version) {
    if (version == null) return;
    String shown = version.isTextual() ? version.textValue() : JsJson.stringify(version);
    Matcher m = version.isTextual() ? SEMVER.matcher(version.textValue()) : null;
    if (m == null || !m.matches()) {
      throw WindlassException.badRequest("Unsupported layergroup configuration version " + shown);
    }
    long major = Long.parseLong(m.group(1));
    long minor = Long.parseLong(m.group(2));
    long patch = Long.parseLong(m.group(3));
    boolean atLeast100 = major >= 1;
    boolean atMost180 = major < 1 || (major == 1 && (minor < 8 || (minor == 8 && patch == 0)));
    if (!atLeast100 || !atMost180) {
      throw WindlassException.badRequest("Unsupported layergroup configuration version " + shown);
    }
  }

  private static Map<String, Double> bufferSizes(JsonNode node) {
    var sizes = new LinkedHashMap<String, Double>();
    if (node == null || !node.isObject()) return sizes;
    node.fields()
        .forEachRemaining(
            e -> {
              JsonNode v = e.getValue();
              if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
                throw WindlassException.badRequest(
                    "Buffer size of format \"" + e.getKey() + "\" must be a number");
              }
              sizes.put(e.getKey(), v.doubleValue());
            });
    return sizes;
  }

  private static void adapt(ObjectNode opts) {
    JsonNode wrap = opts.get("sql_wrap");
    JsonNode sql = opts.get("sql");
    if (wrap != null && wrap.isTextual() && sql != null && sql.isTextual()) {
      String wrapped =
          SQL_WRAP_TOKEN
              .matcher(wrap.textValue())
              .replaceAll(Matcher.quoteReplacement(sql.asText()));
      opts.put("sql_raw", sql.textValue());
      opts.put("sql", wrapped);
    }
    JsonNode interactivity = opts.get("interactivity");
    if (interactivity instanceof ArrayNode arr) {
      var names = new ArrayList<String>();
      arr.forEach(n -> names.add(n.asText()));
      opts.put("interactivity", String.join(",", names));
    }
  }

  private static void validate(MapConfig config) {
    List<Layer> mapnik =
        config.layers().stream().filter(l -> l.type() == LayerType.MAPNIK).toList();
    long withCss = mapnik.stream().filter(l -> l.cartocss() != null).count();
    if (withCss > 0 && withCss < mapnik.size()) {
      throw new WindlassException(
          400,
          List.of(
              new ErrorDetail(
                  "mapconfig",
                  "The `mapnik` or `cartodb` layers must be consistent:"
                      + " `cartocss` option is either present or voided in all layers."
                      + " Mixing is not allowed.",
                  null,
                  null)),
          null);
    }
    for (Layer layer : config.layers()) {
      int i = layer.index();
      switch (layer.type()) {
        case MAPNIK -> {
          if (layer.sql() == null) {
            throw WindlassException.badRequest("Missing sql for layer " + i + " options");
          }
          if (layer.cartocss() != null && layer.cartocssVersion() == null) {
            throw WindlassException.badRequest(
                "Missing cartocss_version for layer " + i + " options");
          }
          String geomType = layer.geomType();
          if (geomType.equals("raster")) {
            if (layer.options().hasNonNull("interactivity")) {
              throw WindlassException.badRequest(
                  "Mapnik raster layers do not support interactivity");
            }
          } else if (!geomType.equals("geometry")) {
            throw WindlassException.badRequest(
                "Unsupported geometry column type for layer " + i + ": " + geomType);
          }
        }
        case TORQUE -> {
          if (layer.sql() == null) {
            throw WindlassException.badRequest("Missing sql for layer " + i + " options");
          }
          if (layer.cartocss() == null) {
            throw WindlassException.badRequest("Missing cartocss for layer " + i + " options");
          }
          throw WindlassException.badRequest(
              "Torque layers are not supported yet (layer " + i + ")");
        }
        case HTTP, PLAIN -> {
          // Validated when their tiles are drawn, as CARTO does.
        }
      }
    }
  }
}
