package io.windlass.style;

import java.util.ArrayList;
import java.util.List;

/**
 * A block {@code selectors { rules }} of the syntax tree (carto's {@code tree.Ruleset}); the root
 * of a stylesheet is a ruleset without selectors. {@code rules} holds {@link Rule}s, nested {@link
 * Ruleset}s and {@link Node.Invalid} code, in source order.
 */
final class Ruleset {

  final List<Selector> selectors;
  final List<Object> rules;

  Ruleset(List<Selector> selectors, List<Object> rules) {
    this.selectors = selectors;
    this.rules = rules;
  }

  /**
   * carto's {@code Ruleset.flatten}: combines each selector with each parent selector (filters
   * merged, impossible combinations dropped, zooms intersected, attachments joined with '/') and
   * emits one {@link Definition} per flat selector with the rules written directly in the block.
   */
  void flatten(List<Definition> result, List<Selector> parents, Env env) {
    if (selectors.isEmpty()) {
      env.addFrames(rules);
    }
    for (Selector s : selectors) {
      s.evZooms(env);
    }
    List<Selector> flat = new ArrayList<>();
    for (Selector child : selectors) {
      if (child.filters == null) {
        continue;
      }
      if (parents.isEmpty()) {
        flat.add(child);
        continue;
      }
      for (Selector parent : parents) {
        Filterset merged = parent.filters.cloneWith(child.filters);
        if (merged == null) {
          if (parent.zoom == (parent.zoom & child.zoom)
              && java.util.Objects.equals(parent.attachment, child.attachment)
              && String.join(",", parent.elements).equals(String.join(",", child.elements))) {
            flat.add(parent);
            continue;
          }
          merged = parent.filters;
        } else if (merged == Filterset.IMPOSSIBLE) {
          continue;
        }
        String attachment;
        if (parent.attachment != null && child.attachment != null) {
          attachment = parent.attachment + "/" + child.attachment;
        } else {
          attachment = child.attachment != null ? child.attachment : parent.attachment;
        }
        Selector clone =
            new Selector(
                merged,
                null,
                Selector.concat(parent.elements, child.elements),
                attachment,
                parent.conditions + child.conditions,
                child.index);
        clone.zoom = parent.zoom & child.zoom;
        flat.add(clone);
      }
    }
    List<Rule> own = new ArrayList<>();
    for (Object r : rules) {
      if (r instanceof Ruleset nested) {
        nested.flatten(result, flat, env);
      } else if (r instanceof Rule rule) {
        own.add(rule);
      } else if (r instanceof Node.Invalid invalid) {
        invalid.ev(env);
      }
    }
    for (Selector s : flat) {
      if (!own.isEmpty()) {
        // carto uses the first declaration's position as the selector's index, so that an
        // attachment declared below the element's own rules sorts after them
        s.index = own.get(0).index();
      }
      result.add(new Definition(s, new ArrayList<>(own)));
    }
  }
}
