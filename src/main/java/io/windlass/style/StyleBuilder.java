package io.windlass.style;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * carto's {@code StyleXML} and {@code Definition.toXML}: turns one attachment's folded definitions
 * into a {@link FeatureStyle}. Within a definition, declarations are grouped into symbolizers per
 * zoom range (the most specific zoom first), each filter set keeps track of the zooms already
 * covered, and symbolizers are ordered by their first declaration's position.
 */
final class StyleBuilder {

  private static final List<String> STYLE_PROPERTIES =
      List.of(
          "image-filters", "image-filters-inflate", "direct-image-filters", "comp-op", "opacity");

  private final Env env;

  StyleBuilder(Env env) {
    this.env = env;
  }

  /** The style, or null when carto writes none (no rules and no style properties). */
  FeatureStyle build(String name, String attachment, List<Definition> definitions) {
    Map<String, List<Rule>> styleRules = new HashMap<>();
    for (String p : STYLE_PROPERTIES) {
      styleRules.put(p, new ArrayList<>());
    }
    for (Definition d : definitions) {
      for (Rule r : d.rules) {
        List<Rule> l = styleRules.get(r.name());
        if (l != null) {
          l.add(r);
        }
      }
    }
    Map<String, Integer> existing = new HashMap<>();
    List<StyleRule> rules = new ArrayList<>();
    for (Definition d : definitions) {
      definitionRules(d, existing, rules);
    }
    Map<String, String> props = new LinkedHashMap<>();
    filters(styleRules.get("image-filters"), "image-filters", props);
    List<Rule> inflate = styleRules.get("image-filters-inflate");
    if (!inflate.isEmpty()) {
      props.put("image-filters-inflate", inflate.get(0).value().ev(env).text());
    }
    filters(styleRules.get("direct-image-filters"), "direct-image-filters", props);
    List<Rule> compOp = styleRules.get("comp-op");
    if (!compOp.isEmpty()) {
      Node v = compOp.get(0).value().ev(env);
      if (!(v instanceof Node.Keyword k && k.value().equals("src-over"))) {
        props.put("comp-op", Xml.decode(v.text()));
      }
    }
    List<Rule> opacity = styleRules.get("opacity");
    if (!opacity.isEmpty()) {
      Node v = opacity.get(0).value().ev(env);
      if (!(v instanceof Node.Dimension dim && dim.value() == 1)) {
        props.put("opacity", Xml.decode(v.text()));
      }
    }
    if (props.isEmpty() && rules.isEmpty()) {
      return null;
    }
    return new FeatureStyle(name, attachment, props, rules);
  }

  private void filters(List<Rule> rules, String name, Map<String, String> props) {
    if (rules.isEmpty()) {
      return;
    }
    // lodash 4's uniq compares the rule objects themselves
    Map<Rule, Boolean> seen = new IdentityHashMap<>();
    List<String> parts = new ArrayList<>();
    for (Rule r : rules) {
      if (seen.put(r, Boolean.TRUE) == null) {
        String c = RuleSerializer.content(r.ev(env), env, ",");
        parts.add(c == null ? "" : c);
      }
    }
    props.put(name, Xml.decode(String.join(",", parts)));
  }

  private void definitionRules(Definition d, Map<String, Integer> existing, List<StyleRule> out) {
    String filter = d.filters.key();
    existing.putIfAbsent(filter, Zoom.ALL);
    int[] zooms = new int[3]; // rule, current, available
    zooms[2] = Zoom.ALL;
    for (int i = 0; i < d.rules.size(); i++) {
      zooms[0] = d.rules.get(i).zoom();
      if ((existing.get(filter) & zooms[0]) == 0) {
        continue;
      }
      do {
        zooms[1] = zooms[0] & Zoom.ALL;
        if (zooms[1] != 0) {
          Map<String, Map<String, Rule>> symbolizers = collect(d, zooms, i);
          if (symbolizers != null) {
            if ((existing.get(filter) & zooms[1]) == 0) {
              continue;
            }
            StyleRule r = toRule(d, symbolizers, existing.get(filter) & zooms[1]);
            if (r != null) {
              out.add(r);
            }
            existing.put(filter, existing.get(filter) & ~zooms[1]);
          }
        }
      } while (zooms[1] != 0);
    }
  }

