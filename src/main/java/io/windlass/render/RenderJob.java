package io.windlass.render;

import io.windlass.geo.Bbox;
import java.awt.Color;
import java.util.List;

/**
 * What to draw: the EPSG:3857 area shown by the image ({@code extent}, not buffered), the image
 * size in device pixels, the scale factor applied to line widths and marker sizes (2 for retina
 * tiles, which also double the pixel size), the zoom level used to evaluate zoom filters, an
 * optional background colour (null = transparent) and the layers, bottom first.
 */
public record RenderJob(
    Bbox extent,
    int widthPx,
    int heightPx,
    double scaleFactor,
    int zoom,
    Color background,
    List<LayerContent> layers) {

  public RenderJob {
    if (widthPx <= 0 || heightPx <= 0) {
      throw new IllegalArgumentException(
          "image size must be positive: " + widthPx + "x" + heightPx);
    }
    if (!(scaleFactor > 0)) {
      throw new IllegalArgumentException("scale factor must be positive: " + scaleFactor);
    }
    if (!(extent.width() > 0) || !(extent.height() > 0)) {
      throw new IllegalArgumentException("empty extent: " + extent);
    }
    layers = List.copyOf(layers);
  }
}
