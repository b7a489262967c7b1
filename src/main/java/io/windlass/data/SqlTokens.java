package io.windlass.data;

import io.windlass.geo.Bbox;
import java.math.BigDecimal;

/**
 * Values of the substitution tokens CARTO allows in layer SQL: {@code !bbox!} (the buffered area
 * queried, EPSG:3857), {@code !pixel_width!} and {@code !pixel_height!} (metres per pixel) and
 * {@code !scale_denominator!} (metres per pixel / 0.00028, Mapnik's 0.28 mm pixel).
 */
public record SqlTokens(Bbox bbox, double pixelWidth, double pixelHeight) {
  private static final double WORLD = 20037508.342789244;

  /** The values CARTO uses outside a tile (tile 0/0/0): metadata and validation queries. */
  public static final SqlTokens WORLD_TILE =
      new SqlTokens(new Bbox(-WORLD, -WORLD, WORLD, WORLD), 2 * WORLD / 256, 2 * WORLD / 256);

  public double scaleDenominator() {
    return pixelWidth / 0.00028;
  }

  /** The envelope of {@link #bbox()} as SQL. */
  public String bboxSql() {
    return envelopeSql(bbox);
  }

  /**
   * The envelope of {@link #bbox()} cut to the Web Mercator world, as SQL: the buffer of an edge
   * tile reaches past ±180°, which PROJ would wrap to the other side when transforming the box to
   * another SRID.
   */
  public String worldBboxSql() {
    return envelopeSql(
        new Bbox(
            Math.max(bbox.minX(), -WORLD),
            Math.max(bbox.minY(), -WORLD),
            Math.min(bbox.maxX(), WORLD),
            Math.min(bbox.maxY(), WORLD)));
  }

  private static String envelopeSql(Bbox b) {
    return "ST_MakeEnvelope("
        + num(b.minX())
        + ","
        + num(b.minY())
        + ","
        + num(b.maxX())
        + ","
        + num(b.maxY())
        + ",3857)";
  }

  /** {@code sql} with every token replaced. */
  public String substitute(String sql) {
    return sql.replace("!bbox!", bboxSql())
        .replace("!pixel_width!", num(pixelWidth))
        .replace("!pixel_height!", num(pixelHeight))
        .replace("!scale_denominator!", num(scaleDenominator()));
  }

  static String num(double d) {
    return BigDecimal.valueOf(d).toPlainString();
  }
}
