package io.windlass.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.windlass.mapconfig.JsJson;
import io.windlass.mapconfig.JsonText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated named-map template in its stored form: CARTO's defaults applied, keys in CARTO's
 * order (spec §1.2, §1.3), so that {@link #storedJson()} is the text CARTO would store and hash.
 *
 * @param name the template name
 * @param stored the stored document (owned by this template: do not modify it)
 */
public record Template(String name, ObjectNode stored) {

  public Template {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(stored, "stored");
  }

  /**
   * Applies the defaults and validates {@code body} (spec §1.2.1, in CARTO's order; the first
   * failure is a 400 {@code WindlassException} with CARTO's message). {@code body} is not modified.
   * A string {@code auth} is normalised to {@code {"method": <string>}} (see {@link StoredForm}).
   */
  public static Template parse(JsonNode body) {
    ObjectNode stored = StoredForm.of(body);
    TemplateValidation.check(stored);
    return new Template(stored.get("name").textValue(), stored);
  }

  /** The template of a stored JSON text, as stored (no validation beyond parsing). */
  public static Template fromStored(String storedJson) {
    if (!(JsonText.parse(storedJson) instanceof ObjectNode stored)) {
      throw new IllegalArgumentException("A stored template is a JSON object");
    }
    JsKeyOrder.apply(stored); // what JSON.parse gives CARTO, should the text come from elsewhere
    JsonNode name = stored.path("name");
    return new Template(name.isTextual() ? name.textValue() : JsValues.toJsString(name), stored);
  }

  /** {@code JSON.stringify} of the stored form: the text stored and hashed. */
  public String storedJson() {
    return JsJson.stringify(stored);
  }

  /**
   * The template hash of signed layergroup ids (spec §1.7.1): the first 8 lowercase hex digits of
   * the MD5 of {@link #storedJson()} in UTF-8 (Node's default for hashing strings).
   */
  public String hash8() {
    try {
      byte[] md5 =
          MessageDigest.getInstance("MD5").digest(storedJson().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md5, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is required of every JVM", e);
    }
  }

  /**
   * A copy of the stored {@code auth}: {@code {"method":"open"}} or {@code
   * {"method":"token","valid_tokens":[...]}}. A legacy stored string becomes {@code {"method":
   * <string>}}; a missing one an empty object (which authorizes nobody).
   */
  public ObjectNode auth() {
    JsonNode auth = stored.get("auth");
    if (auth instanceof ObjectNode object) return object.deepCopy();
    ObjectNode normalised = stored.objectNode();
    if (auth != null && auth.isTextual()) normalised.put("method", auth.textValue());
    return normalised;
  }

  /** Whether a request with these {@code auth_token} values may instantiate (spec §1.7 step 3). */
  public boolean authorizes(List<String> authTokens) {
    return authorizes(stored.get("auth"), authTokens);
  }

  /**
   * CARTO's {@code isAuthorized} on an auth value (a template's, or the snapshot in an instance's
   * {@code template.auth}): the string {@code "open"} or method {@code open} authorizes everyone;
   * method {@code token} authorizes when one of {@code authTokens} equals one of the string {@code
   * valid_tokens}; anything else (null, missing, other methods) nobody.
   */
  public static boolean authorizes(JsonNode auth, List<String> authTokens) {
    if (auth == null || !JsValues.truthy(auth)) return false;
    if (auth.isTextual()) return auth.textValue().equals("open");
    JsonNode method = auth.path("method");
    if (!method.isTextual()) return false;
    if (method.textValue().equals("open")) return true;
    if (!method.textValue().equals("token") || authTokens == null) return false;
    JsonNode valid = auth.path("valid_tokens");
    for (JsonNode token : valid.isArray() ? valid : List.<JsonNode>of()) {
      if (token.isTextual() && authTokens.contains(token.textValue())) return true;
    }
    return false;
  }

  /**
   * The instance MapConfig for these instantiation parameters (spec §1.6): a copy of {@code
   * layergroup} with placeholders substituted in each layer's {@code sql} and {@code cartocss}
   * ({@code params.styles[i]}, when truthy, replacing the latter unsubstituted) and in {@code
   * buffersize} values (then parsed as base-10 integers), plus {@code "template": {"name",
   * "auth"}}. Invalid values are 400s (§1.6.2); see {@link Substitution} for Windlass's hardening.
   *
   * @param params the instantiation body (an object; anything else counts as {@code {}})
   */
  public ObjectNode instantiate(JsonNode params) {
    return Instantiation.of(this, params);
  }

  /** The template {@code view} for static previews, empty when absent. */
  public Optional<View> view() {
    return View.of(stored.path("view"));
  }

  /**
   * The ascending indexes of the layers {@code view.preview_layers} leaves visible; empty when it
   * is absent or hides every layer (then the request's layer filter applies, spec §1.10).
   */
  public Optional<List<Integer>> previewLayers() {
    return PreviewLayers.of(stored);
  }
}
