package io.windlass.style;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles a carto project, several stylesheets for several layers, the way carto 0.16.3's {@code
 * Renderer.render} does: every stylesheet is parsed, flattened and sorted by specificity on its own
 * (sharing global variables in stylesheet order); then, for each layer in order, the definitions
 * that select it are inherited, their attachments ordered and folded, and turned into {@link
 * FeatureStyle}s.
 */
public final class CartoProject {

  /**
   * A layer of the project: its id, its name (carto's {@code #id} selectors match the name) and
   * classes.
   */
  public record LayerSpec(String id, String name, Set<String> classes) {}

  /** The styles of one layer, in drawing order. */
  public record CompiledLayer(String id, List<FeatureStyle> styles) {}

  /**
   * The compiled project: the layers, the {@code Map} block properties (Mapnik names, e.g. {@code
   * background-color}) and the font sets carto created for font lists ({@code fontset-0}, ...).
   */
  public record Result(
      List<CompiledLayer> layers, Map<String, String> mapProperties, List<List<String>> fontsets) {}

  private CartoProject() {}

  /** Compiles, accepting any font name; the errors carto would report are thrown. */
  public static Result compile(List<String> stylesheets, List<LayerSpec> layers)
      throws StyleException {
    return compile(stylesheets, layers, null);
  }

  /**
   * Compiles; the errors carto would report are thrown, all of them. {@code fonts} are the font
   * faces the renderer has (carto's {@code validation_data.fonts}, e.g. from {@link FontFaces}): a
   * {@code text-face-name} naming none of them is an error, as in CARTO. Null accepts any name; an
   * empty set accepts none.
   */
  public static Result compile(List<String> stylesheets, List<LayerSpec> layers, Set<String> fonts)
      throws StyleException {
    try {
      return compileOrCrash(stylesheets, layers, fonts);
    } catch (CartoCrash e) {
      throw new StyleException(e.getMessage());
    }
  }

  private static Result compileOrCrash(
      List<String> stylesheets, List<LayerSpec> layers, Set<String> fonts) throws StyleException {
    Env env = new Env(fonts);
    List<Definition> definitions = new ArrayList<>();
    for (int f = 0; f < stylesheets.size(); f++) {
      Ruleset root = Parser.parse(stylesheets.get(f), f);
      List<Definition> defs = new ArrayList<>();
      root.flatten(defs, List.of(), env);
      defs.sort(CartoProject::bySpecificity);
      definitions.addAll(defs);
    }
    List<CompiledLayer> out = new ArrayList<>();
    StyleBuilder builder = new StyleBuilder(env);
    for (LayerSpec layer : layers) {
      List<Definition> matching = new ArrayList<>();
      for (Definition d : definitions) {
        if (d.appliesTo(layer.name(), layer.classes())) {
          matching.add(d);
        }
      }
      List<FeatureStyle> styles = new ArrayList<>();
      for (Inheritance.Style style : Inheritance.sortStyles(Inheritance.inherit(matching, env))) {
        Inheritance.fold(style);
        String base = layer.name() == null ? "layer" : layer.name();
        String name = style.attachment.equals("__default__") ? base : base + "-" + style.attachment;
        FeatureStyle fs = builder.build(name, style.attachment, style);
        if (fs != null) {
          styles.add(fs);
        }
      }
      // carto writes the styles in this order but lists them reversed in the layer, which is the
      // order Mapnik draws them in
      java.util.Collections.reverse(styles);
      out.add(new CompiledLayer(layer.id(), styles));
    }
    Map<String, String> mapProperties = mapProperties(definitions, env);
    StyleException error = StyleErrors.all(env.errors(), stylesheets);
    if (error != null) {
      throw error;
    }
    return new Result(out, mapProperties, env.fontsets());
  }

  /**
   * Mapnik map parameters the reference lists without a CSS name: carto accepts them in a {@code
   * Map} block, by the reference's key, and then finds no such property ("Unrecognized rule").
   */
  private static final Set<String> MAP_PROPERTIES_WITHOUT_CSS =
      Set.of("paths-from-xml", "minimum-version");

  private static int bySpecificity(Definition a, Definition b) {
    for (int k = 0; k < 4; k++) {
      if (a.specificity[k] != b.specificity[k]) {
        return Integer.compare(b.specificity[k], a.specificity[k]);
      }
    }
    return 0;
  }

  private static Map<String, String> mapProperties(List<Definition> definitions, Env env) {
    Map<String, String> props = new LinkedHashMap<>();
    for (Definition d : definitions) {
      if (!d.isMap()) {
        continue;
      }
      for (Rule r : d.rules) {
        Reference.Property p = Reference.V3_0_6.property(r.name());
        boolean mapProperty =
            p != null && p.symbolizer().equals("map")
                || MAP_PROPERTIES_WITHOUT_CSS.contains(r.name());
        if (!mapProperty) {
          env.error(r.file(), r.index(), "Rule " + r.name() + " not allowed for Map.");
        }
        // carto serializes the rule even so, which reports what is wrong with it besides
        RuleSerializer.Attribute a = RuleSerializer.attribute(r.ev(env), env);
        if (a != null && mapProperty) {
          props.put(a.name(), Xml.decode(a.value()));
        }
      }
    }
    return props;
  }
}
