package io.windlass.data;

import io.windlass.mapconfig.Layer;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Wraps a layer's SQL the way CARTO's Mapnik datasource does ({@code (<sql>) AS cdbq}), and builds
 * the queries Windlass runs on it.
 *
 * <p>Tile queries reduce geometry in PostGIS, where it is cheap and indexed: clipped to the
 * buffered tile, transformed to EPSG:3857 and snapped to a fraction of a pixel, and sent as WKB.
 */
public final class LayerSql {
  private static final Pattern TRAILING_SEMICOLONS = Pattern.compile("[;\\s]+$");

  /** Vertices are snapped to 1/SNAP_FRACTION of a pixel: invisible, but it removes most of them. */
  private static final double SNAP_FRACTION = 8;

  private LayerSql() {}

  /** The layer's SQL without the trailing {@code ;} and blanks Mapnik cannot take in a subquery. */
  public static String userSql(Layer layer) {
    return TRAILING_SEMICOLONS.matcher(layer.sql()).replaceAll("");
  }

  /**
   * The query that fetches a tile's features: column 1 the geometry as WKB in EPSG:3857, then the
   * requested attribute columns in order.
   */
  public static String tileQuery(Layer layer, Collection<String> fields, SqlTokens tokens) {
    String user = userSql(layer);
    boolean userFilters = user.contains("!bbox!");
    String geom = ident(layer.geomColumn());
    int srid = layer.srid();
    String boxInSrid =
        srid == 3857
            ? tokens.bboxSql()
            : "ST_Transform(" + tokens.worldBboxSql() + "," + srid + ")";
    String clipped = "ST_ClipByBox2D(" + geom + "," + boxInSrid + ")";
    String snapped =
        "ST_SnapToGrid("
            + mercator(clipped, srid)
            + ","
            + SqlTokens.num(tokens.pixelWidth() / SNAP_FRACTION)
            + ")";
    // Clipping and snapping pay off for lines and polygons; for points they cost 4x a plain read.
    String reduced =
        "CASE WHEN ST_Dimension("
            + geom
            + ") = 0 THEN "
            + mercator(geom, srid)
            + " ELSE "
            + snapped
            + " END";
    var sql = new StringBuilder(user.length() + 256);
    sql.append("SELECT ST_AsBinary(").append(reduced).append(")");
    for (String f : fields) sql.append(',').append(ident(f));
    sql.append(" FROM (").append(tokens.substitute(user)).append(") AS cdbq");
    if (!userFilters) sql.append(" WHERE ").append(geom).append(" && ").append(boxInSrid);
    return sql.toString();
  }

  /**
   * The query that fetches a raster layer's rasters over a tile: column 1 each raster (in
   * EPSG:3857, transformed when stored otherwise) as PostGIS raster WKB, those whose envelope meets
   * the buffered tile.
   */
  public static String rasterTileQuery(Layer layer, SqlTokens tokens) {
    String user = userSql(layer);
    String col = ident(layer.geomColumn());
    return "SELECT ST_AsBinary(r) FROM (SELECT CASE WHEN ST_SRID("
        + col
        + ") = 3857 THEN "
        + col
        + " ELSE ST_Transform("
        + col
        + ",3857) END AS r FROM ("
        + tokens.substitute(user)
        + ") AS cdbq WHERE "
        + col
        + " IS NOT NULL) AS rasters WHERE ST_Envelope(r) && "
        + tokens.bboxSql();
  }

  /**
   * A query that checks, without reading data, what a tile query needs: the SQL parses and plans,
   * relations, the geometry column and the style's columns exist and the role may read them. Its
   * plan's row estimate is the layer's {@code estimatedFeatureCount} and its relations are the
   * tables the layer reads ({@link QueryPlan}).
   */
  public static String probeQuery(Layer layer, Collection<String> fields) {
    var sql = new StringBuilder("EXPLAIN (FORMAT JSON, VERBOSE) SELECT ");
    sql.append(ident(layer.geomColumn()));
    for (String f : fields) sql.append(',').append(ident(f));
    sql.append(" FROM (")
        .append(SqlTokens.WORLD_TILE.substitute(userSql(layer)))
        .append(") AS cdbq");
    return sql.toString();
  }

  private static String mercator(String geometry, int srid) {
    return srid == 3857 ? geometry : "ST_Transform(" + geometry + ",3857)";
  }

  /** A double-quoted SQL identifier. */
  public static String ident(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }
}
