package io.windlass.data;

import io.windlass.geo.Bbox;
import io.windlass.geo.ImageView;
import io.windlass.geo.WebMercator;
import java.math.BigDecimal;

/**
 * Values of the substitution tokens CARTO allows in layer SQL: {@code !bbox!} (the buffered area
 * queried, EPSG:3857), {@code !pixel_width!} and {@code !pixel_height!} (metres per pixel of the
 * image drawn) and {@code !scale_denominator!} (metres per pixel / 0.00028, Mapnik's 0.28 mm pixel,
 * times the retina factor).
 *
 * @param scaleFactor the retina factor (1 or 2) of the image drawn
 */
public record SqlTokens(Bbox bbox, double pixelWidth, double pixelHeight, int scaleFactor) {
  private static final double WORLD = 20037508.342789244;

  /** Tokens of an image drawn at scale 1. */
  public SqlTokens(Bbox bbox, double pixelWidth, double pixelHeight) {
    this(bbox, pixelWidth, pixelHeight, 1);
  }

  /** The values CARTO uses outside a tile (tile 0/0/0): metadata and validation queries. */
  public static final SqlTokens WORLD_TILE =
      new SqlTokens(new Bbox(-WORLD, -WORLD, WORLD, WORLD), 2 * WORLD / 256, 2 * WORLD / 256);

  /**
   * The values for drawing {@code view} with {@code bufferPx} pixels of buffer on every side: the
   * buffered box, and the metres per pixel of the image as drawn (a retina image has twice the
   * pixels over the same area).
   */
  public static SqlTokens of(ImageView view, double bufferPx) {
    // Every view is drawn at its zoom's resolution. Taken from the zoom, not from the extent's
    // width (which loses the last digits to a subtraction), the tokens are the same for every tile
    // of a zoom and exactly the spec's 6378137·2π / 256 / 2^z.
    double res = WebMercator.resolution(view.zoom(), 256);
    int scale = view.scale();
    return new SqlTokens(view.extent().expandBy(bufferPx * res), res / scale, res / scale, scale);
  }

  /**
   * Mapnik's: it multiplies the denominator of the image's own pixels by the scale factor, so that
   * a retina tile gets the value of its zoom (as its CartoCSS zoom filters do), not of the next.
   */
  public double scaleDenominator() {
    return pixelWidth * scaleFactor / 0.00028;
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
