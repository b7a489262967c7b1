package io.windlass.render;

import io.windlass.geo.Bbox;
import java.awt.Color;
import java.util.List;

/**
 * What to draw: the EPSG:3857 area shown by the image ({@code extent}, not buffered), the image
 * size in device pixels, the scale factor applied to line widths, marker sizes and text (2 for
 * retina tiles, which also double the pixel size), the zoom level used to evaluate zoom filters, an
 * optional background colour (null = transparent), the layers, bottom first, and the buffer in
 * device pixels around the image over which labels and markers are placed and collide ({@code
 * buffer-size}; Windshaft uses 64 image pixels at every scale), so that a label crossing a tile
 * edge is placed identically on both neighbouring tiles. The features should cover the extent grown
 * by the buffer.
 */
public record RenderJob(
    Bbox extent,
    int widthPx,
    int heightPx,
    double scaleFactor,
    int zoom,
    Color background,
    List<LayerContent> layers,
    int bufferPx) {

  /** Windshaft's default {@code buffer-size}, in image pixels. */
  public static final int DEFAULT_BUFFER_PX = 64;

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
    if (bufferPx < 0) {
      throw new IllegalArgumentException("negative buffer: " + bufferPx);
    }
    layers = List.copyOf(layers);
  }

  /** A job with the {@link #DEFAULT_BUFFER_PX default buffer}. */
  public RenderJob(
      Bbox extent,
      int widthPx,
      int heightPx,
      double scaleFactor,
      int zoom,
      Color background,
      List<LayerContent> layers) {
    this(extent, widthPx, heightPx, scaleFactor, zoom, background, layers, DEFAULT_BUFFER_PX);
  }
}
