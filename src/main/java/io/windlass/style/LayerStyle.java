package io.windlass.style;

import io.windlass.geo.Feature;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The compiled CartoCSS of one layer: its {@link FeatureStyle}s (one per attachment, in drawing
 * order, each a first-match list of rules) and the {@code Map} block properties. Immutable and
 * thread-safe; {@link #symbolizersFor} runs for every feature of every tile, so each rule's
 * symbolizers are built once at compile time.
 */
public final class LayerStyle {

  private static final Pattern FIELD = Pattern.compile("\\[([^\\]]+)\\]");

  private final List<FeatureStyle> styles;
  private final Map<String, String> mapProperties;
  private final StyleRule[][] rules;
  private final List<Symbolizer>[][] symbolizers;
  private final Set<String> fields;

  @SuppressWarnings("unchecked")
  LayerStyle(List<FeatureStyle> styles, Map<String, String> mapProperties) {
    this.styles = List.copyOf(styles);
    this.mapProperties = Map.copyOf(mapProperties);
    rules = new StyleRule[styles.size()][];
    symbolizers = new List[styles.size()][];
    Set<String> f = new LinkedHashSet<>();
    for (int s = 0; s < styles.size(); s++) {
      List<StyleRule> rs = styles.get(s).rules();
      rules[s] = rs.toArray(new StyleRule[0]);
      symbolizers[s] = new List[rs.size()];
      for (int k = 0; k < rs.size(); k++) {
        StyleRule r = rs.get(k);
        f.addAll(r.test().fields());
        List<Symbolizer> out = new ArrayList<>();
        for (SymbolizerSpec spec : r.symbolizers()) {
          out.add(Symbolizers.compiled(spec));
          spec.properties().values().forEach(v -> fields(v, f));
          if (spec.content() != null) {
            fields(spec.content(), f);
          }
        }
        symbolizers[s][k] = List.copyOf(out);
      }
    }
    fields = Set.copyOf(f);
  }

  private static void fields(String value, Set<String> out) {
    Matcher m = FIELD.matcher(value);
    while (m.find()) {
      out.add(m.group(1));
    }
  }

  /** The compiled styles, as carto would write them into Mapnik XML. */
  public List<FeatureStyle> styles() {
    return styles;
  }

  /**
   * {@code Map} block properties by Mapnik name ({@code background-color}, {@code buffer-size}).
   */
  public Map<String, String> mapProperties() {
    return mapProperties;
  }

  /** Attribute names the style reads (in filters and values); the SQL must provide them. */
  public Set<String> fields() {
    return fields;
  }

  /** {@code Map { background-color }}, if set. */
  public Optional<Color> background() {
    String c = mapProperties.get("background-color");
    return c == null ? Optional.empty() : Optional.ofNullable(Colors.parse(c));
  }

  /** {@code Map { buffer-size }} in pixels, if set. */
  public OptionalInt bufferSize() {
    String b = mapProperties.get("buffer-size");
    if (b == null) {
      return OptionalInt.empty();
    }
    double v = JsCompare.parseFloat(b);
    return Double.isNaN(v) ? OptionalInt.empty() : OptionalInt.of((int) v);
  }

  /** Attachment names in drawing order; {@code ""} is the default attachment. */
  public List<String> attachments() {
    List<String> out = new ArrayList<>();
    for (FeatureStyle s : styles) {
      out.add(s.attachment().equals("__default__") ? "" : s.attachment());
    }
    return out;
  }

  /** Whether no rule applies to this layer at all (nothing will ever be drawn). */
  public boolean isEmpty() {
    for (StyleRule[] r : rules) {
      if (r.length > 0) {
        return false;
      }
    }
    return true;
  }

  /** The symbolizers to draw for {@code feature} at {@code zoom}, in drawing order (never null). */
  public List<Symbolizer> symbolizersFor(Feature feature, int zoom) {
    return symbolizersFor(feature.attributes(), zoom);
  }

  /**
   * The symbolizers of the first rule of style {@code style} (index into {@link #styles()}) that
   * matches these attributes at {@code zoom}, or an empty list. Mapnik renders a layer one style at
   * a time (every feature for the first attachment, then every feature for the next), so renderers
   * that composite per style call this rather than {@link #symbolizersFor(Map, int)}.
   */
  public List<Symbolizer> symbolizersFor(int style, Map<String, Object> attributes, int zoom) {
    StyleRule[] rs = rules[style];
    for (int k = 0; k < rs.length; k++) {
      if (rs[k].matches(attributes, zoom)) {
        return symbolizers[style][k];
      }
    }
    return List.of();
  }

  /** As {@link #symbolizersFor(Feature, int)}, for attributes alone. */
  public List<Symbolizer> symbolizersFor(Map<String, Object> attributes, int zoom) {
    List<Symbolizer> single = null;
    List<Symbolizer> many = null;
    for (int s = 0; s < rules.length; s++) {
      StyleRule[] rs = rules[s];
      for (int k = 0; k < rs.length; k++) {
        if (rs[k].matches(attributes, zoom)) {
          List<Symbolizer> add = symbolizers[s][k];
          if (single == null) {
            single = add;
          } else {
            if (many == null) {
              many = new ArrayList<>(single);
            }
            many.addAll(add);
          }
          break;
        }
      }
    }
    if (many != null) {
      return many;
    }
    return single == null ? List.of() : single;
  }
}
