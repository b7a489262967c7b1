package io.windlass.render;

import io.windlass.geo.Feature;
import io.windlass.geo.RasterTile;
import io.windlass.style.LayerStyle;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;

/** One layer of a {@link RenderJob}, composited over the layers before it (source-over). */
public sealed interface LayerContent {

  /** Features (EPSG:3857 metres) drawn with a compiled CartoCSS style. */
  record VectorLayer(LayerStyle style, Iterable<Feature> features) implements LayerContent {
    public VectorLayer {
      Objects.requireNonNull(style, "style");
      Objects.requireNonNull(features, "features");
    }
  }

  /**
   * Rasters (EPSG:3857) drawn with a compiled CartoCSS style's {@code raster-*} properties; {@code
   * band} is the layer's {@code raster_band}.
   */
  record RasterLayer(LayerStyle style, List<RasterTile> rasters, int band) implements LayerContent {
    public RasterLayer {
      Objects.requireNonNull(style, "style");
      rasters = List.copyOf(rasters);
    }
  }

  /** A plain colour covering the whole image (CARTO's "plain" layer with a colour). */
  record FillLayer(Color color) implements LayerContent {
    public FillLayer {
      Objects.requireNonNull(color, "color");
    }
  }

  /** A raster (e.g. a fetched http layer tile) stretched to cover the whole image. */
  record ImageLayer(BufferedImage image) implements LayerContent {
    public ImageLayer {
      Objects.requireNonNull(image, "image");
    }
  }
}
