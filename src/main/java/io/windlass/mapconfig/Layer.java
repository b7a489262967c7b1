package io.windlass.mapconfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.windlass.error.LayerRef;

/**
 * One layer of a MapConfig.
 *
 * @param index position in the MapConfig's {@code layers} array (render order)
 * @param id the explicit {@code id}, else the derived one ({@code layer0}, {@code http-layer0},
 *     ...)
 * @param explicitId whether {@code id} came from the MapConfig
 * @param options the layer's {@code options} object, as stored
 */
public record Layer(int index, LayerType type, String id, boolean explicitId, ObjectNode options) {

  public String sql() {
    return text("sql");
  }

  public String cartocss() {
    return text("cartocss");
  }

  public String cartocssVersion() {
    return text("cartocss_version");
  }

  /** The geometry column; CARTO's default is the Web Mercator copy. */
  public String geomColumn() {
    String g = text("geom_column");
    return g == null || g.isEmpty() ? "the_geom_webmercator" : g;
  }

  public String geomType() {
    String g = text("geom_type");
    return g == null || g.isEmpty() ? "geometry" : g;
  }

  /** Whether the layer reads rasters ({@code geom_type: raster}, Mapnik's pgraster). */
  public boolean isRaster() {
    return "raster".equals(geomType());
  }

  /**
   * {@code raster_band}: 0 draws a raster's bands as grey (one or two), RGB or RGBA (three or
   * four); a band number draws that band alone, through the style's colorizer.
   */
  public int rasterBand() {
    JsonNode b = options.get("raster_band");
    return b != null && b.canConvertToInt() ? Math.max(0, b.asInt()) : 0;
  }

  /** SRID of {@link #geomColumn()}; 3857 unless the layer says otherwise. */
  public int srid() {
    JsonNode s = options.get("srid");
    return s != null && s.canConvertToInt() ? s.asInt() : 3857;
  }

  /** Smallest zoom at which the layer is drawn (inclusive). */
  public int minzoom() {
    JsonNode z = options.get("minzoom");
    return z != null && z.isNumber() ? z.asInt() : 0;
  }

  /** Largest zoom at which the layer is drawn (inclusive). */
  public int maxzoom() {
    JsonNode z = options.get("maxzoom");
    return z != null && z.isNumber() ? z.asInt() : Integer.MAX_VALUE;
  }

  public boolean visibleAt(int zoom) {
    return zoom >= minzoom() && zoom <= maxzoom();
  }

  public LayerRef ref() {
    return new LayerRef(id, index, type.wireName());
  }

  /** A string option, or null when absent or not a string. */
  public String text(String key) {
    JsonNode v = options.get(key);
    return v != null && v.isTextual() ? v.textValue() : null;
  }
}
