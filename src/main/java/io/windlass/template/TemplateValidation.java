package io.windlass.template;

import static io.windlass.template.JsValues.get;
import static io.windlass.template.JsValues.toJsString;
import static io.windlass.template.JsValues.truthy;

import com.fasterxml.jackson.databind.JsonNode;
import io.windlass.error.WindlassException;
import java.util.ArrayList;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * CARTO's checks of a template on create and update (spec §1.2.1), in CARTO's order: the first
 * failure is the 400 answer. They run on the stored form (defaults applied), as in CARTO.
 *
 * <p>Where CARTO fails with a JavaScript runtime error (a non-string {@code name}, a {@code null}
 * layer or placeholder), the nearest CARTO message is used instead.
 */
final class TemplateValidation {
  static final Pattern NAME = Pattern.compile("[a-zA-Z0-9][0-9a-zA-Z_-]*");
  static final Pattern PLACEHOLDER_NAME = Pattern.compile("[a-zA-Z][0-9a-zA-Z_]*");

  private TemplateValidation() {}

  static void check(JsonNode template) {
    JsonNode version = template.path("version");
    if (!version.isTextual() || !version.textValue().equals("0.0.1")) {
      throw fail("Unsupported template version " + toJsString(version));
    }
    JsonNode name = template.path("name");
    if (!truthy(name)) throw fail("Missing template name");
    if (!name.isTextual() || !NAME.matcher(name.textValue()).matches()) {
      throw fail("Invalid characters in template name '" + toJsString(name) + "'");
    }
    checkLayergroup(template.path("layergroup"));
    checkPlaceholders(template.path("placeholders"));
    checkAuth(template.path("auth"));
  }

  private static void checkLayergroup(JsonNode layergroup) {
    if (!truthy(layergroup)) throw fail("Missing layergroup");
    JsonNode layers = get(layergroup, "layers");
    if (!layers.isArray() || layers.isEmpty()) {
      throw fail("Missing or empty layers array from layergroup config");
    }
    var missing = new ArrayList<Integer>();
    for (int i = 0; i < layers.size(); i++) {
      if (!truthy(get(layers.get(i), "options"))) missing.add(i);
    }
    if (!missing.isEmpty()) {
      throw fail(
          "Missing `options` in layergroup config for layers: "
              + missing.stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }
  }

  private static void checkPlaceholders(JsonNode given) {
    JsonNode placeholders = truthy(given) ? given : null;
    for (String key : JsValues.keys(placeholders)) {
      if (!PLACEHOLDER_NAME.matcher(key).matches()) {
        throw fail("Invalid characters in placeholder name '" + key + "'");
      }
      JsonNode placeholder = get(placeholders, key);
      if (!placeholder.isObject() || !placeholder.has("default")) {
        throw fail("Missing default for placeholder '" + key + "'");
      }
      if (!placeholder.has("type")) throw fail("Missing type for placeholder '" + key + "'");
    }
  }

  private static void checkAuth(JsonNode auth) {
    JsonNode method = get(auth, "method");
    String text = method.isTextual() ? method.textValue() : null;
    if ("open".equals(text)) return;
    if (!"token".equals(text))
      throw fail("Unsupported authentication method: " + toJsString(method));
    JsonNode tokens = get(auth, "valid_tokens");
    if (!tokens.isArray()) throw fail("Invalid 'token' authentication: missing valid_tokens");
    if (tokens.isEmpty()) throw fail("Invalid 'token' authentication: no valid_tokens");
  }

  private static WindlassException fail(String message) {
    return WindlassException.badRequest(message);
  }
}
