package io.windlass.style;

import java.util.List;

/**
 * A flattened CartoCSS rule: one fully qualified selector (parents' elements, filters, zooms and
 * attachments merged in) with the declarations written directly in its block. {@code index} is the
 * source offset of its first declaration, which carto uses both as the last specificity criterion
 * and to order attachments and symbolizers.
 */
record Definition(Selector selector, int index, List<Statement.Declaration> rules, Scope scope) {

  int ids() {
    return (int) selector.elements().stream().filter(e -> e.startsWith("#")).count();
  }

  int classes() {
    return (int) selector.elements().stream().filter(e -> e.startsWith(".")).count();
  }

  /** Attachment name, {@code ""} for the default attachment; nested attachments join with '/'. */
  String attachment() {
    return selector.attachment() == null ? "" : selector.attachment();
  }

  /**
   * carto's specificity order: ids, then classes, then filter+zoom conditions, then source order.
   */
  static int bySpecificityDescending(Definition a, Definition b) {
    int c = Integer.compare(b.ids(), a.ids());
    if (c == 0) {
      c = Integer.compare(b.classes(), a.classes());
    }
    if (c == 0) {
      c = Integer.compare(b.selector.conditions(), a.selector.conditions());
    }
    if (c == 0) {
      c = Integer.compare(b.index, a.index);
    }
    return c;
  }
}
