package io.windlass.style;

import java.util.ArrayList;
import java.util.List;

/**
 * One (possibly flattened) selector as carto's {@code tree.Selector}: elements ({@code #id}, {@code
 * .class}, {@code *}, {@code Map}), filters, zoom conditions (a mask once evaluated), attachment,
 * condition count and source index. Mutable on purpose: carto shares selector objects between
 * nested blocks and updates their index in place, which decides specificity ties.
 */
final class Selector {

  /** An unevaluated {@code [zoom op value]}. */
  record ZoomCondition(String op, Node value, int index, int file) {}

  Filterset filters;
  List<ZoomCondition> zoomConditions;
  int zoom = Zoom.ALL;
  List<String> elements;
  String attachment;
  int conditions;
  int index;

  Selector(
      Filterset filters,
      List<ZoomCondition> zooms,
      List<String> elements,
      String attachment,
      int conditions,
      int index) {
    this.filters = filters;
    this.zoomConditions = zooms;
    this.elements = elements;
    this.attachment = attachment;
    this.conditions = conditions;
    this.index = index;
  }

  /** carto's specificity: [ids, classes, conditions, index]. */
  int[] specificity() {
    int ids = 0;
    int classes = 0;
    for (String e : elements) {
      if (e.startsWith("#")) {
        ids++;
      } else if (e.startsWith(".")) {
        classes++;
      }
    }
    return new int[] {ids, classes, conditions, index};
  }

  /** Evaluates the zoom conditions into {@link #zoom} (once per flatten, as carto's evZooms). */
  void evZooms(Env env) {
    if (zoomConditions == null) {
      return;
    }
    int z = Zoom.ALL;
    for (ZoomCondition c : zoomConditions) {
      z &= Zoom.mask(c.op(), c.value(), c.index(), c.file(), env);
    }
    zoom = z;
    zoomConditions = null;
  }

  static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
