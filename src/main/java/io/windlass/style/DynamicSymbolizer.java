package io.windlass.style;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A symbolizer with properties that depend on the feature ({@code marker-width: [pop]/1000}):
 * {@link #resolve} evaluates them for one feature into a constant spec, which {@link #symbolizer}
 * turns into what the renderer draws, exactly as if the style had said those values.
 */
public record DynamicSymbolizer(SymbolizerSpec spec, Map<String, Expression> expressions)
    implements Symbolizer {

  /**
   * Properties whose {@code [...]} is not an expression: file paths substitute fields in place,
   * font names and filters are not evaluated, and text is the symbolizer's content.
   */
  private static final Set<String> NOT_EXPRESSIONS =
      Set.of("file", "face-name", "fontset-name", "image-filters", "transform", "comp-op");

  public DynamicSymbolizer {
    expressions = Map.copyOf(expressions);
  }

  /** The dynamic properties of {@code spec} (empty when every value is a constant). */
  static Map<String, Expression> expressionsOf(SymbolizerSpec spec) {
    Map<String, Expression> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : spec.properties().entrySet()) {
      String v = e.getValue();
      if (v.indexOf('[') < 0 || NOT_EXPRESSIONS.contains(e.getKey())) {
        continue;
      }
      try {
        out.put(e.getKey(), Expression.parse(v));
      } catch (IllegalArgumentException notAnExpression) {
        // kept as written; the property's reader treats it as an invalid constant
      }
    }
    return out;
  }

  /** The spec with every dynamic property evaluated for a feature with these attributes. */
  public SymbolizerSpec resolve(Map<String, Object> attributes) {
    Map<String, String> p = new LinkedHashMap<>(spec.properties());
    expressions.forEach((k, e) -> p.put(k, Expression.text(e.evaluate(attributes))));
    return new SymbolizerSpec(spec.type(), p, spec.content());
  }

  /** What to draw for a resolved spec: a constant polygon, line or marker record, or generic. */
  public static Symbolizer symbolizer(SymbolizerSpec resolved) {
    return Symbolizers.of(resolved);
  }
}
