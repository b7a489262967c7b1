package io.windlass.style;

import java.util.List;

/**
 * One statement of the CartoCSS syntax tree; {@code offset} is the character offset in the source.
 */
sealed interface Statement {

  /** {@code @name: value;} */
  record VariableDef(String name, Expr value, int offset) implements Statement {}

  /**
   * {@code instance/name: value;} ({@code instance} is empty for the default symbolizer instance).
   */
  record Declaration(String instance, String name, Expr value, int offset) implements Statement {}

  /** {@code selector, selector { body }} */
  record RuleSet(List<Selector> selectors, List<Statement> body, int offset) implements Statement {}

  /** Code carto cannot parse; reported as {@code Invalid code: <chunk>}. */
  record Invalid(String chunk, int offset) implements Statement {}
}
