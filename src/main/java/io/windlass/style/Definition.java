package io.windlass.style;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A flat selector with its declarations (carto's {@code tree.Definition}): the unit that carto
 * sorts by specificity, lets inherit declarations from less specific ones, and turns into Mapnik
 * rules.
 */
final class Definition {

  final List<String> elements;
  final List<Rule> rules;
  final Set<String> ruleIndex;
  Filterset filters;
  final int zoom;
  final String attachment;
  final int[] specificity;

  Definition(Selector selector, List<Rule> rules) {
    this.elements = selector.elements;
    this.rules = rules;
    this.ruleIndex = new HashSet<>();
    for (int i = 0; i < rules.size(); i++) {
      // a rule shared by several selectors gets its own copy carrying this selector's zoom
      Rule r = rules.get(i).copy();
      r.zoom(selector.zoom);
      rules.set(i, r);
      ruleIndex.add(r.updateId());
    }
    this.filters = selector.filters;
    this.zoom = selector.zoom;
    this.attachment = selector.attachment == null ? "__default__" : selector.attachment;
    this.specificity = selector.specificity();
  }

  private Definition(Definition d, Filterset filters) {
    this.elements = d.elements;
    this.rules = new java.util.ArrayList<>(d.rules);
    this.ruleIndex = new HashSet<>(d.ruleIndex);
    this.filters = filters != null ? filters : d.filters.copy();
    this.zoom = d.zoom;
    this.attachment = d.attachment;
    this.specificity = d.specificity;
  }

  Definition copy(Filterset filters) {
    return new Definition(this, filters);
  }

  /** Adds the rules not present yet (by id); returns how many were added. */
  int addRules(List<Rule> more) {
    int added = 0;
    for (Rule r : more) {
      if (ruleIndex.add(r.id())) {
        rules.add(r);
        added++;
      }
    }
    return added;
  }

  /**
   * Whether every element matches a layer with this id and classes; a null id matches every {@code
   * #id} (a Windshaft layer's style applies to whatever the layer is called). A {@code *} element
   * matches nothing: carto 0.16.3 tags it {@code type: 'wildcard'} but tests {@code elem.wildcard},
   * which no element has, so {@code * {...}} rules never reach a layer.
   */
  boolean appliesTo(String id, Set<String> classes) {
    for (String e : elements) {
      boolean ok =
          (e.startsWith(".") && classes.contains(e.substring(1)))
              || (e.startsWith("#") && (id == null || id.equals(e.substring(1))));
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  boolean isMap() {
    return String.join("", elements).equals("Map");
  }
}
