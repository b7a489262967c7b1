package io.windlass.style;

import java.util.List;
import java.util.Set;

/**
 * Entry point of the CartoCSS compiler: source text in, {@link LayerStyle} out, with carto 0.16.3's
 * meaning. Stages (a port of carto's): {@link Parser} → {@link Ruleset#flatten} → specificity sort
 * → {@link Inheritance} → {@link StyleBuilder}; see {@link CartoProject} for whole projects.
 */
public final class CartoCss {

  private static final java.util.regex.Pattern COMMENTS =
      java.util.regex.Pattern.compile("/\\*[\\s\\S]*?\\*/|//[^\\n]*");

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
    if (cartocss == null || COMMENTS.matcher(cartocss).replaceAll("").isBlank()) {
      throw new StyleException("CartoCSS is empty");
    }
    CartoProject.Result r =
        CartoProject.compile(
            List.of(cartocss), List.of(new CartoProject.LayerSpec("layer", null, layerClasses)));
    return new LayerStyle(r.layers().get(0).styles(), r.mapProperties());
  }

  /**
   * Compiles a stylesheet written for {@code cartocss_version} (e.g. {@code "2.0.1"}), applying
   * CARTO's migrations first (see {@link CartoCssMigration}).
   */
  public static LayerStyle compile(String cartocss, String cartocssVersion) throws StyleException {
    return compile(cartocss == null ? null : CartoCssMigration.migrate(cartocss, cartocssVersion));
  }
}
