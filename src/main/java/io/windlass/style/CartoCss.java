package io.windlass.style;

import java.util.Set;

/**
 * Entry point of the CartoCSS compiler: source text in, {@link LayerStyle} out. Stages: {@link
 * Lexer} (tokens) → {@link Parser} (syntax tree) → {@link Flattener} (flat definitions) → {@link
 * StyleCompiler} (validation, constant evaluation, specificity sort, compiled rules).
 */
public final class CartoCss {

  private CartoCss() {}

  /**
   * Compiles the stylesheet of one layer. As in CARTO, every {@code #id} selector applies to the
   * layer (CARTO renames them to the layer's name) and {@code .class} selectors do not (CARTO
   * layers have no class).
   */
  public static LayerStyle compile(String cartocss) throws StyleException {
    return compile(cartocss, Set.of());
  }

  /** As {@link #compile(String)}, for a layer carrying the given classes. */
  public static LayerStyle compile(String cartocss, Set<String> layerClasses)
      throws StyleException {
    if (cartocss == null) {
      throw new StyleException("CartoCSS is empty");
    }
    return StyleCompiler.compile(cartocss, Parser.parse(cartocss), layerClasses);
  }
}
