package io.windlass.style;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the nested syntax tree into flat {@link Definition}s: every nested selector is combined
 * with each of its parents' selectors (elements concatenated, filters and zooms ANDed, attachments
 * joined with '/'), as carto's {@code Ruleset.flatten} does.
 */
final class Flattener {

  private final List<Definition> out = new ArrayList<>();

  private Flattener() {}

  static List<Definition> flatten(List<Statement> top, Scope topScope) {
    Flattener f = new Flattener();
    for (Statement s : top) {
      if (s instanceof Statement.RuleSet rs) {
        f.ruleSet(rs, List.of(), topScope);
      }
    }
    return f.out;
  }

  private void ruleSet(Statement.RuleSet rs, List<Selector> parents, Scope parentScope) {
    Scope scope = new Scope(parentScope, rs.body());
    List<Selector> selectors = new ArrayList<>();
    for (Selector child : rs.selectors()) {
      if (parents.isEmpty()) {
        selectors.add(child);
      } else {
        for (Selector parent : parents) {
          selectors.add(merge(parent, child));
        }
      }
    }
    List<Statement.Declaration> rules = new ArrayList<>();
    for (Statement s : rs.body()) {
      if (s instanceof Statement.Declaration d) {
        rules.add(d);
      }
    }
    if (!rules.isEmpty()) {
      int index = rules.get(0).offset();
      for (Selector sel : selectors) {
        out.add(new Definition(sel, index, List.copyOf(rules), scope));
      }
    }
    for (Statement s : rs.body()) {
      if (s instanceof Statement.RuleSet nested) {
        ruleSet(nested, selectors, scope);
      }
    }
  }

  private static Selector merge(Selector parent, Selector child) {
    List<String> elements = new ArrayList<>(parent.elements());
    elements.addAll(child.elements());
    List<Selector.FilterSpec> filters = new ArrayList<>(parent.filters());
    filters.addAll(child.filters());
    List<Selector.ZoomSpec> zooms = new ArrayList<>(parent.zooms());
    zooms.addAll(child.zooms());
    String attachment;
    if (parent.attachment() != null && child.attachment() != null) {
      attachment = parent.attachment() + "/" + child.attachment();
    } else {
      attachment = child.attachment() != null ? child.attachment() : parent.attachment();
    }
    return new Selector(
        List.copyOf(elements),
        attachment,
        List.copyOf(filters),
        List.copyOf(zooms),
        child.offset());
  }
}
