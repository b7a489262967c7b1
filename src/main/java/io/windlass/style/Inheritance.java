package io.windlass.style;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * carto's renderer passes over the definitions of one layer: {@link #inherit} (each definition
 * takes the declarations of less specific ones of its attachment, split by filters where needed),
 * {@link #sortStyles} (attachment order) and {@link #fold} (rules unreachable under first-match
 * removed). Like carto, it updates definitions in place, so layers must be processed in order.
 */
final class Inheritance {

  private Inheritance() {}

  /** One attachment's definitions, most specific first. */
  static final class Style extends ArrayList<Definition> {
    private static final long serialVersionUID = 1L;
    final String attachment;
    double index;

    Style(String attachment) {
      this.attachment = attachment;
    }
  }

  static List<Style> inherit(List<Definition> definitions, Env env) throws StyleException {
    Map<String, Style> byAttachment = new LinkedHashMap<>();
    Map<String, Map<String, Definition>> byFilter = new HashMap<>();
    List<Style> result = new ArrayList<>();
    for (Definition d : definitions) {
      d.filters.ev(env);
    }
    for (int i = 0; i < definitions.size(); i++) {
      String attachment = definitions.get(i).attachment;
      List<Definition> current = new ArrayList<>();
      current.add(definitions.get(i));
      if (!byAttachment.containsKey(attachment)) {
        Style s = new Style(attachment);
        byAttachment.put(attachment, s);
        byFilter.put(attachment, new HashMap<>());
        result.add(s);
      }
      for (int j = i + 1; j < definitions.size(); j++) {
        if (definitions.get(j).attachment.equals(attachment)) {
          addRules(current, definitions.get(j), byFilter.get(attachment));
        }
      }
      for (Definition c : current) {
        byFilter.get(attachment).put(c.filters.key(), c);
        byAttachment.get(attachment).add(c);
      }
    }
    return result;
  }

  private static void addRules(
      List<Definition> current, Definition definition, Map<String, Definition> byFilter) {
    Filterset newFilters = definition.filters;
    List<Rule> newRules = definition.rules;
    for (int k = 0; k < current.size(); k++) {
      Filterset updated = current.get(k).filters.cloneWith(newFilters);
      if (updated == Filterset.IMPOSSIBLE) {
        continue;
      }
      if (updated != null) {
        Definition previous = byFilter.get(updated.key());
        if (previous != null) {
          previous.addRules(newRules);
        } else {
          Definition clone = current.get(k).copy(updated);
          if (clone.addRules(newRules) > 0) {
            byFilter.put(updated.key(), clone);
            current.add(k, clone);
            k++;
          }
        }
      } else {
        Definition clone = current.get(k).copy(null);
        current.set(k, clone);
        clone.addRules(newRules);
      }
    }
  }

  /**
   * Orders attachments by the lowest source index of their rules, highest first (carto's order).
   */
  static List<Style> sortStyles(List<Style> styles) {
    for (Style style : styles) {
      style.index = Double.POSITIVE_INFINITY;
      for (Definition d : style) {
        for (Rule r : d.rules) {
          if (r.index() < style.index) {
            style.index = r.index();
          }
        }
      }
    }
    List<Style> sorted = new ArrayList<>(styles);
    sorted.sort(
        (a, b) -> {
          if (Double.isInfinite(a.index) && Double.isInfinite(b.index)) {
            return 0;
          }
          return Double.compare(b.index, a.index);
        });
    return sorted;
  }

  /** Removes definitions that an earlier one always catches first (carto's foldStyle). */
  static Style fold(Style style) {
    for (int i = 0; i < style.size(); i++) {
      for (int j = style.size() - 1; j > i; j--) {
        if (style.get(j).filters.cloneWith(style.get(i).filters) == null) {
          style.remove(j);
        }
      }
    }
    return style;
  }
}
