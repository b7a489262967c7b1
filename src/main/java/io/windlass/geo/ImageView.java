package io.windlass.geo;

/**
 * What an image shows and at what size: a tile, or a static map of any size.
 *
 * @param extent the EPSG:3857 area shown (not buffered)
 * @param widthPx width in pixels at scale 1 (the image is {@code widthPx * scale} wide)
 * @param heightPx height in pixels at scale 1
 * @param zoom the zoom level styles are evaluated at
 * @param scale the retina factor (1 or 2)
 */
public record ImageView(Bbox extent, int widthPx, int heightPx, int zoom, int scale) {

  /** The 256 px tile {@code t}. */
  public static ImageView ofTile(TileCoord t, int scale) {
    return new ImageView(WebMercator.tileBounds(t), 256, 256, t.z(), scale);
  }

  /**
   * A {@code widthPx × heightPx} image centred on (lon, lat) in degrees at zoom {@code zoom}, as
   * CARTO's static maps place it.
   */
  public static ImageView centred(
      double lon, double lat, int zoom, int widthPx, int heightPx, int scale) {
    double[] c = WebMercator.toMercator(lon, lat);
    double res = WebMercator.resolution(zoom, 256);
    double halfW = widthPx * res / 2;
    double halfH = heightPx * res / 2;
    return new ImageView(
        new Bbox(c[0] - halfW, c[1] - halfH, c[0] + halfW, c[1] + halfH),
        widthPx,
        heightPx,
        zoom,
        scale);
  }

  /**
   * CARTO's view of a bounding box (degrees): the largest zoom (0–18) at which it fits the image,
   * centred on the arithmetic mean of its corners (in degrees, as CARTO computes it).
   */
  public static ImageView ofBounds(
      double west, double south, double east, double north, int widthPx, int heightPx, int scale) {
    int zoom = 0;
    for (int z = 1; z <= 18; z++) {
      double n = 256 * Math.pow(2, z);
      double[] nw = pixel(west, north, n);
      double[] se = pixel(east, south, n);
      if (Math.abs(se[0] - nw[0]) > widthPx || Math.abs(se[1] - nw[1]) > heightPx) break;
      zoom = z;
    }
    double lon = west + Math.abs(west - east) / 2;
    double lat = south + Math.abs(south - north) / 2;
    return centred(lon, lat, zoom, widthPx, heightPx, scale);
  }

  /** Metres per pixel at scale 1. */
  public double resolution() {
    return extent.width() / widthPx;
  }

  private static double[] pixel(double lon, double lat, double worldPx) {
    double x = (lon + 180) / 360 * worldPx;
    double clamped = Math.max(-WebMercator.MAX_LATITUDE, Math.min(WebMercator.MAX_LATITUDE, lat));
    double s = Math.sin(Math.toRadians(clamped));
    double y = (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * worldPx;
    return new double[] {x, y};
  }
}
