package io.windlass.style;

import java.util.List;

/**
 * One CartoCSS selector such as {@code #layer::glow[pop > 10][zoom >= 4]}: its elements ({@code
 * #id}, {@code .class}, {@code *}, {@code Map}) as written, optional attachment name, filters and
 * zoom conditions. {@code conditions} counts filters plus zoom conditions, as carto's specificity
 * does.
 */
record Selector(
    List<String> elements,
    String attachment,
    List<FilterSpec> filters,
    List<ZoomSpec> zooms,
    int offset) {

  /**
   * {@code [field op value]}; {@code field} is a field name, {@code value} an unevaluated
   * expression.
   */
  record FilterSpec(String field, String op, Expr value, int offset) {}

  /** {@code [zoom op value]}. */
  record ZoomSpec(String op, Expr value, int offset) {}

  int conditions() {
    return filters.size() + zooms.size();
  }

  boolean isMap() {
    return elements.contains("Map");
  }
}
