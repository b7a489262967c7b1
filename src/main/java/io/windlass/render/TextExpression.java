package io.windlass.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Mapnik text expression as carto writes it ({@code [name]}, {@code [name] + ' ' + [pop]}, {@code
 * 'literal'}): a concatenation of attribute references and quoted strings. Other operators are not
 * evaluated (the text is then the concatenation of the parts found).
 */
record TextExpression(List<Object> parts) {

  /** An attribute reference. */
  record Field(String name) {}

  static TextExpression parse(String content) {
    List<Object> parts = new ArrayList<>();
    if (content == null) {
      return new TextExpression(parts);
    }
    int i = 0;
    int n = content.length();
    while (i < n) {
      char c = content.charAt(i);
      if (c == '[') {
        int end = content.indexOf(']', i);
        if (end < 0) {
          break;
        }
        parts.add(new Field(content.substring(i + 1, end)));
        i = end + 1;
      } else if (c == '\'' || c == '"') {
        StringBuilder s = new StringBuilder();
        int j = i + 1;
        while (j < n && content.charAt(j) != c) {
          if (content.charAt(j) == '\\' && j + 1 < n) {
            j++;
          }
          s.append(content.charAt(j++));
        }
        parts.add(s.toString());
        i = j + 1;
      } else {
        i++;
      }
    }
    return new TextExpression(List.copyOf(parts));
  }

  /** The text for a feature; null attribute values contribute nothing, as in Mapnik. */
  String evaluate(Map<String, Object> attributes) {
    StringBuilder out = new StringBuilder();
    for (Object p : parts) {
      if (p instanceof Field f) {
        Object v = attributes.get(f.name());
        if (v instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
          out.append(d.longValue());
        } else if (v != null) {
          out.append(v);
        }
      } else {
        out.append(p);
      }
    }
    return out.toString();
  }
}
