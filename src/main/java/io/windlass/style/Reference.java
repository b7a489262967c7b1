package io.windlass.style;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The property table of mapnik-reference 3.0.6 (the one carto 0.16.3 loads for Mapnik 3.0.x), read
 * from the generated resource {@code mapnik-reference-3.0.6.json} (see {@code
 * tools/gen_reference.py}). Kept in the reference's own order: carto's "Did you mean" suggestion
 * and symbolizer lookups depend on it.
 */
final class Reference {

  /**
   * One CartoCSS property, e.g. {@code line-width} of symbolizer {@code line}, Mapnik name {@code
   * stroke-width}.
   */
  record Property(
      String css,
      String symbolizer,
      String name,
      String type,
      List<String> keywords,
      boolean expression,
      String validate,
      String serialization,
      boolean required,
      Map<String, Integer> functions) {}

  static final Reference V3_0_6 = load("mapnik-reference-3.0.6.json");

  private final Map<String, Property> byCss = new LinkedHashMap<>();
  private final Map<String, List<String>> required = new HashMap<>();
  private final Map<String, int[]> colors = new HashMap<>();
  private final List<String> filterKeywords = new ArrayList<>();
  private final Map<String, List<Integer>> mapnikFunctions = new LinkedHashMap<>();

  private Reference() {}

  private static Reference load(String resource) {
    try (InputStream in = Reference.class.getResourceAsStream(resource)) {
      JsonNode root = new ObjectMapper().readTree(in);
      Reference r = new Reference();
      for (JsonNode sym : root.get("symbolizers")) {
        String symName = sym.get("name").asText();
        List<String> req = new ArrayList<>();
        for (JsonNode p : sym.get("properties")) {
          Property prop = property(symName, p);
          r.byCss.put(prop.css(), prop);
          if (prop.required()) {
            req.add(prop.css());
          }
          prop.functions().forEach((k, v) -> r.mapnikFunctions.put(k, List.of(v)));
        }
        r.required.put(symName, req);
      }
      r.mapnikFunctions.put("matrix", List.of(6));
      r.mapnikFunctions.put("translate", List.of(1, 2));
      r.mapnikFunctions.put("scale", List.of(1, 2));
      r.mapnikFunctions.put("rotate", List.of(1, 3));
      r.mapnikFunctions.put("skewX", List.of(1));
      r.mapnikFunctions.put("skewY", List.of(1));
      root.get("colors")
          .fields()
          .forEachRemaining(
              e -> {
                int[] c = new int[e.getValue().size()];
                for (int k = 0; k < c.length; k++) {
                  c[k] = e.getValue().get(k).asInt();
                }
                r.colors.put(e.getKey(), c);
              });
      root.get("filter").forEach(k -> r.filterKeywords.add(k.asText()));
      return r;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Property property(String symbolizer, JsonNode p) {
    JsonNode t = p.get("type");
    String type = t.isArray() ? "keyword" : t.asText();
    List<String> keywords = new ArrayList<>();
    if (t.isArray()) {
      t.forEach(k -> keywords.add(k.asText()));
    }
    Map<String, Integer> functions = new LinkedHashMap<>();
    if (p.has("functions")) {
      p.get("functions").forEach(f -> functions.put(f.get(0).asText(), f.get(1).asInt()));
    }
    return new Property(
        p.get("css").asText(),
        symbolizer,
        p.get("name").asText(),
        type,
        List.copyOf(keywords),
        p.path("expression").asBoolean(false),
        p.has("validate") ? p.get("validate").asText() : null,
        p.has("serialization") ? p.get("serialization").asText() : null,
        p.path("required").asBoolean(false),
        Collections.unmodifiableMap(functions));
  }

  Property property(String css) {
    return byCss.get(css);
  }

  Iterable<String> propertyNames() {
    return byCss.keySet();
  }

  List<String> requiredProperties(String symbolizer) {
    return required.getOrDefault(symbolizer, List.of());
  }

  /** RGB or RGBA (alpha 0-1 as the 4th entry is never used by Mapnik's table) of a named colour. */
  int[] color(String name) {
    return colors.get(name);
  }

  boolean isFilterKeyword(String k) {
    return filterKeywords.contains(k);
  }

  /** Argument counts of Mapnik functions carto passes through ({@code -1}: any). */
  Map<String, List<Integer>> mapnikFunctions() {
    return mapnikFunctions;
  }

  /** carto's edit distance (insertions, deletions, substitutions). */
  static int editDistance(String a, String b) {
    if (a.isEmpty()) {
      return b.length();
    }
    if (b.isEmpty()) {
      return a.length();
    }
    int[][] m = new int[b.length() + 1][a.length() + 1];
    for (int i = 0; i <= b.length(); i++) {
      m[i][0] = i;
    }
    for (int j = 0; j <= a.length(); j++) {
      m[0][j] = j;
    }
    for (int i = 1; i <= b.length(); i++) {
      for (int j = 1; j <= a.length(); j++) {
        m[i][j] =
            b.charAt(i - 1) == a.charAt(j - 1)
                ? m[i - 1][j - 1]
                : Math.min(m[i - 1][j - 1] + 1, Math.min(m[i][j - 1] + 1, m[i - 1][j] + 1));
      }
    }
    return m[b.length()][a.length()];
  }
}
