package io.windlass.geo;

/**
 * Spherical Web Mercator (EPSG:3857) arithmetic: tile extents and resolutions in metres, and
 * conversion between WGS84 degrees and EPSG:3857 metres.
 */
public final class WebMercator {

  /** Half the width of the projected world, in metres (pi * 6378137). */
  public static final double ORIGIN_SHIFT = 20037508.342789244;

  /** Latitude (degrees) at which the square Web Mercator world ends. */
  public static final double MAX_LATITUDE = 85.0511287798066;

  private WebMercator() {}

  /** Metres per pixel at zoom {@code z} for tiles of {@code tileSizePx} pixels. */
  public static double resolution(int z, int tileSizePx) {
    return 2 * ORIGIN_SHIFT / (tileSizePx * Math.pow(2, z));
  }

  /** The unbuffered extent of a tile, in EPSG:3857 metres. */
  public static Bbox tileBounds(TileCoord t) {
    double size = 2 * ORIGIN_SHIFT / (1L << t.z());
    double minX = -ORIGIN_SHIFT + t.x() * size;
    double maxY = ORIGIN_SHIFT - t.y() * size;
    // Computing the far edges from the next index (not min+size) keeps neighbouring tiles sharing
    // bit-identical edges.
    double maxX = -ORIGIN_SHIFT + (t.x() + 1) * size;
    double minY = ORIGIN_SHIFT - (t.y() + 1) * size;
    return new Bbox(minX, minY, maxX, maxY);
  }

  /** {@code b} grown by {@code metres} on every side. */
  public static Bbox buffered(Bbox b, double metres) {
    return b.expandBy(metres);
  }

  /**
   * WGS84 longitude/latitude in degrees to {x, y} in EPSG:3857 metres; latitude clamped to the
   * square world.
   */
  public static double[] toMercator(double lon, double lat) {
    double clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
    double x = lon * ORIGIN_SHIFT / 180.0;
    double y = Math.log(Math.tan((90.0 + clamped) * Math.PI / 360.0)) * ORIGIN_SHIFT / Math.PI;
    return new double[] {x, y};
  }

  /** EPSG:3857 metres to {longitude, latitude} in WGS84 degrees. */
  public static double[] toLonLat(double x, double y) {
    double lon = x / ORIGIN_SHIFT * 180.0;
    double lat = Math.toDegrees(2 * Math.atan(Math.exp(y / ORIGIN_SHIFT * Math.PI)) - Math.PI / 2);
    return new double[] {lon, lat};
  }
}
