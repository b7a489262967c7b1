package io.windlass.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.windlass.mapconfig.JsonText;
import java.util.Set;

/**
 * A submitted template with CARTO's defaults applied, in the key order CARTO stores it (spec §1.3):
 * {@code auth} first, then the submitted keys in submission order, then {@code placeholders} when
 * it was added; inside {@code auth} the submitted keys, then {@code method} when it was added.
 *
 * <p>CARTO builds this with underscore's {@code _.defaults}, which only fills keys that read as
 * {@code undefined}. Keys named like {@code Object.prototype} members ({@code toString}, ...)
 * already read as inherited functions, so CARTO drops them; this class does the same so that the
 * stored text, and with it the template hash, stays CARTO's.
 *
 * <p>Deliberate difference: a string {@code auth} (legacy {@code "auth": "open"}) is normalised to
 * {@code {"method": <string>}}, which the spec allows. {@code "open"} therefore stores {@code
 * {"method":"open"}}; any other string is validated as that method instead of silently becoming an
 * open map.
 */
final class StoredForm {
  private static final Set<String> PROTOTYPE_MEMBERS =
      Set.of(
          "constructor",
          "__proto__",
          "__defineGetter__",
          "__defineSetter__",
          "__lookupGetter__",
          "__lookupSetter__",
          "hasOwnProperty",
          "isPrototypeOf",
          "propertyIsEnumerable",
          "toLocaleString",
          "toString",
          "valueOf");

  private StoredForm() {}

  /** The stored form of {@code body} (not validated; {@code body} is not modified). */
  static ObjectNode of(JsonNode body) {
    // JSON.parse would already have put the submitted objects in V8 order
    JsonNode source = body != null && body.isObject() ? JsKeyOrder.apply(body.deepCopy()) : null;
    ObjectNode out = JsonText.MAPPER.createObjectNode();
    out.set("auth", auth(source == null ? null : source.get("auth")));
    if (source != null) {
      for (var it = source.fields(); it.hasNext(); ) {
        var e = it.next();
        if (!e.getKey().equals("auth") && !PROTOTYPE_MEMBERS.contains(e.getKey())) {
          out.set(e.getKey(), e.getValue());
        }
      }
    }
    if (source == null || !source.has("placeholders")) out.putObject("placeholders");
    // JSON.stringify lists index-like top-level keys before "auth"
    return (ObjectNode) JsKeyOrder.apply(out);
  }

  /** {@code _.defaults({}, auth || {}, {method: "open"})}, strings normalised (see class doc). */
  private static ObjectNode auth(JsonNode given) {
    ObjectNode auth = JsonText.MAPPER.createObjectNode();
    if (given != null && given.isTextual() && !given.textValue().isEmpty()) {
      auth.put("method", given.textValue());
      return auth;
    }
    if (given != null && (given.isObject() || given.isArray())) {
      for (String key : JsValues.keys(given)) {
        if (!PROTOTYPE_MEMBERS.contains(key)) auth.set(key, JsValues.get(given, key).deepCopy());
      }
    }
    if (!auth.has("method")) auth.put("method", "open");
    return auth;
  }
}
