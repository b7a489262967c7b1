package io.windlass.geo;

/**
 * A tile address in the XYZ (Google/OSM) scheme: zoom level {@code z}, column {@code x} counted
 * eastwards from the antimeridian and row {@code y} counted southwards from the top (north) edge of
 * EPSG:3857.
 */
public record TileCoord(int z, int x, int y) {

  /** Highest zoom for which 2^z still fits an int. */
  public static final int MAX_ZOOM = 30;

  public TileCoord {
    if (z < 0 || z > MAX_ZOOM) {
      throw new IllegalArgumentException("zoom out of range: " + z);
    }
    int n = 1 << z;
    if (x < 0 || x >= n || y < 0 || y >= n) {
      throw new IllegalArgumentException("tile " + z + "/" + x + "/" + y + " out of range");
    }
  }

  /** Same as the canonical constructor; reads better at call sites. */
  public static TileCoord of(int z, int x, int y) {
    return new TileCoord(z, x, y);
  }
}
