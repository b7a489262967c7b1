package io.windlass.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The property order of JavaScript objects: array-index keys ({@code "0"} to {@code "4294967294"},
 * canonical form) first in ascending numeric order, then the other keys in insertion order.
 *
 * <p>CARTO parses a template with {@code JSON.parse} and stores {@code JSON.stringify} of it, so
 * {@code {"layer2":false,"0":true}} is stored (and hashed) as {@code {"0":true,"layer2":false}}.
 * Jackson keeps insertion order; this puts the tree in V8's order.
 */
final class JsKeyOrder {
  private static final long MAX_ARRAY_INDEX = 4294967294L; // 2^32 - 2

  private JsKeyOrder() {}

  /** Reorders every object of {@code node} in place; returns {@code node}. */
  static JsonNode apply(JsonNode node) {
    if (node instanceof ObjectNode object) {
      reorder(object);
      object.elements().forEachRemaining(JsKeyOrder::apply);
    } else if (node != null && node.isArray()) {
      node.elements().forEachRemaining(JsKeyOrder::apply);
    }
    return node;
  }

  private static void reorder(ObjectNode object) {
    var indexKeys = new ArrayList<String>();
    boolean seenNamed = false;
    boolean needed = false;
    for (var it = object.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (arrayIndex(key) >= 0) {
        // an index after a named key, or indexes out of order, must move
        if (seenNamed
            || (!indexKeys.isEmpty() && index(key) < index(indexKeys.get(indexKeys.size() - 1)))) {
          needed = true;
        }
        indexKeys.add(key);
      } else {
        seenNamed = true;
      }
    }
    if (!needed) return;
    Map<String, JsonNode> all = new LinkedHashMap<>();
    object.fields().forEachRemaining(e -> all.put(e.getKey(), e.getValue()));
    object.removeAll();
    indexKeys.sort(Comparator.comparingLong(JsKeyOrder::index));
    for (String key : indexKeys) object.set(key, all.remove(key));
    all.forEach(object::set);
  }

  private static long index(String key) {
    return Long.parseLong(key);
  }

  /**
   * The array index {@code key} denotes, or -1 when it is no canonical array index. Indexes that do
   * not fit an int are reported as {@link Integer#MAX_VALUE} (still an index for ordering).
   */
  static int arrayIndex(String key) {
    int n = key.length();
    if (n == 0 || n > 10) return -1;
    if (n > 1 && key.charAt(0) == '0') return -1;
    for (int i = 0; i < n; i++) {
      char c = key.charAt(i);
      if (c < '0' || c > '9') return -1;
    }
    long value = Long.parseLong(key);
    if (value > MAX_ARRAY_INDEX) return -1;
    return (int) Math.min(value, Integer.MAX_VALUE);
  }
}