  private static Map<String, Map<String, Rule>> collect(Definition d, int[] zooms, int i) {
    Map<String, Map<String, Rule>> symbolizers = new LinkedHashMap<>();
    for (int j = i; j < d.rules.size(); j++) {
      Rule child = d.rules.get(j);
      String key = child.instance() + "/" + child.symbolizer();
      if ((zooms[1] & child.zoom()) != 0
          && (!symbolizers.containsKey(key) || !symbolizers.get(key).containsKey(child.name()))) {
        zooms[1] &= child.zoom();
        symbolizers.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(child.name(), child);
      }
    }
    if (symbolizers.isEmpty()) {
      return null;
    }
    zooms[2] &= ~zooms[1];
    zooms[0] &= zooms[2];
    return symbolizers;
  }

  private StyleRule toRule(Definition d, Map<String, Map<String, Rule>> symbolizers, int zoom) {
    String filterExpr = d.filters.toExpression(env);
    List<Map.Entry<String, Map<String, Rule>>> order = new ArrayList<>(symbolizers.entrySet());
    order.sort((a, b) -> Integer.compare(minIndex(a.getValue()), minIndex(b.getValue())));
    List<SymbolizerSpec> specs = new ArrayList<>();
    for (Map.Entry<String, Map<String, Rule>> e : order) {
      String symbolizer = e.getKey().substring(e.getKey().lastIndexOf('/') + 1);
      if (symbolizer.equals("*")) {
        continue;
      }
      Map<String, Rule> attributes = e.getValue();
      for (String req : Reference.V3_0_6.requiredProperties(symbolizer)) {
        if (!attributes.containsKey(req)) {
          Rule first = attributes.values().iterator().next();
          env.error(
              first.file(),
              first.index(),
              "Property " + req + " required for defining " + symbolizer + " styles.");
          break;
        }
      }
      Map<String, String> props = new LinkedHashMap<>();
      String content = null;
      for (Rule r : attributes.values()) {
        if (symbolizer.equals("map")) {
          env.error(r.file(), r.index(), "Map properties are not permitted in other rules");
        }
        Reference.Property p = Reference.V3_0_6.property(r.name());
        Rule evaluated = r.ev(env);
        if (p != null && p.serialization() != null) {
          content = RuleSerializer.content(evaluated, env, null);
        } else {
          RuleSerializer.Attribute a = RuleSerializer.attribute(evaluated, env);
          if (a != null) {
            props.put(a.name(), Xml.decode(a.value()));
          }
        }
      }
      specs.add(new SymbolizerSpec(symbolizerName(symbolizer), props, content));
    }
    if (specs.isEmpty()) {
      return null;
    }
    return new StyleRule(
        Zoom.min(zoom), Zoom.max(zoom), Xml.decode(filterExpr), specs, RuleFilter.of(d.filters));
  }

  private static int minIndex(Map<String, Rule> props) {
    int min = Integer.MAX_VALUE;
    for (Rule r : props.values()) {
      min = Math.min(min, r.index());
    }
    return min;
  }

  /** {@code line-pattern} → {@code LinePatternSymbolizer} (carto capitalizes one dash only). */
  static String symbolizerName(String symbolizer) {
    String s = Character.toUpperCase(symbolizer.charAt(0)) + symbolizer.substring(1);
    int dash = s.indexOf('-');
    if (dash >= 0 && dash + 1 < s.length()) {
      s = s.substring(0, dash) + Character.toUpperCase(s.charAt(dash + 1)) + s.substring(dash + 2);
    }
    return s + "Symbolizer";
  }
}
