package io.windlass.render;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Map;

/**
 * Renders a {@link RenderJob} to an image with Java2D, the way Mapnik's AGG renderer would:
 * antialiased, pure (unhinted) strokes, layers composited source-over in order. Returns a {@link
 * BufferedImage#TYPE_INT_ARGB_PRE} image of {@code widthPx x heightPx} device pixels.
 *
 * <p>Stateless and thread-safe: every call draws into its own image with its own collision index.
 */
public final class TileRenderer {

  private final FontLibrary fonts;
  private final MarkerImages images;

  /** A renderer with {@link FontLibrary#defaults()}. */
  public TileRenderer() {
    this(FontLibrary.defaults());
  }

  /** A renderer drawing text with these fonts, and no marker files. */
  public TileRenderer(FontLibrary fonts) {
    this(fonts, MarkerImages.NONE);
  }

  /** A renderer drawing text with these fonts and marker files from {@code images}. */
  public TileRenderer(FontLibrary fonts, MarkerImages images) {
    this.fonts = fonts;
    this.images = images;
  }

  public BufferedImage render(RenderJob job) {
    BufferedImage img =
        new BufferedImage(job.widthPx(), job.heightPx(), BufferedImage.TYPE_INT_ARGB_PRE);
    Graphics2D g = graphics(img);
    try {
      if (job.background() != null) {
        g.setComposite(AlphaComposite.Src);
        g.setColor(job.background());
        g.fillRect(0, 0, job.widthPx(), job.heightPx());
      }
      g.setComposite(AlphaComposite.SrcOver);
      // One collision space for all layers, covering the image plus the buffer.
      int[] pixels = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
      CollisionIndex collisions = new CollisionIndex();
      VectorPainter painter = new VectorPainter(g, pixels, job, collisions, fonts, images);
      for (LayerContent layer : job.layers()) {
        if (layer instanceof LayerContent.FillLayer f) {
          g.setColor(f.color());
          g.fillRect(0, 0, job.widthPx(), job.heightPx());
        } else if (layer instanceof LayerContent.ImageLayer i) {
          g.drawImage(i.image(), 0, 0, job.widthPx(), job.heightPx(), null);
        } else if (layer instanceof LayerContent.VectorLayer v) {
          drawStyles(v.style(), job, pixels, collisions, painter, (p, own, s) -> p.paint(v, s));
        } else if (layer instanceof LayerContent.RasterLayer r) {
          drawStyles(
              r.style(),
              job,
              pixels,
              collisions,
              painter,
              (p, own, s) -> {
                RasterPainter rasters =
                    new RasterPainter(
                        own.pixels(),
                        own.job().widthPx(),
                        own.job().heightPx(),
                        PixelTransform.of(own.job().extent(), own.job().widthPx()));
                for (var sym : r.style().symbolizersFor(s, java.util.Map.of(), job.zoom())) {
                  if (sym instanceof io.windlass.style.GenericSymbolizer gs
                      && gs.spec().type().equals("RasterSymbolizer")) {
                    rasters.paint(r.rasters(), r.band(), gs.spec());
                  }
                }
              });
        }
      }
    } finally {
      g.dispose();
    }
    return img;
  }

  /** Where one style draws: its job (the tile's, or an inflated one) and pixels. */
  private record Canvas(RenderJob job, int[] pixels) {}

  /** Draws style {@code s} of a layer with {@code painter}, onto {@code canvas}. */
  @FunctionalInterface
  private interface StylePass {
    void draw(VectorPainter painter, Canvas canvas, int s);
  }

  /**
   * Draws each style of a layer: straight onto the image, or (with comp-op, opacity or image
   * filters) as Mapnik does, on a transparent image of its own, filtered, then composited; with
   * image-filters-inflate that image is larger by the blur radius on every side, so that the blur
   * reaches in from beyond the edges. Then the style's direct-image-filters.
   */
  private void drawStyles(
      io.windlass.style.LayerStyle style,
      RenderJob job,
      int[] pixels,
      CollisionIndex collisions,
      VectorPainter painter,
      StylePass pass) {
    for (int s = 0; s < style.styles().size(); s++) {
      Map<String, String> props = style.styles().get(s).properties();
      CompOp op = CompOp.of(props.get("comp-op"));
      double opacity = opacity(props.get("opacity"));
      ImageFilters filters = ImageFilters.parse(props.get("image-filters"));
      if (op == CompOp.SRC_OVER && opacity >= 1 && filters == null) {
        pass.draw(painter, new Canvas(job, pixels), s);
      } else {
        int grow =
            filters != null && "true".equals(props.get("image-filters-inflate"))
                ? filters.inflation(job.scaleFactor())
                : 0;
        RenderJob own = grow == 0 ? job : inflated(job, grow);
        BufferedImage apart =
            new BufferedImage(own.widthPx(), own.heightPx(), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D ga = graphics(apart);
        try {
          int[] px = ((DataBufferInt) apart.getRaster().getDataBuffer()).getData();
          pass.draw(
              new VectorPainter(ga, px, own, collisions.shifted(grow, grow), fonts, images),
              new Canvas(own, px),
              s);
          if (filters != null) {
            filters.apply(px, own.widthPx(), own.heightPx(), job.scaleFactor());
          }
          op.composite(pixels, grow == 0 ? px : crop(px, own.widthPx(), grow, job), opacity);
        } finally {
          ga.dispose();
        }
      }
      ImageFilters direct = ImageFilters.parse(props.get("direct-image-filters"));
      if (direct != null) {
        direct.apply(pixels, job.widthPx(), job.heightPx(), job.scaleFactor());
      }
    }
  }

  /** The job over an extent {@code grow} pixels larger on every side. */
  private static RenderJob inflated(RenderJob job, int grow) {
    double m = grow * job.extent().width() / job.widthPx();
    io.windlass.geo.Bbox e = job.extent();
    return new RenderJob(
        new io.windlass.geo.Bbox(e.minX() - m, e.minY() - m, e.maxX() + m, e.maxY() + m),
        job.widthPx() + 2 * grow,
        job.heightPx() + 2 * grow,
        job.scaleFactor(),
        job.zoom(),
        null,
        job.layers(),
        job.bufferPx());
  }

  /** The image's own pixels out of an inflated buffer {@code width} wide. */
  private static int[] crop(int[] px, int width, int grow, RenderJob job) {
    int[] out = new int[job.widthPx() * job.heightPx()];
    for (int y = 0; y < job.heightPx(); y++) {
      System.arraycopy(px, (y + grow) * width + grow, out, y * job.widthPx(), job.widthPx());
    }
    return out;
  }

  private static Graphics2D graphics(BufferedImage img) {
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.setComposite(AlphaComposite.SrcOver);
    return g;
  }

  private static double opacity(String value) {
    if (value == null) {
      return 1;
    }
    try {
      return Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
