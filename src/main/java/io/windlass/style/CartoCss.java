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
    return compileAs(cartocss, layerClasses, null);
  }

  private static LayerStyle compileAs(String cartocss, Set<String> layerClasses, Set<String> fonts)
      throws StyleException {
    CartoProject.Result r =
        CartoProject.compile(
            List.of(cartocss),
            List.of(new CartoProject.LayerSpec("layer", null, layerClasses)),
            fonts);
    return new LayerStyle(r.layers().get(0).styles(), r.mapProperties());
  }

  /**
   * Compiles a stylesheet written for {@code cartocss_version} (e.g. {@code "2.0.1"}) as CARTO
   * does: migrated to Mapnik 3.0.15 first (see {@link CartoCssMigration}), any font name accepted.
   */
  public static LayerStyle compile(String cartocss, String cartocssVersion) throws StyleException {
    return compile(cartocss, cartocssVersion, null);
  }

  /**
   * Compiles a stylesheet written for {@code cartocss_version} as CARTO does: migrated to what
   * carto compiles for Mapnik 3.0.15, then compiled with {@code text-face-name} checked against
   * {@code fonts} (the faces the renderer has, e.g. {@link FontFaces#scan}; null accepts any name).
   * A null or empty version is taken as {@code 2.0.0}, as the reference renderer does; a version
   * CARTO has no migration from fails with {@code No CartoCSS transform path from X to 3.0.15}.
   */
  public static LayerStyle compile(String cartocss, String cartocssVersion, Set<String> fonts)
      throws StyleException {
    if (cartocss == null || COMMENTS.matcher(cartocss).replaceAll("").isBlank()) {
      throw new StyleException("CartoCSS is empty");
    }
    String version =
        cartocssVersion == null || cartocssVersion.isEmpty() ? "2.0.0" : cartocssVersion;
    String migrated;
    try {
      migrated = CartoCssMigration.migrate(cartocss, version);
    } catch (CartoCssMigration.NoPathException e) {
      throw new StyleException(e.getMessage());
    }
    return compileAs(migrated, Set.of(), fonts);
  }
}
