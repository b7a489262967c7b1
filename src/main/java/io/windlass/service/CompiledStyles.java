package io.windlass.service;

import io.windlass.error.ErrorDetail;
import io.windlass.error.WindlassException;
import io.windlass.mapconfig.Layer;
import io.windlass.style.CartoCss;
import io.windlass.style.LayerStyle;
import io.windlass.style.StyleError;
import io.windlass.style.StyleException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Compiled CartoCSS, kept per stylesheet text (bounded, least recently used out): tiles of a map
 * compile its styles once, and maps sharing a stylesheet share the result.
 */
public final class CompiledStyles {
  private final Map<String, LayerStyle> cache;

  private final Set<String> fonts;

  /**
   * @param fonts the font faces the renderer has ({@code text-face-name} must name one), or null to
   *     accept any
   */
  public CompiledStyles(int capacity, Set<String> fonts) {
    this.fonts = fonts == null ? null : Set.copyOf(fonts);
    this.cache =
        Collections.synchronizedMap(
            new LinkedHashMap<>(capacity, 0.75f, true) {
              @Override
              protected boolean removeEldestEntry(Map.Entry<String, LayerStyle> eldest) {
                return size() > capacity;
              }
            });
  }

  /** The compiled style of {@code layer}; errors read {@code style<i>: ...} as in CARTO. */
  public LayerStyle of(Layer layer) {
    String css = layer.cartocss();
    String version = layer.cartocssVersion();
    // Migrations make the same text mean different things under different versions.
    String key = version + '\n' + css;
    LayerStyle style = cache.get(key);
    if (style != null) return style;
    try {
      style = CartoCss.compile(css, version, fonts);
    } catch (StyleException e) {
      throw new WindlassException(
          400, java.util.List.of(ErrorDetail.ofLayer(message(e, layer.index()), layer.ref())), e);
    }
    cache.put(key, style);
    return style;
  }

  /**
   * carto's message as CARTO reports it: one line per error, each naming the stylesheet ({@code
   * style0:1:9 Invalid code: xxxxx;}, {@code style0: CartoCSS is empty} without a position).
   */
  static String message(StyleException e, int index) {
    StringBuilder sb = new StringBuilder();
    for (StyleError error : e.errors()) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append("style").append(index).append(error.line() > 0 ? ":" : ": ");
      sb.append(error.message());
    }
    return sb.toString();
  }
}
