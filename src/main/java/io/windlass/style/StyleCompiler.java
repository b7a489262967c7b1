package io.windlass.style;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Last compiler stage: validates property names, evaluates values and filters to constants, sorts
 * the layer's definitions by carto specificity, groups them by attachment (attachments ordered by
 * their first declaration in the source, as carto orders styles) and extracts the {@code Map}
 * block.
 */
final class StyleCompiler {

  private final String src;
  private final Evaluator evaluator;
  private final Set<String> fields = new TreeSet<>();

  private StyleCompiler(String src) {
    this.src = src;
    this.evaluator = new Evaluator(src);
  }

  static LayerStyle compile(String src, List<Statement> top, Set<String> layerClasses)
      throws StyleException {
    boolean hasRules = top.stream().anyMatch(s -> s instanceof Statement.RuleSet);
    if (!hasRules && top.stream().noneMatch(s -> s instanceof Statement.VariableDef)) {
      throw new StyleException("CartoCSS is empty");
    }
    List<Definition> defs = Flattener.flatten(top, new Scope(null, top));
    validateNames(src, defs);
    return new StyleCompiler(src).build(defs, layerClasses);
  }

  private LayerStyle build(List<Definition> defs, Set<String> layerClasses) throws StyleException {
    Color background = null;
    Integer bufferSize = null;
    List<Definition> layerDefs = new ArrayList<>();
    for (Definition d : defs) {
      if (isMap(d)) {
        for (Statement.Declaration decl : d.rules()) {
          Object v = value(decl, d.scope());
          if (decl.name().equals("background-color")) {
            background = (Color) v;
          } else if (decl.name().equals("buffer-size")) {
            bufferSize = (int) Math.round((Double) v);
          }
        }
      } else if (applies(d, layerClasses)) {
        layerDefs.add(d);
      }
    }
    layerDefs.sort(Definition::bySpecificityDescending);

    Map<String, List<CompiledRule>> byAttachment = new LinkedHashMap<>();
    Map<String, Integer> firstIndex = new HashMap<>();
    for (Definition d : layerDefs) {
      CompiledRule rule = compileRule(d);
      byAttachment.computeIfAbsent(d.attachment(), k -> new ArrayList<>()).add(rule);
      for (Statement.Declaration decl : d.rules()) {
        firstIndex.merge(d.attachment(), decl.offset(), Math::min);
      }
    }
    List<String> order = new ArrayList<>(byAttachment.keySet());
    order.sort((a, b) -> Integer.compare(firstIndex.get(a), firstIndex.get(b)));
    List<List<CompiledRule>> rules = new ArrayList<>();
    for (String a : order) {
      rules.add(byAttachment.get(a));
    }
    return new LayerStyle(fields, background, bufferSize, order, rules);
  }

  private CompiledRule compileRule(Definition d) throws StyleException {
    long zoomMask = -1L;
    for (Selector.ZoomSpec z : d.selector().zooms()) {
      Expr v = evaluator.eval(z.value(), d.scope());
      if (!(v instanceof Expr.Num n) || z.op().equals("=~")) {
        throw StyleException.at(src, z.offset(), "Invalid zoom filter");
      }
      zoomMask &= CompiledRule.zoomMask(z.op(), n.value());
    }
    List<AttributeFilter> filters = new ArrayList<>();
    for (Selector.FilterSpec f : d.selector().filters()) {
      filters.add(filter(f, d.scope()));
    }
    List<Prop> props = new ArrayList<>();
    for (Statement.Declaration decl : d.rules()) {
      String symbolizer = PropertyCatalog.symbolizerOf(decl.name());
      props.add(
          new Prop(
              decl.instance() + "/" + decl.name(),
              decl.instance(),
              decl.name(),
              symbolizer,
              value(decl, d.scope()),
              decl.offset()));
    }
    return new CompiledRule(
        zoomMask, filters.toArray(new AttributeFilter[0]), props.toArray(new Prop[0]));
  }

  private AttributeFilter filter(Selector.FilterSpec f, Scope scope) throws StyleException {
    fields.add(f.field());
    Expr v = evaluator.eval(f.value(), scope);
    Object literal;
    if (v instanceof Expr.Num n) {
      literal = n.value();
    } else if (v instanceof Expr.Str s) {
      literal = s.value();
    } else if (v instanceof Expr.Keyword k) {
      switch (k.name()) {
        case "null":
          literal = null;
          break;
        case "true":
        case "false":
          literal = Boolean.valueOf(k.name());
          break;
        default:
          literal = k.name();
      }
    } else {
      throw StyleException.at(src, f.offset(), "Invalid filter value");
    }
    AttributeFilter.Op op = AttributeFilter.Op.of(f.op());
    Pattern regex = null;
    if (op == AttributeFilter.Op.MATCH) {
      try {
        regex = Pattern.compile(String.valueOf(literal));
      } catch (PatternSyntaxException e) {
        throw StyleException.at(src, f.offset(), "Invalid regular expression: " + literal);
      }
    }
    return new AttributeFilter(f.field(), op, literal, regex);
  }

  private Object value(Statement.Declaration decl, Scope scope) throws StyleException {
    Expr v = evaluator.eval(decl.value(), scope);
    collectFields(v);
    return PropertyTypes.convert(src, decl.offset(), decl.name(), v);
  }

  private void collectFields(Expr e) {
    if (e instanceof Expr.FieldRef f) {
      fields.add(f.name());
    } else if (e instanceof Expr.Binary b) {
      collectFields(b.left());
      collectFields(b.right());
    } else if (e instanceof Expr.ListExpr l) {
      l.items().forEach(this::collectFields);
    } else if (e instanceof Expr.Call c) {
      c.args().forEach(this::collectFields);
    }
  }

  /** Reports the first (in source order) unknown property, with carto's wording. */
  private static void validateNames(String src, List<Definition> defs) throws StyleException {
    Statement.Declaration worst = null;
    String message = null;
    for (Definition d : defs) {
      for (Statement.Declaration decl : d.rules()) {
        String problem = null;
        if (!PropertyCatalog.isKnown(decl.name())) {
          String mean = PropertyCatalog.suggestionFor(decl.name());
          problem =
              "Unrecognized rule: "
                  + decl.name()
                  + (mean == null ? "" : ". Did you mean " + mean + "?");
        } else if (isMap(d) && !"map".equals(PropertyCatalog.symbolizerOf(decl.name()))) {
          problem = "Rule " + decl.name() + " not allowed for Map.";
        }
        if (problem != null && (worst == null || decl.offset() < worst.offset())) {
          worst = decl;
          message = problem;
        }
      }
    }
    if (worst != null) {
      throw StyleException.at(src, worst.offset(), message);
    }
  }

  private static boolean isMap(Definition d) {
    return String.join("", d.selector().elements()).equals("Map");
  }

  private static boolean applies(Definition d, Set<String> layerClasses) {
    for (String e : d.selector().elements()) {
      boolean ok =
          e.startsWith("#")
              || e.equals("*")
              || (e.startsWith(".") && layerClasses.contains(e.substring(1)));
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
