package io.windlass.geo;

import java.util.List;

/**
 * One raster of a {@code geom_type: raster} layer in EPSG:3857: its upper-left corner and pixel
 * size in metres ({@code scaleY} negative for north-up rasters, as PostGIS stores them), its size
 * in pixels and its bands' values row by row, each band with its nodata value (NaN: none).
 */
public record RasterTile(
    double upperLeftX,
    double upperLeftY,
    double scaleX,
    double scaleY,
    int width,
    int height,
    List<double[]> bands,
    double[] nodata) {

  public RasterTile {
    bands = List.copyOf(bands);
    nodata = nodata.clone();
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("empty raster: " + width + "x" + height);
    }
    for (double[] b : bands) {
      if (b.length != width * height) {
        throw new IllegalArgumentException(
            "band of " + b.length + " values for " + width + "x" + height);
      }
    }
  }

  /** The raster's extent (its pixels' outer edges). */
  public Bbox extent() {
    double x0 = upperLeftX;
    double x1 = upperLeftX + width * scaleX;
    double y0 = upperLeftY;
    double y1 = upperLeftY + height * scaleY;
    return new Bbox(Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1));
  }
}
